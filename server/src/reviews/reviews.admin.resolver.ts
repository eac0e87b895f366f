import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { StaffContext } from '../context/context.js';
import { Allow, managers } from '../platform/door.js';
import { listReviews, moderateReview, respondToReview } from './reviews.admin.service.js';
import { jobTitleById } from './reviews.loaders.js';
import { customerNameById } from '../customers/customers.loaders.js';
import { AdminReviewListArgs, Review, ReviewConnection } from './reviews.types.js';

@Resolver(() => Review)
export class ReviewAdminResolver {
  @Allow(managers)
  @Query(() => ReviewConnection, { description: "The business's reviews, newest first, pending ones included." })
  reviews(@Ctx() ctx: StaffContext, @Args(() => AdminReviewListArgs) args: AdminReviewListArgs): Promise<ReviewConnection> {
    return listReviews(ctx, args);
  }

  @Allow(managers, { feature: 'reviews' })
  @Mutation(() => Review, { description: 'Shows a pending or rejected review publicly. CONFLICT when already published.' })
  publishReview(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string): Promise<Review> {
    return moderateReview(ctx, id, 'published');
  }

  @Allow(managers, { feature: 'reviews' })
  @Mutation(() => Review, { description: 'Hides a pending or published review. CONFLICT when already rejected.' })
  rejectReview(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string): Promise<Review> {
    return moderateReview(ctx, id, 'rejected');
  }

  @Allow(managers, { feature: 'reviews' })
  @Mutation(() => Review, { description: "The business's public answer, shown with the review once published." })
  respondToReview(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string, @Arg('response', () => String) response: string): Promise<Review> {
    return respondToReview(ctx, id, response);
  }

  @FieldResolver(() => String, { description: "The reviewer's full name (staff only)." })
  async customerName(@Ctx() ctx: StaffContext, @Root() review: Review): Promise<string> {
    return customerNameById(ctx, review.customerId);
  }

  @FieldResolver(() => ID)
  jobId(@Root() review: Review): string {
    return review.jobId;
  }

  @FieldResolver(() => String, { description: 'The title of the reviewed job.' })
  async jobTitle(@Ctx() ctx: StaffContext, @Root() review: Review): Promise<string> {
    return (await jobTitleById(ctx, review.jobId)) ?? '';
  }
}
