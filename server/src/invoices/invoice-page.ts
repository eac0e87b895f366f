// The portal's invoice page in one SQL statement (platform/page-read.ts): the invoice and what the
// page shows of it (lines, the agreement's name, credit notes, payments) come back together, and
// the same statement writes the view to the activity log. The relations go into the request's
// loaders, where the Invoice field resolvers find them; the PDF and receipt links are signed
// tokens (platform/signed-links.ts) and read nothing.
import type { GraphQLResolveInfo } from 'graphql';
import { Prisma } from '../generated/prisma/client.js';
import type { CustomerContext } from '../context/context.js';
import type { PortalAction } from '../activity/activity.js';
import { todayIn } from '../common/dates.js';
import { isId } from '../common/ids.js';
import { NotFound } from '../errors/errors.js';
import { currentTenant } from '../platform/current-tenant.js';
import { asks, readPage, rowOf, rowsOf, type PageSql } from '../platform/page-read.js';
import { toPayment } from '../payments/payments.service.js';
import { keepInvoicePayments } from '../payments/payments.loaders.js';
import { invoiceRelations, keepInvoiceRelations, type InvoicePreload } from './invoices.page.js';
import { keepInvoiceCreditNotes, toCreditNote } from './invoices.loaders.js';
import { invoiceSelect, toInvoice } from './invoices.service.js';
import type { Invoice } from './invoices.types.js';

/** Which relations of the invoice the page shows. */
export interface InvoicePagePreload extends InvoicePreload {
  creditNotes: boolean;
  payments: boolean;
}

/** What the operation asks of the invoice `info`'s field resolves. */
export function invoicePagePreload(info: GraphQLResolveInfo): InvoicePagePreload {
  return {
    lines: asks(info, 'lines'),
    recurringLabel: asks(info, 'recurringLabel'),
    creditNotes: asks(info, 'creditNotes'),
    payments: asks(info, 'payments'),
  };
}

/** The related rows of invoice `alias` the page shows, as extra keys of its `q.row` (row-level security applies to each). */
function invoicePageRelations(q: PageSql, alias: string, preload: InvoicePagePreload): Record<string, Prisma.Sql> {
  const i = Prisma.raw(alias);
  const relations = invoiceRelations(q, alias, preload);
  // The loaders' orders (invoices.loaders.ts, payments.loaders.ts).
  if (preload.creditNotes)
    relations.creditNotes = q.list(
      q.row('CreditNote', 'c', 'all'),
      Prisma.sql`FROM credit_notes c WHERE c.tenant_id = ${i}.tenant_id AND c.invoice_id = ${i}.id`,
      Prisma.sql`c.issued_at, c.number`,
    );
  if (preload.payments)
    relations.payments = q.list(
      q.row('Payment', 'p', 'all'),
      Prisma.sql`FROM payments p WHERE p.tenant_id = ${i}.tenant_id AND p.invoice_id = ${i}.id`,
      Prisma.sql`p.received_at DESC, p.id DESC`,
    );
  return relations;
}

const VIEWED: PortalAction = 'invoice.viewed';

/**
 * One of the customer's invoices, opened (never a draft; NOT_FOUND for any other id): the business
 * sees in the activity log that it was viewed.
 */
export async function viewCustomerInvoice(ctx: CustomerContext, id: string, preload: InvoicePagePreload): Promise<Invoice> {
  if (!isId(id)) throw new NotFound('This invoice');
  const tenant = await currentTenant(ctx);
  const { principal, client } = ctx;
  const now = ctx.now();
  // `logged` writes the row recordCustomerActivity writes (activity/activity.ts), only when the
  // invoice was found, under the customer's insert policy; PostgreSQL runs it whatever reads it.
  const page = await readPage<{ invoice: unknown }>(
    ctx,
    (q) => Prisma.sql`
    WITH found AS (
      SELECT v.* FROM invoices v WHERE ${q.own('v')} AND v.id = ${id}::uuid AND v.status <> 'draft'
    ), logged AS (
      INSERT INTO activity_logs (id, tenant_id, actor_type, actor_id, customer_id, contact_id, action, subject_type, subject_id, ip, user_agent, created_at)
      SELECT gen_random_uuid(), ${principal.tenantId}::uuid, 'customer'::"ActorType", ${principal.customerId}::uuid, ${principal.customerId}::uuid, ${principal.accountId}::uuid,
             ${VIEWED}, 'Invoice', found.id, ${client.ip}::text, ${client.userAgent}::text, ${now}::timestamptz
      FROM found
    )
    SELECT ${q.one(q.row('Invoice', 'v', invoiceSelect, invoicePageRelations(q, 'v', preload)), Prisma.sql`FROM found v`)} AS invoice`,
  );
  const row = rowOf(ctx, 'Invoice', invoiceSelect, page.invoice);
  if (!row) throw new NotFound('This invoice');
  keepInvoiceRelations(ctx, [row], preload);
  // A credit note and a payment show the number of their invoice: this one.
  const related = row as typeof row & { creditNotes?: unknown; payments?: unknown };
  const invoice = { number: row.number };
  if (preload.creditNotes) {
    keepInvoiceCreditNotes(
      ctx,
      row.id,
      rowsOf(ctx, 'CreditNote', 'all', related.creditNotes).map((note) => toCreditNote({ ...note, invoice })),
    );
  }
  if (preload.payments) {
    keepInvoicePayments(
      ctx,
      row.id,
      rowsOf(ctx, 'Payment', 'all', related.payments).map((payment) => toPayment({ ...payment, invoice })),
    );
  }
  return toInvoice(row, todayIn(tenant.timeZone, now));
}
