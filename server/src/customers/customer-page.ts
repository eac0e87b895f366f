// The admin customer page (admin-web customers/[id]) reads in one SQL statement: this file's part
// is the customer (`Query.customer`) with what the page shows of it (its portal account, sites and
// assets with who added them, the assets' sites and types, a pending login email, the first page of
// its activity log with actors and subjects named); the page's other root fields are parts of their
// own domains (adminJobs, invoices, customerPayments, documents, communicationsTimeline,
// assetTypes, serviceTypes), all read together (platform/operation-read.ts).
import type { GraphQLResolveInfo } from 'graphql';
import { Prisma } from '../generated/prisma/client.js';
import type { RequestContext, StaffContext } from '../context/context.js';
import { isId } from '../common/ids.js';
import { toConnection, type Connection, type PageArgs } from '../common/pagination.js';
import { NotFound } from '../errors/errors.js';
import { asks, rowOf, rowsOf, type PageSql, type Picked } from '../platform/page-read.js';
import { pagedFrom, pageWindow, type PageWindow } from '../platform/page-cursor.js';
import { argumentsAt, rootPart } from '../platform/operation-read.js';
import { keepSites, keepSitesOfCustomer } from '../sites/sites.loaders.js';
import { keepAssetsOfCustomer, keepAssetTypes } from '../assets/assets.loaders.js';
import { keepStaffNames } from '../jobs/jobs.loaders.js';
import { activitySubjectSql } from '../activity/activity-subjects.page.js';
import { keepActivitySubjects } from '../activity/activity.loaders.js';
import { keepActorNames, keepPendingPortalEmail } from './customers.loaders.js';
import { toCustomer } from './customers.service.js';
import { customerActivity } from './customers.admin.service.js';
import type { ActivityEntry, Customer } from './customers.types.js';

const CUSTOMER = { id: true, name: true, email: true, phone: true, locale: true, createdAt: true } as const;
const ACCOUNT = { id: true, status: true, email: true } as const;
const STAFF = { id: true, name: true } as const;
const ACTIVITY = { id: true, action: true, actorType: true, actorId: true, subjectId: true, createdAt: true, ip: true } as const;

interface ActivityWindow extends PageWindow {
  after: string | null;
}

interface CustomerPlan {
  id: string;
  now: Date;
  sites: boolean;
  assets: boolean;
  pendingPortalEmail: boolean;
  activity: ActivityWindow[];
}

/** An activity entry as the page read brings it: its actor's name and its subject along. */
type ActivityRow = Picked<'ActivityLog', typeof ACTIVITY> & { actorName: string | null; subject: { id: string; name: string | null } | null };

const activityKey = (customerId: string, args: { first: number; after?: string | null }) => `${customerId}|${args.first}|${args.after ?? ''}`;

/** Activity pages a page read brought along, by customer and page, for the `activity` field resolver. */
const keptActivity = new WeakMap<RequestContext, Map<string, Connection<ActivityEntry>>>();

/** The customer's activity log, newest first: as the page read brought it, else read now. */
export function customerActivityPage(ctx: StaffContext, customerId: string, args: PageArgs): Promise<Connection<ActivityEntry>> {
  const kept = keptActivity.get(ctx)?.get(activityKey(customerId, args));
  return kept ? Promise.resolve(kept) : customerActivity(ctx, customerId, args);
}

/** Who added a site or an asset (row `alias`), when a member of staff did. */
const addedByStaff = (q: PageSql, alias: string) =>
  q.one(q.row('StaffUser', 'ab', STAFF), Prisma.sql`FROM staff_users ab WHERE ab.tenant_id = ${Prisma.raw(alias)}.tenant_id AND ab.id = ${Prisma.raw(alias)}.added_by_staff_id`);

