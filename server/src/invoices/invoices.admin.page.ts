// The business's invoice list (`invoices`, invoices.service's `listBusinessInvoices`) as a part of
// its page's one statement (platform/operation-read.ts): on the admin customer page, one
// customer's invoices beside the rest of their record. A status filter is left to the service.
import type { GraphQLResolveInfo } from 'graphql';
import { Prisma } from '../generated/prisma/client.js';
import type { StaffContext } from '../context/context.js';
import { isId } from '../common/ids.js';
import { todayIn } from '../common/dates.js';
import { toConnection, type Connection } from '../common/pagination.js';
import { currentTenant } from '../platform/current-tenant.js';
import { asks, rowsOf } from '../platform/page-read.js';
import { pagedFrom, pageWindow, type PageWindow } from '../platform/page-cursor.js';
import { rootPart } from '../platform/operation-read.js';
import { invoiceRelations, keepInvoiceRelations, type InvoicePreload } from './invoices.page.js';
import { invoiceSelect, toInvoice } from './invoices.service.js';
import type { AdminInvoiceListArgs, Invoice } from './invoices.types.js';

interface InvoicesPlan {
  customerId: string | null;
  window: PageWindow;
  today: string;
  preload: InvoicePreload;
}

/** Newest first (issue date, drafts first; then creation), as the service orders them. */
export const businessInvoicesPart = rootPart({
  endpoint: 'admin',
  field: 'invoices',
  async plan(ctx: StaffContext, args: AdminInvoiceListArgs, info: GraphQLResolveInfo): Promise<InvoicesPlan | null> {
    const window = pageWindow(args);
    // The argument's validation refuses a malformed customer id before the resolver runs.
    if (args.status != null || !window || (args.customerId != null && !isId(args.customerId))) return null;
    const tenant = await currentTenant(ctx);
    return {
      customerId: args.customerId ?? null,
      window,
      today: todayIn(tenant.timeZone, ctx.now()),
      preload: { lines: asks(info, 'nodes.lines'), recurringLabel: asks(info, 'nodes.recurringLabel') },
    };
  },
  sql(q, plan) {
    const where = (alias: string) => (plan.customerId ? Prisma.sql`${q.own(alias)} AND ${Prisma.raw(alias)}.customer_id = ${plan.customerId}::uuid` : q.own(alias));
    const page = pagedFrom('invoices', 'v', where, [{ column: 'issue_date', nullable: true }, { column: 'created_at' }, { column: 'id' }], plan.window);
    return q.list(q.row('Invoice', 'v', invoiceSelect, invoiceRelations(q, 'v', plan.preload)), page.from, page.orderBy);
  },
  answer(ctx, plan, value): Connection<Invoice> {
    const rows = keepInvoiceRelations(ctx, rowsOf(ctx, 'Invoice', invoiceSelect, value), plan.preload);
    return toConnection(rows, { first: plan.window.first }, (row) => toInvoice(row, plan.today));
  },
});
