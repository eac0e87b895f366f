import type { RequestContext } from '../context/context.js';
import type { Tx } from '../db/client.js';
import type { Prisma, Invoice as InvoiceRow } from '../generated/prisma/client.js';
import { pageQuery, toConnection, type Connection } from '../common/pagination.js';
import { todayIn, toLocalDate } from '../common/dates.js';
import { NotFound } from '../errors/errors.js';
import { currentTenant } from '../tenants/tenants.loaders.js';
import { InvoiceDisplayStatus, type Invoice, type InvoiceListArgs } from './invoices.types.js';
import { isId } from '../common/ids.js';

const ORDER: Prisma.InvoiceOrderByWithRelationInput[] = [{ issueDate: { sort: 'desc', nulls: 'first' } }, { createdAt: 'desc' }, { id: 'desc' }];

/**
 * Invoices visible to the caller. Row-level security already limits them to the caller's
 * tenant and, for a customer, to their own; `where` narrows further.
 */
export async function listInvoices(
  ctx: RequestContext,
  tx: Tx,
  args: InvoiceListArgs,
  where: Prisma.InvoiceWhereInput = {},
): Promise<Connection<Invoice>> {
  const tenant = await currentTenant(ctx);
  const today = todayIn(tenant.timeZone, ctx.now());
  const rows = await tx.invoice.findMany({
    where: { ...where, ...(args.status ? statusFilter(args.status, today) : {}) },
    orderBy: ORDER,
    ...pageQuery(tenant.id, args),
  });
  return toConnection(rows, args, (row) => toInvoice(row, today));
}

export async function getInvoice(ctx: RequestContext, tx: Tx, id: string, where: Prisma.InvoiceWhereInput = {}): Promise<Invoice> {
  const tenant = await currentTenant(ctx);
  const row = isId(id) ? await tx.invoice.findFirst({ where: { ...where, id } }) : null;
  if (!row) throw new NotFound('This invoice');
  return toInvoice(row, todayIn(tenant.timeZone, ctx.now()));
}

function statusFilter(status: InvoiceDisplayStatus, today: string): Prisma.InvoiceWhereInput {
  const todayDate = new Date(`${today}T00:00:00Z`);
  switch (status) {
    case InvoiceDisplayStatus.draft:
      return { status: 'draft' };
    case InvoiceDisplayStatus.paid:
      return { status: 'paid' };
    case InvoiceDisplayStatus.void:
      return { status: 'void' };
    case InvoiceDisplayStatus.overdue:
      return { status: 'issued', dueDate: { lt: todayDate } };
    case InvoiceDisplayStatus.unpaid:
      return { status: 'issued', OR: [{ dueDate: null }, { dueDate: { gte: todayDate } }] };
  }
}

export function displayStatus(row: Pick<InvoiceRow, 'status' | 'dueDate'>, today: string): InvoiceDisplayStatus {
  if (row.status !== 'issued') return InvoiceDisplayStatus[row.status];
  const due = toLocalDate(row.dueDate);
  return due !== null && due < today ? InvoiceDisplayStatus.overdue : InvoiceDisplayStatus.unpaid;
}

function toInvoice(row: InvoiceRow, today: string): Invoice {
  return {
    id: row.id,
    customerId: row.customerId,
    number: row.number,
    status: displayStatus(row, today),
    issueDate: toLocalDate(row.issueDate),
    dueDate: toLocalDate(row.dueDate),
    currency: row.currency,
    subtotalMinor: row.subtotalMinor,
    taxMinor: row.taxMinor,
    totalMinor: row.totalMinor,
    amountDueMinor: row.status === 'issued' ? Math.max(0, row.totalMinor - row.paidMinor) : 0,
    recurring: row.agreementId !== null,
  };
}
