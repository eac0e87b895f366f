// The privacy domain's GraphQL types: export and erasure requests, the business's privacy notice
// and settings, and what a contact accepted.
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PrivacyRequestKind, PrivacyRequestStatus } from '../generated/prisma/enums.js';

registerEnumType(PrivacyRequestKind, { name: 'PrivacyRequestKind', description: 'export: a copy of your data; erasure: deleting it.' });
registerEnumType(PrivacyRequestStatus, {
  name: 'PrivacyRequestStatus',
  description:
    'requested (waiting: an export for the worker, an erasure for staff or its due date), processing, ready (an export to download until expiresAt), completed (done; an export past its link), rejected (reason says why), cancelled, failed.',
});

@ObjectType({ description: 'A request to export or erase personal data.' })
export class PrivacyRequest {
  @Field(() => ID)
  id!: string;

  @Field(() => PrivacyRequestKind)
  kind!: PrivacyRequestKind;

  @Field({ description: "The whole account's data (true) or only the requesting contact's own." })
  wholeAccount!: boolean;

  @Field(() => PrivacyRequestStatus)
  status!: PrivacyRequestStatus;

  @Field(() => String, {
    nullable: true,
    description: 'Why it was rejected: ERASURE_BLOCKED_UNPAID, ERASURE_BLOCKED_CONTRACT, or the words staff wrote.',
  })
  reason!: string | null;

  @Field(() => Date, { nullable: true, description: 'An erasure carried out automatically at this time unless staff decide first.' })
  dueAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'An export: its download link works until then.' })
  expiresAt!: Date | null;

  @Field(() => Int, { nullable: true, description: "An export's ZIP size in bytes." })
  byteSize!: number | null;

  @Field(() => Date, { nullable: true })
  completedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;

  @Field()
  createdAt!: Date;

  @Field({ description: "Asked by a member of staff on the customer's behalf." })
  byStaff!: boolean;

  customerId!: string;
  storageKey!: string | null;
  requestedByContactId!: string | null;
}

@ObjectType({ description: 'A privacy request as staff see it, with its customer.' })
export class AdminPrivacyRequest extends PrivacyRequest {
  @Field(() => ID)
  declare customerId: string;

  @Field({ description: 'The customer\'s name, or "Erased customer" once erased.' })
  customerName!: string;
}

@ObjectType({ description: "The business's privacy notice and whether the signed-in contact accepted its current version." })
export class PrivacyNotice {
  @Field(() => String, { nullable: true, description: 'Plain text or markdown; null when the business has none.' })
  text!: string | null;

  @Field(() => Int, { description: 'Goes up by one each time the text changes.' })
  version!: number;

  @Field(() => Int, { nullable: true, description: 'The latest version you accepted.' })
  acceptedVersion!: number | null;

  @Field(() => Date, { nullable: true })
  acceptedAt!: Date | null;

  @Field({ description: 'There is a notice and you have not accepted its current version.' })
  mustAccept!: boolean;
}

@ObjectType({ description: 'What the signed-in contact may do on the Privacy page.' })
export class PrivacyOverview {
  @Field(() => PrivacyNotice)
  notice!: PrivacyNotice;

  @Field({ description: "The account's primary contact: may export the whole account and request erasure." })
  isPrimary!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Why erasure cannot happen now (ERASURE_BLOCKED_UNPAID, ERASURE_BLOCKED_CONTRACT), null when nothing blocks it. Primary contact only.',
  })
  erasureBlockedReason!: string | null;

  @Field(() => [PrivacyRequest], { description: "Your requests (the whole account's for the primary contact), newest first." })
  requests!: PrivacyRequest[];
}

@ObjectType({ description: "The business's privacy settings." })
export class PrivacySettings {
  @Field(() => String, { nullable: true })
  privacyNotice!: string | null;

  @Field(() => Int)
  privacyNoticeVersion!: number;

  @Field(() => Int, { description: 'Years invoices, payments and credit notes of an erased customer are kept (1–30).' })
  legalRetentionYears!: number;

  @Field(() => Int, { nullable: true, description: 'Erasure requests are carried out automatically after this many days (1–90); null: staff confirm.' })
  erasureAutoDays!: number | null;

  @Field(() => Int, { description: 'Days an export download link works (1–30).' })
  exportLinkDays!: number;
}

@InputType({ description: 'Privacy settings; fields left out stay as they are. A changed notice text raises its version.' })
export class PrivacySettingsInput {
  @Field(() => String, { nullable: true, description: 'Empty or null removes the notice.' })
  privacyNotice?: string | null;

  @Field(() => Int, { nullable: true })
  legalRetentionYears?: number | null;

  @Field(() => Int, { nullable: true, description: 'Given as null: staff confirm each erasure; 1–90: carried out automatically after that many days. Left out: unchanged.' })
  erasureAutoDays?: number | null;

  @Field(() => Int, { nullable: true })
  exportLinkDays?: number | null;
}

@ObjectType({ description: 'An export request and the signed link that downloads its ZIP while valid.' })
export class PrivacyExportLink {
  @Field()
  url!: string;
}
