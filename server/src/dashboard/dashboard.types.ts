import { Field, Int, ObjectType } from 'type-graphql';
import { Job } from '../jobs/jobs.types.js';
import { Invoice } from '../invoices/invoices.types.js';
import { ServiceRequest } from '../requests/requests.types.js';

@ObjectType({ description: 'How many items each portal section holds, for badges in the navigation.' })
export class NavigationCounts {
  @Field(() => Int)
  upcomingAppointments!: number;

  @Field(() => Int, { description: 'Service requests submitted or under review.' })
  openRequests!: number;

  @Field(() => Int, { description: 'Issued invoices with an amount still due, overdue ones included.' })
  unpaidInvoices!: number;

  @Field(() => Int)
  overdueInvoices!: number;

  @Field(() => Int, { description: 'Jobs completed in the last 90 days that have no review yet.' })
  awaitingReview!: number;

  @Field(() => Int, { description: 'Documents shared with the customer.' })
  documents!: number;

  @Field(() => Int)
  assets!: number;
}

@ObjectType({ description: "The customer's home page: what is coming, what is open, what is owed. Sections of features the business switched off are empty." })
export class Dashboard {
  @Field({ description: "The business's currency, for the amounts below." })
  currency!: string;

  @Field(() => Int, { description: 'Total still due on issued invoices, in minor units.' })
  amountDueMinor!: number;

  @Field(() => Int, { description: 'The part of amountDueMinor that is past its due date.' })
  overdueAmountMinor!: number;

  @Field(() => NavigationCounts)
  counts!: NavigationCounts;

  @Field(() => [Job], { description: 'The next three appointments, soonest first.' })
  nextAppointments!: Job[];

  @Field(() => [ServiceRequest], { description: 'The three newest open service requests.' })
  openRequests!: ServiceRequest[];

  @Field(() => [Invoice], { description: 'Up to five unpaid invoices, earliest due first.' })
  unpaidInvoices!: Invoice[];

  @Field(() => [Job], { description: 'Up to three recently completed jobs the customer has not reviewed yet, newest first.' })
  awaitingReview!: Job[];
}
