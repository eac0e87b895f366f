// The rows behind service-history entries, by id, one statement per kind per page. Each reads
// only what a customer may see: row-level security decides, and the filters repeat it.
import { loader, type RequestContext } from '../context/context.js';
import type { Invoice as InvoiceRow } from '../generated/prisma/client.js';
import { byIdLoader } from '../common/loaders.js';
import { jobSelect, type JobView } from '../jobs/jobs.view.js';
import type { Document } from '../documents/documents.types.js';
import { documentSelect } from '../documents/documents.view.js';

const jobsById = byIdLoader<JobView>((tx, ids) => tx.job.findMany({ where: { id: { in: ids } }, select: jobSelect }));
const issuedInvoicesById = byIdLoader<InvoiceRow>((tx, ids) => tx.invoice.findMany({ where: { id: { in: ids }, status: { not: 'draft' } } }));
const sharedDocumentsById = byIdLoader<Document>((tx, ids) => tx.document.findMany({ where: { id: { in: ids }, shared: true }, select: documentSelect }));

export const historyJob = (ctx: RequestContext, id: string) => loader(ctx, jobsById).load(id);
export const historyInvoice = (ctx: RequestContext, id: string) => loader(ctx, issuedInvoicesById).load(id);
export const historyDocument = (ctx: RequestContext, id: string) => loader(ctx, sharedDocumentsById).load(id);
