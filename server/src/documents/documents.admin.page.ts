// A customer's documents as staff list them (`documents(customerId)`, documents.admin.service's
// `listAdminDocuments`) as a part of its page's one statement (platform/operation-read.ts): the
// admin customer page. A job's documents are left to the service.
import { Prisma } from '../generated/prisma/client.js';
import type { StaffContext } from '../context/context.js';
import { isId } from '../common/ids.js';
import { toConnection, type Connection } from '../common/pagination.js';
import { NotFound } from '../errors/errors.js';
import { rowsOf } from '../platform/page-read.js';
import { pagedFrom, pageWindow, type PageWindow } from '../platform/page-cursor.js';
import { rootPart } from '../platform/operation-read.js';
import { adminDocumentSelect } from './documents.view.js';
import type { AdminDocument, AdminDocumentListArgs } from './documents.admin.types.js';

interface DocumentsPlan {
  customerId: string;
  shared: boolean | null;
  /** A technician's documents are those of jobs assigned to them (documents.admin.service's visibleDocuments). */
  technicianId: string | null;
  window: PageWindow;
}

/** Newest first, shared or not; NOT_FOUND for a customer not of the business. */
export const customerDocumentsPart = rootPart({
  endpoint: 'admin',
  field: 'documents',
  plan(ctx: StaffContext, args: AdminDocumentListArgs): DocumentsPlan | null {
    const window = pageWindow(args);
    if (args.customerId == null || args.jobId != null || !window) return null;
    if (!isId(args.customerId)) throw new NotFound('This customer');
    const { principal } = ctx;
    return { customerId: args.customerId, shared: args.shared ?? null, technicianId: principal.role === 'technician' ? principal.staffUserId : null, window };
  },
  sql(q, plan) {
    const where = (alias: string) => {
      const d = Prisma.raw(alias);
      const conditions = [q.own(alias), Prisma.sql`${d}.customer_id = ${plan.customerId}::uuid`];
      if (plan.shared !== null) conditions.push(Prisma.sql`${d}.shared = ${plan.shared}`);
      if (plan.technicianId)
        conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM jobs dj WHERE dj.tenant_id = ${d}.tenant_id AND dj.id = ${d}.job_id AND dj.technician_id = ${plan.technicianId}::uuid)`);
      return Prisma.join(conditions, ' AND ');
    };
    const page = pagedFrom('documents', 'd', where, [{ column: 'created_at' }, { column: 'id' }], plan.window);
    const customerFound = Prisma.sql`EXISTS (SELECT 1 FROM customers c WHERE ${q.own('c', 'tenant')} AND c.id = ${plan.customerId}::uuid)`;
    return Prisma.sql`json_build_object('customerFound', ${customerFound}, 'documents', ${q.list(q.row('Document', 'd', adminDocumentSelect), page.from, page.orderBy)})`;
  },
  answer(ctx, plan, value): Connection<AdminDocument> {
    const read = value as { customerFound: boolean; documents: unknown };
    if (!read.customerFound) throw new NotFound('This customer');
    return toConnection(rowsOf(ctx, 'Document', adminDocumentSelect, read.documents), { first: plan.window.first }, (row) => row);
  },
});
