// Every access to a document, logged (issue 19): each view or download by a customer or staff, each
// upload, generated document and change of sharing, with who (a customer, a member of staff, or the
// system), when (the request's clock) and from where (the request's address and browser). Written in
// the transaction of what it records; append-only (migration 20261206004200_document_access_events).
// The office reads a document's history (Document.accessHistory); a customer's own downloads and views
// are in their activity log as well (documents.service.ts).
import type { CustomerContext, ScopedContext, StaffContext } from '../context/context.js';
import type { ActorType, DocumentAccessAction } from '../generated/prisma/enums.js';
import { pageQuery, toConnection, type Connection, type PageArgs } from '../common/pagination.js';
import { deviceNames } from '../auth/device-names.js';
import type { DocumentAccessEvent, MyDocumentAccess } from './document-access.types.js';

export type { DocumentAccessAction };

const MAX_USER_AGENT = 300;

/**
 * Records `action` on the document by whoever `ctx` is: the signed-in customer or member of staff,
 * or the system for background work (no principal). Call it in the transaction that does the thing;
 * the row-level policies let each record only what they do themselves.
 */
export async function recordDocumentEvent(ctx: ScopedContext, documentId: string, action: DocumentAccessAction): Promise<void> {
  const { principal } = ctx;
  const tenantId = ctx.rls?.tenantId;
  if (!tenantId) throw new Error('recordDocumentEvent needs a tenant scope');
  const actor: { actorType: ActorType; actorId: string | null } =
    principal.kind === 'customer'
      ? { actorType: 'customer', actorId: principal.customerId }
      : principal.kind === 'staff'
        ? { actorType: 'staff', actorId: principal.staffUserId }
        : { actorType: 'system', actorId: null };
  // createMany: a technician may record what they did but not read the log back (no RETURNING).
  await ctx.tx.documentAccessEvent.createMany({
    data: [
      {
        tenantId,
        documentId,
        action,
        ...actor,
        ip: ctx.client.ip,
        userAgent: ctx.client.userAgent?.slice(0, MAX_USER_AGENT) ?? null,
        at: ctx.now(),
      },
    ],
  });
}

/** A document's access history, newest first, with each actor's name as the office knows them. */
export async function documentAccessHistory(ctx: StaffContext, documentId: string, args: PageArgs): Promise<Connection<DocumentAccessEvent>> {
  const { tx, principal } = ctx;
  const rows = await tx.documentAccessEvent.findMany({
    where: { documentId },
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    ...pageQuery(principal.tenantId, args),
  });
  const ids = (type: ActorType) => [...new Set(rows.filter((r) => r.actorType === type && r.actorId).map((r) => r.actorId as string))];
  const staffIds = ids('staff');
  const customerIds = ids('customer');
  const [staff, customers] = await Promise.all([
    staffIds.length ? tx.staffUser.findMany({ where: { id: { in: staffIds } }, select: { id: true, name: true } }) : [],
    customerIds.length ? tx.customer.findMany({ where: { id: { in: customerIds } }, select: { id: true, name: true } }) : [],
  ]);
  const names = new Map([...staff, ...customers].map((p) => [p.id, p.name]));
  return toConnection(rows, args, (row) => {
    const device = deviceNames(row.userAgent);
    return {
      id: row.id,
      action: row.action,
      at: row.at,
      actorType: row.actorType,
      actorId: row.actorId,
      actorName: row.actorId ? (names.get(row.actorId) ?? null) : null,
      ip: row.ip,
      browser: device.browser,
      os: device.os,
    };
  });
}

/**
 * The signed-in customer's own views and downloads, newest first (their activity on the documents
 * page). Row-level security gives a customer nothing else; a document no longer shared keeps its
 * entry, without its title.
 */
export async function myDocumentAccess(ctx: CustomerContext, args: PageArgs): Promise<Connection<MyDocumentAccess>> {
  const { tx, principal } = ctx;
  const rows = await tx.documentAccessEvent.findMany({
    where: { actorType: 'customer', actorId: principal.customerId, action: { in: ['viewed', 'downloaded'] } },
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    ...pageQuery(principal.tenantId, args),
  });
  const ids = [...new Set(rows.map((r) => r.documentId))];
  const documents = ids.length ? await tx.document.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } }) : [];
  const titles = new Map(documents.map((d) => [d.id, d.title]));
  return toConnection(rows, args, (row) => ({ id: row.id, action: row.action, at: row.at, documentId: row.documentId, documentTitle: titles.get(row.documentId) ?? null }));
}
