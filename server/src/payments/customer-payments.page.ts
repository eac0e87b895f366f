// One customer's payments (`customerPayments`, payments.service's `listPaymentsOfCustomer`) as a
// part of its page's one statement (platform/operation-read.ts): the admin customer page.
import { Prisma } from '../generated/prisma/client.js';
import type { StaffContext } from '../context/context.js';
import { isId } from '../common/ids.js';
import { toConnection, type Connection } from '../common/pagination.js';
import { NotFound } from '../errors/errors.js';
import { rowsOf } from '../platform/page-read.js';
import { pagedFrom, pageWindow, type PageWindow } from '../platform/page-cursor.js';
import { rootPart } from '../platform/operation-read.js';
import type { PaymentWithInvoice } from './payment-records.js';
import { toPayment } from './payments.service.js';
import type { CustomerPaymentsArgs, Payment } from './payments.types.js';

interface PaymentsPlan {
  customerId: string;
  window: PageWindow;
}

/** Newest first; NOT_FOUND for a customer not of the business. */
export const customerPaymentsPart = rootPart({
  endpoint: 'admin',
  field: 'customerPayments',
  plan(_ctx: StaffContext, args: CustomerPaymentsArgs): PaymentsPlan | null {
    const window = pageWindow(args);
    if (!window) return null;
    if (!isId(args.customerId)) throw new NotFound('This customer');
    return { customerId: args.customerId, window };
  },
  sql(q, plan) {
    const page = pagedFrom(
      'payments',
      'p',
      (alias) => Prisma.sql`${q.own(alias)} AND ${Prisma.raw(alias)}.customer_id = ${plan.customerId}::uuid`,
      [{ column: 'received_at' }, { column: 'id' }],
      plan.window,
    );
    // WITH_INVOICE: the invoice's number beside each payment.
    const invoice = q.one(q.row('Invoice', 'pi', { number: true }), Prisma.sql`FROM invoices pi WHERE pi.tenant_id = p.tenant_id AND pi.id = p.invoice_id`);
    const customerFound = Prisma.sql`EXISTS (SELECT 1 FROM customers c WHERE ${q.own('c', 'tenant')} AND c.id = ${plan.customerId}::uuid)`;
    return Prisma.sql`json_build_object('customerFound', ${customerFound}, 'payments', ${q.list(q.row('Payment', 'p', 'all', { invoice }), page.from, page.orderBy)})`;
  },
  answer(ctx, plan, value): Connection<Payment> {
    const read = value as { customerFound: boolean; payments: unknown };
    if (!read.customerFound) throw new NotFound('This customer');
    const rows = rowsOf(ctx, 'Payment', 'all', read.payments) as PaymentWithInvoice[];
    return toConnection(rows, { first: plan.window.first }, toPayment);
  },
});
