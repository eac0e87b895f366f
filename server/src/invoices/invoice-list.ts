// The invoice list, both endpoints', in one SQL statement (platform/page-read.ts): the page of
// invoices with, when the page shows them, each invoice's lines and agreement name. A customer
// sees their own issued invoices, never drafts; staff the business's, optionally of one customer.
import { Prisma } from '../generated/prisma/client.js';
import type { CustomerContext, SignedInContext, StaffContext } from '../context/context.js';
import { decodeCursor, toConnection, type Connection } from '../common/pagination.js';
import { todayIn } from '../common/dates.js';
import { currentTenant } from '../platform/current-tenant.js';
import { readPage, rowsOf } from '../platform/page-read.js';
import { InvoiceDisplayStatus, type AdminInvoiceListArgs, type Invoice, type InvoiceListArgs } from './invoices.types.js';
import { invoiceRelations, keepInvoiceRelations, type InvoicePreload } from './invoices.page.js';
import { invoiceSelect, toInvoice } from './invoices.service.js';

// Newest first: issue date descending with drafts (no issue date yet) first, then creation, then id.
// The cursor row's key in the same order: a row comes after it when its key is smaller.
const ORDER = Prisma.sql`i.issue_date DESC NULLS FIRST, i.created_at DESC, i.id DESC`;
const sortKey = (alias: string) => Prisma.raw(`COALESCE(${alias}.issue_date, 'infinity'::date), ${alias}.created_at, ${alias}.id`);

/** The display statuses as conditions on the stored row (invoice-money.ts decides them for one invoice). */
function statusCondition(alias: string, status: InvoiceDisplayStatus, today: string): Prisma.Sql {
  const i = Prisma.raw(alias);
  const notOverdue = Prisma.sql`(${i}.due_date IS NULL OR ${i}.due_date >= ${today}::date)`;
  switch (status) {
    case InvoiceDisplayStatus.draft:
      return Prisma.sql`${i}.status = 'draft'`;
    case InvoiceDisplayStatus.paid:
      return Prisma.sql`${i}.status = 'paid'`;
    case InvoiceDisplayStatus.void:
      return Prisma.sql`${i}.status = 'void'`;
    case InvoiceDisplayStatus.overdue:
      return Prisma.sql`${i}.status = 'issued' AND ${i}.due_date < ${today}::date`;
    case InvoiceDisplayStatus.unpaid:
      return Prisma.sql`${i}.status = 'issued' AND ${i}.paid_minor = 0 AND ${notOverdue}`;
    case InvoiceDisplayStatus.partially_paid:
      return Prisma.sql`${i}.status = 'issued' AND ${i}.paid_minor > 0 AND ${notOverdue}`;
  }
}

/**
 * A page of the invoices visible to the caller. Row-level security limits them to the caller's
 * tenant and, for a customer, to their own; `narrow` is what the page itself asks for.
 */
async function listInvoices(ctx: SignedInContext, args: InvoiceListArgs, narrow: (alias: string) => Prisma.Sql[], preload: InvoicePreload): Promise<Connection<Invoice>> {
  const tenant = await currentTenant(ctx);
  const today = todayIn(tenant.timeZone, ctx.now());
  const afterId = decodeCursor(args.after);
  const page = await readPage<{ invoices: unknown }>(ctx, (q) => {
    const on = (alias: string) => Prisma.join([q.own(alias), ...narrow(alias), ...(args.status ? [statusCondition(alias, args.status, today)] : [])], ' AND ');
    // As Prisma's cursor did: the page follows the cursor row only when that row is itself in the list.
    const after = afterId ? Prisma.sql` AND (${sortKey('i')}) < (SELECT ${sortKey('c')} FROM invoices c WHERE ${on('c')} AND c.id = ${afterId}::uuid)` : Prisma.empty;
    const from = Prisma.sql`FROM invoices i WHERE ${on('i')}${after}`;
    return Prisma.sql`SELECT ${q.list(q.row('Invoice', 'i', invoiceSelect, invoiceRelations(q, 'i', preload)), from, ORDER, args.first + 1)} AS invoices`;
  });
  const rows = keepInvoiceRelations(ctx, rowsOf(ctx, 'Invoice', invoiceSelect, page.invoices), preload);
  return toConnection(rows, args, (row) => toInvoice(row, today));
}

/** The signed-in customer's issued invoices (the business offers invoices in its portal: the door checks). */
export function listCustomerInvoices(ctx: CustomerContext, args: InvoiceListArgs, preload: InvoicePreload): Promise<Connection<Invoice>> {
  // Drafts are the business's work in progress; row-level security hides them from customers too.
  return listInvoices(ctx, args, (a) => [Prisma.sql`${Prisma.raw(a)}.status <> 'draft'`], preload);
}

/** Staff: the business's invoices, optionally of one customer. */
export function listBusinessInvoices(ctx: StaffContext, args: AdminInvoiceListArgs, preload: InvoicePreload): Promise<Connection<Invoice>> {
  return listInvoices(ctx, args, (a) => (args.customerId ? [Prisma.sql`${Prisma.raw(a)}.customer_id = ${args.customerId}::uuid`] : []), preload);
}
