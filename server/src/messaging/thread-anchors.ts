// What a thread is about, and whose it is: a job, a service request, an invoice, a project or a quote of one customer,
// or that customer's general thread. An anchor names the customer's own thing or nothing: another
// customer's job is NOT_FOUND, like an id that does not exist.
import type { ScopedContext } from '../context/context.js';
import { BadInput, NotFound } from '../errors/errors.js';
import { isId } from '../common/ids.js';
import type { Prisma } from '../generated/prisma/client.js';
import { currentTenant } from '../platform/current-tenant.js';
import { featureOn } from '../platform/features.js';
import { ThreadAnchorType, type ThreadAnchorInput } from './messaging.types.js';

/** An anchor as a thread stores it: the type and the one id column it fills. */
export interface AnchorColumns {
  anchorType: ThreadAnchorType;
  jobId: string | null;
  requestId: string | null;
  invoiceId: string | null;
  projectId: string | null;
  quoteId: string | null;
}

const ANCHOR_TYPES = new Set<string>(Object.values(ThreadAnchorType));

export function isAnchorType(value: string): value is ThreadAnchorType {
  return ANCHOR_TYPES.has(value);
}

/** The stored anchor of a thread row. */
export function anchorOf(row: { anchorType: string; jobId: string | null; requestId: string | null; invoiceId: string | null; projectId: string | null; quoteId: string | null }): {
  type: ThreadAnchorType;
  id: string | null;
} {
  const type = isAnchorType(row.anchorType) ? row.anchorType : ThreadAnchorType.GENERAL;
  const id = {
    [ThreadAnchorType.GENERAL]: null,
    [ThreadAnchorType.JOB]: row.jobId,
    [ThreadAnchorType.REQUEST]: row.requestId,
    [ThreadAnchorType.INVOICE]: row.invoiceId,
    [ThreadAnchorType.PROJECT]: row.projectId,
    [ThreadAnchorType.QUOTE]: row.quoteId,
  }[type];
  return { type, id };
}

/**
 * The anchor's columns once its thing is found among `customerId`'s own (in the caller's scope:
 * a technician finds only their own jobs). A GENERAL anchor takes no id.
 */
export async function customerAnchor(ctx: ScopedContext, customerId: string, input: ThreadAnchorInput): Promise<AnchorColumns> {
  const { tx } = ctx;
  const none: AnchorColumns = { anchorType: input.type, jobId: null, requestId: null, invoiceId: null, projectId: null, quoteId: null };
  if (input.type === ThreadAnchorType.GENERAL) {
    if (input.id) throw new BadInput('anchor.id', 'A general conversation is about nothing in particular: leave out the id.', 'ANCHOR_ID_NOT_ALLOWED');
    return none;
  }
  if (!input.id) throw new BadInput('anchor.id', 'Say which job, request or invoice the conversation is about.', 'REQUIRED');
  const id = input.id;
  const own = { id, customerId };
  switch (input.type) {
    case ThreadAnchorType.JOB: {
      const found = isId(id) ? await tx.job.findFirst({ where: own, select: { id: true } }) : null;
      if (!found) throw new NotFound('This job');
      return { ...none, jobId: id };
    }
    case ThreadAnchorType.REQUEST: {
      const found = isId(id) ? await tx.serviceRequest.findFirst({ where: own, select: { id: true } }) : null;
      if (!found) throw new NotFound('This request');
      return { ...none, requestId: id };
    }
    case ThreadAnchorType.INVOICE: {
      // Drafts are the business's own until issued: customers never see them.
      const found = isId(id) ? await tx.invoice.findFirst({ where: { ...own, status: { not: 'draft' } }, select: { id: true } }) : null;
      if (!found) throw new NotFound('This invoice');
      return { ...none, invoiceId: id };
    }
    case ThreadAnchorType.PROJECT: {
      // A project is there only while the business has projects switched on.
      const found = isId(id) && featureOn(await currentTenant(ctx), 'projects') ? await tx.project.findFirst({ where: own, select: { id: true } }) : null;
      if (!found) throw new NotFound('This project');
      return { ...none, projectId: id };
    }
    case ThreadAnchorType.QUOTE: {
      // Row-level security shows a customer only their quotes once sent; staff, the business's.
      const found = isId(id) ? await tx.quote.findFirst({ where: own, select: { id: true } }) : null;
      if (!found) throw new NotFound('This quote');
      return { ...none, quoteId: id };
    }
  }
}

/** The thread of this customer about this anchor (one at most), as a where clause. */
export function threadOfAnchor(customerId: string, anchor: AnchorColumns): Prisma.MessageThreadWhereInput {
  return {
    customerId,
    anchorType: anchor.anchorType,
    jobId: anchor.jobId,
    requestId: anchor.requestId,
    invoiceId: anchor.invoiceId,
    projectId: anchor.projectId,
    quoteId: anchor.quoteId,
  };
}
