// Service history of one site or one asset: its visits, the issued invoices that bill them and the
// reports and photos shared from them, merged newest first in one SQL statement and paged by
// (time, id). What a customer may not see never enters: declined and cancelled visits, drafts,
// unshared files, and internal notes (another table, not read here). Row-level security holds the
// same line underneath.
import type { CustomerContext } from '../context/context.js';
import { Prisma } from '../generated/prisma/client.js';
import type { Connection } from '../common/pagination.js';
import { BadInput, NotFound } from '../errors/errors.js';
import { isId } from '../common/ids.js';
import { dayBounds } from '../common/day-range.js';
import { todayIn } from '../common/dates.js';
import { currentTenant } from '../platform/current-tenant.js';
import { ownSite } from '../sites/sites.loaders.js';
import { ownAsset } from '../assets/assets.loaders.js';
import { toJob } from '../jobs/jobs.view.js';
import { toInvoice } from '../invoices/invoices.service.js';
import { historyDocument, historyInvoice, historyJob } from './history.loaders.js';
import { HistoryKind, type Document, type HistoryEntry, type Invoice, type Job, type ServiceTimelineArgs } from './history.types.js';

/** Visits that belong in a history: not requests, and not called off. */
const HISTORY_JOB_STATUSES = ['scheduled', 'in_progress', 'completed'];

interface EntryRow {
  kind: HistoryKind;
  id: string;
  job_id: string;
  at: Date;
}

function encodeCursor(row: EntryRow): string {
  return Buffer.from(`${row.at.toISOString()}|${row.id}`, 'utf8').toString('base64url');
}

function decodeCursor(cursor: string | null | undefined): { at: Date; id: string } | null {
  if (!cursor) return null;
  const [iso, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const at = new Date(iso ?? '');
  if (!id || !isId(id) || Number.isNaN(at.getTime())) throw new BadInput('after', 'This page link is no longer valid. Start from the first page.', 'PAGE_EXPIRED');
  return { at, id };
}

export async function serviceTimeline(ctx: CustomerContext, args: ServiceTimelineArgs): Promise<Connection<HistoryEntry>> {
  if ((args.siteId == null) === (args.assetId == null)) throw new BadInput(args.siteId == null ? 'siteId' : 'assetId', 'Choose a site or an asset (one of them).', 'SITE_OR_ASSET');
  const { tx, principal } = ctx;
  const tenant = await currentTenant(ctx);
  // Another customer's or business's id is NOT_FOUND, like one that does not exist.
  const place =
    args.siteId != null ? Prisma.sql`j.site_id = ${(await ownSite(ctx, args.siteId)).id}::uuid` : Prisma.sql`j.asset_id = ${(await ownAsset(ctx, args.assetId ?? '')).id}::uuid`;
  const wanted = new Set(args.kinds?.length ? args.kinds : Object.values(HistoryKind));
  // Sections the business switched off stay out of the history too.
  if (!tenant.featureInvoices) wanted.delete(HistoryKind.INVOICE);
  if (!tenant.featureDocuments) wanted.delete(HistoryKind.DOCUMENT);
  const { start, end } = dayBounds(tenant.timeZone, args.from, args.to);
  const after = decodeCursor(args.after);
  if (wanted.size === 0) return { nodes: [], pageInfo: { hasNextPage: false, endCursor: null } };

  // The place's visits; invoices and documents hang off them.
  const visitsOfPlace = Prisma.sql`j.tenant_id = ${tenant.id}::uuid AND j.customer_id = ${principal.customerId}::uuid AND ${place}
    AND j.status::text IN (${Prisma.join(HISTORY_JOB_STATUSES)})`;
  const parts: Prisma.Sql[] = [];
  if (wanted.has(HistoryKind.JOB)) {
    parts.push(Prisma.sql`SELECT 'JOB'::text AS kind, j.id, j.id AS job_id, COALESCE(j.completed_at, j.scheduled_start) AS at FROM jobs j WHERE ${visitsOfPlace}`);
  }
  if (wanted.has(HistoryKind.INVOICE)) {
    parts.push(Prisma.sql`
      SELECT 'INVOICE'::text AS kind, i.id, j.id AS job_id, (i.issue_date::timestamp AT TIME ZONE ${tenant.timeZone}) AS at
      FROM jobs j JOIN invoices i ON i.tenant_id = j.tenant_id AND i.job_id = j.id AND i.customer_id = j.customer_id
      WHERE ${visitsOfPlace} AND i.status <> 'draft' AND i.issue_date IS NOT NULL`);
  }
  if (wanted.has(HistoryKind.DOCUMENT)) {
    parts.push(Prisma.sql`
      SELECT 'DOCUMENT'::text AS kind, d.id, j.id AS job_id, d.created_at AS at
      FROM jobs j JOIN documents d ON d.tenant_id = j.tenant_id AND d.job_id = j.id AND d.customer_id = j.customer_id
      WHERE ${visitsOfPlace} AND d.shared`);
  }
  const conditions: Prisma.Sql[] = [];
  if (start) conditions.push(Prisma.sql`e.at >= ${start}::timestamptz`);
  if (end) conditions.push(Prisma.sql`e.at < ${end}::timestamptz`);
  if (after) conditions.push(Prisma.sql`(e.at, e.id) < (${after.at}::timestamptz, ${after.id}::uuid)`);
  const rows = await tx.$queryRaw<EntryRow[]>(Prisma.sql`
    SELECT e.kind, e.id, e.job_id, e.at FROM (${Prisma.join(parts, ' UNION ALL ')}) e
    ${conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, ' AND ')}` : Prisma.empty}
    ORDER BY e.at DESC, e.id DESC
    LIMIT ${args.first + 1}`);
  const page = rows.slice(0, args.first);
  const last = page.at(-1);
  return {
    nodes: page.map((row) => ({ kind: row.kind, id: row.id, jobId: row.job_id, at: row.at, localDate: todayIn(tenant.timeZone, row.at) })),
    pageInfo: { hasNextPage: rows.length > args.first, endCursor: last ? encodeCursor(last) : null },
  };
}

/** The visit an entry belongs to: the entry itself for a JOB, the visit billed or documented otherwise. */
export async function entryJob(ctx: CustomerContext, entry: HistoryEntry): Promise<Job> {
  const [row, tenant] = await Promise.all([historyJob(ctx, entry.jobId), currentTenant(ctx)]);
  if (!row) throw new NotFound('This appointment');
  return toJob(row, tenant.timeZone);
}

/** The issued invoice of an INVOICE entry; null for other kinds. */
export async function entryInvoice(ctx: CustomerContext, entry: HistoryEntry): Promise<Invoice | null> {
  if (entry.kind !== HistoryKind.INVOICE) return null;
  const [row, tenant] = await Promise.all([historyInvoice(ctx, entry.id), currentTenant(ctx)]);
  return row ? toInvoice(row, todayIn(tenant.timeZone, ctx.now())) : null;
}

/** The shared document of a DOCUMENT entry; null for other kinds. */
export async function entryDocument(ctx: CustomerContext, entry: HistoryEntry): Promise<Document | null> {
  return entry.kind === HistoryKind.DOCUMENT ? historyDocument(ctx, entry.id) : null;
}
