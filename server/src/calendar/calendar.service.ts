// Appointments as iCalendar: one appointment's .ics file (behind a signed link) and a
// customer's subscription feed (a secret URL that calendar apps poll, revocable).
import type { AppDeps, CustomerContext, SignedInContext } from '../context/context.js';
import type { Job as JobRow, Site, Tenant } from '../generated/prisma/client.js';
import { NotFound } from '../errors/errors.js';
import { isId } from '../common/ids.js';
import { inTenantScope } from '../platform/scope.js';
import { hashOneTimeToken, newOneTimeToken } from '../auth/tokens.js';
import { recordCustomerActivity } from '../activity/activity.js';
import { currentTenant } from '../platform/current-tenant.js';
import type { FileReply } from '../platform/files.js';
import { toIcs, type IcsEvent } from './ics.js';
import { postalAddressLine } from '../common/postal-address.js';

/** How far back a feed reaches; calendar apps keep what they already fetched. */
const FEED_PAST_DAYS = 90;
const FEED_MAX_EVENTS = 500;

type JobWithSite = JobRow & { site: Site };

function toEvent(tenant: Tenant, job: JobWithSite): IcsEvent {
  const { site } = job;
  return {
    uid: `${job.id}@portico`,
    start: job.scheduledStart,
    end: job.scheduledEnd,
    // Whole seconds since creation: grows with every update, as SEQUENCE must.
    sequence: Math.max(0, Math.floor((job.updatedAt.getTime() - job.createdAt.getTime()) / 1000)),
    status: job.status,
    summary: `${job.title} – ${tenant.name}`,
    description: job.description,
    // Calendar apps hand LOCATION to a map: the whole address, country included.
    location: postalAddressLine(site, { locale: tenant.locale, homeCountry: null }),
    lastModified: job.updatedAt,
  };
}

/** GET /files/v1/appointment-ics/:id — the caller's own appointment (a customer's) or any of the tenant's (staff). */
export async function appointmentIcsFile(ctx: SignedInContext, id: string): Promise<FileReply> {
  const tenant = await currentTenant(ctx);
  const customerId = ctx.principal.kind === 'customer' ? ctx.principal.customerId : undefined;
  const job = isId(id) ? await ctx.tx.job.findFirst({ where: { id, ...(customerId ? { customerId } : {}) }, include: { site: true } }) : null;
  if (!job) throw new NotFound('This appointment');
  const body = Buffer.from(toIcs({ name: tenant.name, timeZone: tenant.timeZone, now: ctx.now(), events: [toEvent(tenant, job)] }), 'utf8');
  return { body, contentType: 'text/calendar; charset=utf-8', fileName: 'appointment.ics', disposition: 'attachment', sizeBytes: body.length };
}

function liveFeed(ctx: CustomerContext) {
  return ctx.tx.calendarFeed.findFirst({ where: { revokedAt: null }, orderBy: { createdAt: 'desc' } });
}

// The feed's operations are declared in booking/booking.portal.resolver.ts: until their door
// says `@Allow(customer, { feature: 'booking' })`, the booking feature is checked here.

export async function calendarFeedStatus(ctx: CustomerContext): Promise<{ active: boolean; createdAt: Date | null }> {
  const feed = await liveFeed(ctx);
  return { active: feed !== null, createdAt: feed?.createdAt ?? null };
}

async function revokeAll(ctx: CustomerContext): Promise<number> {
  const { count } = await ctx.tx.calendarFeed.updateMany({ where: { revokedAt: null }, data: { revokedAt: ctx.now() } });
  return count;
}

/** A new secret feed URL, shown once; any earlier one stops working. */
export async function createCalendarFeed(ctx: CustomerContext): Promise<{ url: string; createdAt: Date }> {
  const { tx, principal } = ctx;
  await revokeAll(ctx);
  const { token, hash } = newOneTimeToken();
  const feed = await tx.calendarFeed.create({ data: { tenantId: principal.tenantId, customerId: principal.customerId, tokenHash: hash, createdAt: ctx.now() } });
  await recordCustomerActivity(ctx, 'calendar_feed.created', feed.id);
  return { url: `${ctx.deps.config.portalUrl}/calendar/v1/feeds/${token}.ics`, createdAt: feed.createdAt };
}

export async function revokeCalendarFeed(ctx: CustomerContext): Promise<{ active: boolean; createdAt: Date | null }> {
  if ((await revokeAll(ctx)) > 0) await recordCustomerActivity(ctx, 'calendar_feed.revoked');
  return { active: false, createdAt: null };
}

/** The feed's calendar, or null for an unknown or revoked token (or booking switched off). */
export async function feedCalendar(deps: AppDeps, token: string): Promise<string | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const owners = await deps.db.$queryRaw<
    { tenant_id: string; customer_id: string }[]
  >`SELECT tenant_id::text, customer_id::text FROM calendar_feed_owner(${hashOneTimeToken(token)})`;
  const owner = owners[0];
  if (!owner) return null;
  const now = deps.now();
  return inTenantScope(
    deps,
    // The feed is the account's (made by a contact with the appointments right): every right.
    { tenantId: owner.tenant_id, role: 'customer', customerId: owner.customer_id, contactRights: '*' },
    async ({ tx }) => {
      const tenant = await tx.tenant.findFirst({ where: { id: owner.tenant_id } });
      if (!tenant?.featureBooking) return null;
      const jobs = await tx.job.findMany({
        where: { customerId: owner.customer_id, scheduledStart: { gte: new Date(now.getTime() - FEED_PAST_DAYS * 86_400_000) } },
        include: { site: true },
        orderBy: [{ scheduledStart: 'asc' }, { id: 'asc' }],
        take: FEED_MAX_EVENTS,
      });
      return toIcs({ name: tenant.name, timeZone: tenant.timeZone, now, events: jobs.map((job) => toEvent(tenant, job)) });
    },
    { endpoint: 'portal', now },
  );
}