/** The customer (`customer(id)`); NOT_FOUND for a malformed, missing or foreign id, as customers.service's `getCustomer`. */
export const customerPart = rootPart({
  endpoint: 'admin',
  field: 'customer',
  plan(ctx: StaffContext, args: { id: string }, info: GraphQLResolveInfo): CustomerPlan {
    if (!isId(args.id)) throw new NotFound('This customer');
    const activity = argumentsAt(info, 'activity').flatMap((pageArgs) => {
      const asked = pageArgs as { first: number; after?: string | null };
      const window = pageWindow(asked);
      // A page the service would refuse is left to it (Customer.activity reads it, and answers with its error).
      return window ? [{ ...window, after: asked.after ?? null }] : [];
    });
    return { id: args.id, now: ctx.now(), sites: asks(info, 'sites'), assets: asks(info, 'assets'), pendingPortalEmail: asks(info, 'pendingPortalEmail'), activity };
  },
  sql(q, plan) {
    const extra: Record<string, Prisma.Sql> = {
      portalAccount: q.one(q.row('PortalAccount', 'pa', ACCOUNT), Prisma.sql`FROM portal_accounts pa WHERE pa.tenant_id = c.tenant_id AND pa.customer_id = c.id AND pa.is_primary`),
    };
    if (plan.sites) {
      extra.sites = q.list(
        q.row('Site', 's', 'all', { addedByStaff: addedByStaff(q, 's') }),
        Prisma.sql`FROM sites s WHERE s.tenant_id = c.tenant_id AND s.customer_id = c.id`,
        Prisma.sql`s.label, s.id`,
      );
    }
    if (plan.assets) {
      const names = q.list(
        q.row('AssetTypeName', 'n', 'all'),
        Prisma.sql`FROM asset_type_names n WHERE n.tenant_id = t.tenant_id AND n.asset_type_id = t.id`,
        Prisma.sql`n.locale`,
      );
      extra.assets = q.list(
        q.row('Asset', 'a', 'all', {
          addedByStaff: addedByStaff(q, 'a'),
          site: q.one(q.row('Site', 'asite', 'all'), Prisma.sql`FROM sites asite WHERE asite.tenant_id = a.tenant_id AND asite.id = a.site_id`),
          assetType: q.one(q.row('AssetType', 't', 'all', { names }), Prisma.sql`FROM asset_types t WHERE t.tenant_id = a.tenant_id AND t.id = a.asset_type_id`),
        }),
        Prisma.sql`FROM assets a WHERE a.tenant_id = c.tenant_id AND a.customer_id = c.id`,
        Prisma.sql`a.name, a.id`,
      );
    }
    if (plan.pendingPortalEmail) {
      // customers.loaders' pendingPortalEmails: the newest unused, unexpired email change.
      extra.pendingPortalEmail = Prisma.sql`(SELECT ot.new_email FROM one_time_tokens ot
        WHERE ot.tenant_id = c.tenant_id AND ot.customer_id = c.id AND ot.purpose::text = 'email_change' AND ot.used_at IS NULL AND ot.expires_at > ${plan.now}
        ORDER BY ot.created_at DESC, ot.id DESC LIMIT 1)`;
    }
    plan.activity.forEach((window, i) => {
      // Named actions only: the audit log's generic entries (a mutation's name) stay there.
      const ofCustomer = (alias: string) =>
        Prisma.sql`${Prisma.raw(alias)}.tenant_id = c.tenant_id AND ${Prisma.raw(alias)}.customer_id = c.id AND strpos(${Prisma.raw(alias)}.action, '.') > 0`;
      const page = pagedFrom('activity_logs', 'l', ofCustomer, [{ column: 'created_at' }, { column: 'id' }], window);
      const actorName = Prisma.sql`CASE l.actor_type::text
        WHEN 'staff' THEN (SELECT st.name FROM staff_users st WHERE st.tenant_id = l.tenant_id AND st.id = l.actor_id)
        WHEN 'customer' THEN (SELECT cu.name FROM customers cu WHERE cu.tenant_id = l.tenant_id AND cu.id = l.actor_id) END`;
      const subject = activitySubjectSql('l', Prisma.sql`l.action`, Prisma.sql`l.subject_id`);
      extra[`activity${i}`] = q.list(q.row('ActivityLog', 'l', ACTIVITY, { actorName, subject }), page.from, page.orderBy);
    });
    return q.one(q.row('Customer', 'c', CUSTOMER, extra), Prisma.sql`FROM customers c WHERE ${q.own('c', 'tenant')} AND c.id = ${plan.id}::uuid`);
  },
  answer(ctx, plan, value): Customer {
    const row = rowOf(ctx, 'Customer', CUSTOMER, value);
    if (!row) throw new NotFound('This customer');
    const read = row as typeof row & Record<string, unknown>;
    if (plan.sites) {
      const sites = rowsOf(ctx, 'Site', 'all', read.sites);
      keepSitesOfCustomer(ctx, row.id, sites);
      keepStaffNames(ctx, addedBy(ctx, sites));
    }
    if (plan.assets) {
      const assets = rowsOf(ctx, 'Asset', 'all', read.assets);
      const related = assets as ((typeof assets)[number] & { site?: unknown; assetType?: unknown })[];
      keepAssetsOfCustomer(ctx, row.id, assets);
      keepStaffNames(ctx, addedBy(ctx, assets));
      keepSites(
        ctx,
        related.flatMap((asset) => rowOf(ctx, 'Site', 'all', asset.site) ?? []),
      );
      keepAssetTypes(
        ctx,
        related.flatMap((asset) => {
          const type = rowOf(ctx, 'AssetType', 'all', asset.assetType);
          return type ? [{ ...type, names: rowsOf(ctx, 'AssetTypeName', 'all', (type as { names?: unknown }).names) }] : [];
        }),
      );
    }
    if (plan.pendingPortalEmail) keepPendingPortalEmail(ctx, row.id, typeof read.pendingPortalEmail === 'string' ? read.pendingPortalEmail : null);
    plan.activity.forEach((window, i) => {
      const entries = rowsOf(ctx, 'ActivityLog', ACTIVITY, read[`activity${i}`]) as ActivityRow[];
      keepActorNames(
        ctx,
        entries.map((e) => ({ actorType: e.actorType, actorId: e.actorId, name: e.actorName })),
      );
      keepActivitySubjects(ctx, entries);
      const page = toConnection(entries, { first: window.first }, (e) => ({
        id: e.id,
        action: e.action,
        actorType: e.actorType,
        actorId: e.actorId,
        subjectId: e.subjectId,
        at: e.createdAt,
        ip: e.ip,
      }));
      let kept = keptActivity.get(ctx);
      if (!kept) keptActivity.set(ctx, (kept = new Map<string, Connection<ActivityEntry>>()));
      kept.set(activityKey(row.id, window), page);
    });
    return toCustomer({ ...row, portalAccount: rowOf(ctx, 'PortalAccount', ACCOUNT, read.portalAccount) });
  },
});

/** The members of staff who added these sites or assets, as the page read found them. */
function addedBy(ctx: StaffContext, rows: object[]): { id: string; name: string }[] {
  return rows.flatMap((added) => rowOf(ctx, 'StaffUser', STAFF, (added as { addedByStaff?: unknown }).addedByStaff) ?? []);
}
