import { isCustomerContext, type ScopedContext, type SignedInContext, type StaffContext } from '../context/context.js';
import type { Prisma, Invoice as InvoiceRow } from '../generated/prisma/client.js';
import { todayIn, toLocalDate } from '../common/dates.js';
import { NotFound } from '../errors/errors.js';
import { currentTenant } from '../platform/current-tenant.js';
import { InvoiceDisplayStatus, InvoiceRefundState, type Invoice } from './invoices.types.js';
import { invoiceMoney } from './invoice-money.js';
import { isId } from '../common/ids.js';
import { recordCustomerActivity } from '../activity/activity.js';
import type { FileReply } from '../platform/files.js';
import { agreementName, invoiceLines } from './invoices.loaders.js';
import { renderInvoicePdf } from './invoice-pdf.js';
import { billingAddress } from './billing-address.js';
import { pdfBusinessWithLogo } from '../pdf/business-logo.js';

/** Drafts are the business's work in progress; row-level security hides them from customers too. */
export const CUSTOMER_VISIBLE: Prisma.InvoiceWhereInput = { status: { not: 'draft' } };

async function getInvoice(ctx: SignedInContext, id: string, where: Prisma.InvoiceWhereInput): Promise<Invoice> {
  const tenant = await currentTenant(ctx);
  return toInvoice(await findInvoiceRow(ctx, id, where), todayIn(tenant.timeZone, ctx.now()));
}

async function findInvoiceRow(ctx: ScopedContext, id: string, where: Prisma.InvoiceWhereInput): Promise<InvoiceRow> {
  const row = isId(id) ? await ctx.tx.invoice.findFirst({ where: { AND: [where, { id }] } }) : null;
  if (!row) throw new NotFound('This invoice');
  return row;
}

/** Staff: any invoice of the business, drafts included. */
export function businessInvoice(ctx: StaffContext, id: string): Promise<Invoice> {
  return getInvoice(ctx, id, {});
}

/**
 * The invoice PDF behind a signed link, re-read in the caller's own scope: a customer gets only
 * their own issued invoices (and the download is logged), staff any invoice of their business.
 */
export async function invoicePdf(ctx: SignedInContext, id: string): Promise<FileReply> {
  const { tx, principal } = ctx;
  const isCustomer = principal.kind === 'customer';
  const tenant = await currentTenant(ctx);
  const row = await findInvoiceRow(ctx, id, isCustomer ? { customerId: principal.customerId, ...CUSTOMER_VISIBLE } : {});
  const [lines, customer, recurringLabel, payments, creditNotes, address] = await Promise.all([
    invoiceLines(ctx, row.id),
    tx.customer.findFirst({ where: { id: row.customerId }, select: { name: true, email: true, locale: true } }),
    row.agreementId ? agreementName(ctx, row.agreementId) : null,
    tx.payment.findMany({
      where: { invoiceId: row.id, status: { in: ['succeeded', 'partially_refunded', 'refunded'] } },
      orderBy: { receivedAt: 'asc' },
      select: { receivedAt: true, method: true, cardBrand: true, last4: true, amountMinor: true, refundedMinor: true },
    }),
    tx.creditNote.findMany({ where: { invoiceId: row.id }, orderBy: { issuedAt: 'asc' }, select: { number: true, issuedAt: true, amountMinor: true } }),
    billingAddress(ctx, row.customerId),
  ]);
  if (!customer) throw new NotFound('This invoice');
  const invoice = toInvoice(row, todayIn(tenant.timeZone, ctx.now()));
  const body = await renderInvoicePdf({
    business: await pdfBusinessWithLogo(ctx, tenant),
    customer: { ...customer, address },
    invoice: { ...invoice, recurringLabel },
    lines,
    payments,
    creditNotes,
    renderedAt: ctx.now(),
  });
  if (isCustomerContext(ctx)) await recordCustomerActivity(ctx, 'invoice.downloaded', row.id);
  return { body, contentType: 'application/pdf', fileName: `${invoice.number ?? 'invoice'}.pdf`, disposition: 'inline', sizeBytes: body.length };
}

/** The columns an Invoice is shown from (toInvoice): what a page read selects, nothing more. */
export const invoiceSelect = {
  id: true,
  customerId: true,
  number: true,
  status: true,
  issueDate: true,
  dueDate: true,
  currency: true,
  subtotalMinor: true,
  taxMinor: true,
  totalMinor: true,
  paidMinor: true,
  refundedMinor: true,
  creditedMinor: true,
  agreementId: true,
  notes: true,
  voidReason: true,
} satisfies Prisma.InvoiceSelect;

export type InvoiceView = Pick<InvoiceRow, keyof typeof invoiceSelect>;

/** The invoice as both endpoints show it: its money and status from the one rule (invoice-money.ts). */
export function toInvoice(row: InvoiceView, today: string): Invoice {
  const money = invoiceMoney(row, today);
  return {
    id: row.id,
    customerId: row.customerId,
    number: row.number,
    status: InvoiceDisplayStatus[money.status],
    refundState: InvoiceRefundState[money.refundState],
    issueDate: toLocalDate(row.issueDate),
    dueDate: toLocalDate(row.dueDate),
    currency: row.currency,
    subtotalMinor: row.subtotalMinor,
    taxMinor: row.taxMinor,
    totalMinor: row.totalMinor,
    amountDueMinor: money.balanceDueMinor,
    paidMinor: money.paidMinor,
    refundedMinor: money.refundedMinor,
    creditedMinor: money.creditedMinor,
    agreementId: row.agreementId,
    notes: row.notes,
    voidReason: row.voidReason,
  };
}
