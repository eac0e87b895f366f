import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { ReviewStatus } from '../generated/prisma/enums.js';
import { ConnectionType, PageArgs, PageInfo } from '../common/pagination.js';

registerEnumType(ReviewStatus, {
  name: 'ReviewStatus',
  description: 'pending until the business publishes it (when it moderates reviews), then published or rejected.',
});

export const MAX_COMMENT_LENGTH = 2000;

@ObjectType({ description: "A customer's review of one completed job." })
export class Review {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: '1 to 5 stars.' })
  rating!: number;

  @Field(() => String, { nullable: true })
  comment!: string | null;

  @Field(() => ReviewStatus)
  status!: ReviewStatus;

  @Field(() => String, { nullable: true, description: "The business's public answer." })
  response!: string | null;

  @Field(() => Date, { nullable: true })
  respondedAt!: Date | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  publishedAt!: Date | null;

  /** Read by field resolvers; not exposed. */
  jobId!: string;
  customerId!: string;
}

@ObjectType()
export class ReviewConnection extends ConnectionType(Review) {}

@InputType()
export class SubmitReviewInput {
  /** Not validated as a UUID here: a malformed id answers NOT_FOUND like a foreign one. */
  @Field(() => ID)
  jobId!: string;

  @Field(() => Int, { description: '1 to 5 stars.' })
  @Min(1, { message: 'Choose between 1 and 5 stars.' })
  @Max(5, { message: 'Choose between 1 and 5 stars.' })
  rating!: number;

  @Field(() => String, { nullable: true, description: `Up to ${MAX_COMMENT_LENGTH} characters.` })
  @IsOptional()
  @MaxLength(MAX_COMMENT_LENGTH, { message: `Keep your comment under ${MAX_COMMENT_LENGTH} characters.` })
  comment?: string | null;
}

@ObjectType({ description: 'A published review as anyone may read it: no email, no surname, no ids.' })
export class PublicReview {
  @Field(() => Int)
  rating!: number;

  @Field(() => String, { nullable: true })
  comment!: string | null;

  @Field({ description: 'First name and initial, e.g. "Alex M."' })
  authorName!: string;

  @Field(() => Date)
  publishedAt!: Date;

  @Field(() => String, { nullable: true })
  response!: string | null;

  @Field(() => Date, { nullable: true })
  respondedAt!: Date | null;
}

@ObjectType({ description: "A business's published reviews: the average over all of them, and one page." })
export class PublicReviewPage {
  @Field(() => Float, { nullable: true, description: 'Average stars over all published reviews, to two decimals; null when there are none.' })
  averageRating!: number | null;

  @Field(() => Int, { description: 'How many reviews are published.' })
  count!: number;

  @Field(() => [PublicReview])
  nodes!: PublicReview[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@ArgsType()
export class PublicReviewsArgs extends PageArgs {
  @Field(() => String, { description: "The business's portal slug." })
  tenantSlug!: string;
}

@ArgsType()
export class AdminReviewListArgs extends PageArgs {
  @Field(() => ReviewStatus, { nullable: true })
  status?: ReviewStatus | null;
}

export const MAX_RESPONSE_LENGTH = 2000;
