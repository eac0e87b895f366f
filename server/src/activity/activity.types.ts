// What an activity entry is about, as staff screens show it: its kind, id (for the link) and name.
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { ActivitySubjectKind as Kind } from './activity.js';

export enum ActivitySubjectKind {
  job = 'job',
  invoice = 'invoice',
  document = 'document',
  site = 'site',
  asset = 'asset',
  agreement = 'agreement',
  request = 'request',
  review = 'review',
  communication = 'communication',
  customer = 'customer',
  staff = 'staff',
}
registerEnumType(ActivitySubjectKind, {
  name: 'ActivitySubjectKind',
  description: 'The kind of record an activity entry is about: the page to link to.',
});

// The enum and activity.ts's union name the same kinds: neither may drift from the other.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- a compile-time check: tsc fails on this line when they drift
const kindsAgree: Same<`${ActivitySubjectKind}`, Kind> = true;

@ObjectType({ description: 'The record an activity entry is about, named as staff know it.' })
export class ActivitySubject {
  @Field(() => ActivitySubjectKind)
  kind!: ActivitySubjectKind;

  @Field(() => ID)
  id!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "A job's title, an invoice's number, a document's title, an address's label, an item's or agreement's name, the start of a request or a logged communication, the title of a reviewed job, a person's name; null for a draft invoice (no number yet).",
  })
  name!: string | null;
}
