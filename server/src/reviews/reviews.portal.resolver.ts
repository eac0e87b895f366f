import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { CustomerContext, RequestContext } from '../context/context.js';
import { Allow, anyone, customer } from '../platform/door.js';
import { PageArgs } from '../common/pagination.js';
import { Job } from '../jobs/jobs.types.js';
import { jobReview, listMyReviews, publicReviews, submitReview } from './reviews.service.js';
import { PublicReviewPage, PublicReviewsArgs, Review, ReviewConnection, SubmitReviewInput } from './reviews.types.js';

@Resolver()
export class ReviewPortalResolver {
  @Allow(customer, { feature: 'reviews' })
  @Mutation(() => Review, { description: 'Reviews one of your completed appointments: 1 to 5 stars and a comment, once per appointment.' })
  submitReview(@Ctx() ctx: CustomerContext, @Arg('input', () => SubmitReviewInput) input: SubmitReviewInput): Promise<Review> {
    return submitReview(ctx, input);
  }

  @Allow(customer, { feature: 'reviews' })
  @Query(() => ReviewConnection, { description: "The signed-in customer's reviews, newest first, with the business's responses." })
  myReviews(@Ctx() ctx: CustomerContext, @Args(() => PageArgs) args: PageArgs): Promise<ReviewConnection> {
    return listMyReviews(ctx, args);
  }

  @Allow(anyone)
  @Query(() => PublicReviewPage, { description: "A business's published reviews, for anyone; NOT_FOUND for an unknown slug." })
  async publicReviews(@Ctx() ctx: RequestContext, @Args(() => PublicReviewsArgs) args: PublicReviewsArgs): Promise<PublicReviewPage> {
    const { averageRating, count, nodes, pageInfo } = await publicReviews(ctx, args.tenantSlug, args);
    return { averageRating, count, nodes, pageInfo };
  }
}

/** Job.review on the portal, kept here so the jobs domain need not know about reviews. */
@Resolver(() => Job)
export class JobReviewResolver {
  @FieldResolver(() => Review, { nullable: true, description: 'Your review of this appointment; null until you write one.' })
  review(@Ctx() ctx: CustomerContext, @Root() job: Job): Promise<Review | null> {
    return jobReview(ctx, job.id);
  }
}
