// The service history of one site or one asset, as the customer reads it: visits, the invoices
// that bill them and the files the business shared from them, in one list.
import { ArgsType, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType, PageArgs } from '../common/pagination.js';
import { Job } from '../jobs/jobs.types.js';
import { Invoice } from '../invoices/invoices.types.js';
import { Document } from '../documents/documents.types.js';

export enum HistoryKind {
  JOB = 'JOB',
  INVOICE = 'INVOICE',
  DOCUMENT = 'DOCUMENT',
}
registerEnumType(HistoryKind, {
  name: 'HistoryKind',
  description:
    'JOB: a visit (scheduled, under way or completed; not requests, declined or cancelled ones). INVOICE: an issued invoice billing one of those visits. DOCUMENT: a report or photo the business shared from one of them.',
});

@ObjectType({ description: 'One entry of a service history: a visit, an invoice or a shared document, with the visit it belongs to.' })
export class HistoryEntry {
  @Field(() => HistoryKind)
  kind!: HistoryKind;

  @Field({ description: 'When it happened: a visit when completed (else its start), an invoice on its issue day (midnight in the business time zone), a document when shared.' })
  at!: Date;

  @Field({ description: "YYYY-MM-DD of `at` in the business's time zone." })
  localDate!: string;

  // Resolved through loaders (history.portal.resolver.ts).
  id!: string;
  jobId!: string;
}

@ObjectType()
export class HistoryEntryConnection extends ConnectionType(HistoryEntry) {}

@ArgsType()
export class ServiceTimelineArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: "One of the customer's sites; give a site or an asset." })
  siteId?: string | null;

  @Field(() => ID, { nullable: true, description: "One of the customer's assets (equipment or animals)." })
  assetId?: string | null;

  @Field(() => [HistoryKind], { nullable: true, description: 'Only these kinds; all when not given.' })
  kinds?: HistoryKind[] | null;

  @Field(() => String, { nullable: true, description: "On or after this day, 'YYYY-MM-DD' in the business's time zone." })
  from?: string | null;

  @Field(() => String, { nullable: true, description: "On or before this day, 'YYYY-MM-DD' in the business's time zone." })
  to?: string | null;
}

export { Job, Invoice, Document };
