import DataLoader from 'dataloader';
import { loader, type CustomerContext, type RequestContext } from '../context/context.js';
import type { Customer } from '../generated/prisma/client.js';
import { Unauthenticated } from '../errors/errors.js';
import { byIdLoader, primeAll } from '../common/loaders.js';

const customersById = byIdLoader((tx, ids) => tx.customer.findMany({ where: { id: { in: ids } } }));

// Name and phone in one statement a page: a technician's day shows both for each job.
const customerNamesById = byIdLoader((tx, ids) => tx.customer.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, phone: true } }));

/** A customer's name for staff screens (appointments, requests, reviews); '' if not visible. */
export const customerNameById = async (ctx: RequestContext, id: string) => (await loader(ctx, customerNamesById).load(id))?.name ?? '';

/** A customer's phone number for staff screens; null if none or not visible. */
export const customerPhoneById = async (ctx: RequestContext, id: string) => (await loader(ctx, customerNamesById).load(id))?.phone ?? null;

/** Customers' names and phones a page read brought along (platform/page-read.ts). */
export const keepCustomerNames = (ctx: RequestContext, rows: { id: string; name: string; phone: string | null }[]) => {
  primeAll(loader(ctx, customerNamesById), rows);
};

/**
 * The signed-in customer's own row, read once per request. Like currentTenant, it takes any
 * context and answers UNAUTHENTICATED for one that is not a signed-in customer's.
 */
export async function currentCustomer(ctx: RequestContext): Promise<Customer> {
  if (ctx.principal.kind !== 'customer') throw new Unauthenticated();
  const row = await loader(ctx, customersById).load(ctx.principal.customerId);
  if (!row) throw new Unauthenticated();
  return row;
}

/** The customer's row the request's opening statement returned (app_open_request): no second read. */
export function keepCurrentCustomer(ctx: RequestContext, row: Customer): void {
  if (ctx.principal.kind === 'customer' && ctx.principal.customerId === row.id) loader(ctx, customersById).prime(row.id, row);
}

/** After the request changed the row: its later reads get the row as written, without reading it again. */
export function rememberCurrentCustomer(ctx: CustomerContext, row: Customer): void {
  loader(ctx, customersById).clear(row.id).prime(row.id, row);
}

/** Names of the people in activity entries, keyed "staff:<id>" or "customer:<id>": two queries a page. */
const actorNamesByKey = (ctx: RequestContext) =>
  new DataLoader<string, string | null>(async (keys) => {
    if (!ctx.tx) throw new Unauthenticated();
    const idsOf = (type: string) => keys.filter((k) => k.startsWith(`${type}:`)).map((k) => k.slice(type.length + 1));
    const [staffIds, customerIds] = [idsOf('staff'), idsOf('customer')];
    const [staff, customers] = await Promise.all([
      staffIds.length ? ctx.tx.staffUser.findMany({ where: { id: { in: staffIds } }, select: { id: true, name: true } }) : [],
      customerIds.length ? ctx.tx.customer.findMany({ where: { id: { in: customerIds } }, select: { id: true, name: true } }) : [],
    ]);
    const names = new Map<string, string>([...staff.map((s) => [`staff:${s.id}`, s.name] as const), ...customers.map((c) => [`customer:${c.id}`, c.name] as const)]);
    return keys.map((k) => names.get(k) ?? null);
  });

/** The names of activity entries' actors a page read brought along (null: not found). */
export function keepActorNames(ctx: RequestContext, actors: { actorType: string; actorId: string | null; name: string | null }[]): void {
  for (const { actorType, actorId, name } of actors) {
    if (actorId && (actorType === 'staff' || actorType === 'customer')) loader(ctx, actorNamesByKey).prime(`${actorType}:${actorId}`, name);
  }
}

export function actorName(ctx: RequestContext, actorType: string, actorId: string | null): Promise<string | null> {
  if (!actorId || (actorType !== 'staff' && actorType !== 'customer')) return Promise.resolve(null);
  return loader(ctx, actorNamesByKey).load(`${actorType}:${actorId}`);
}

/** The new login email of each customer's change awaiting confirmation (the newest), one statement a page. */
const pendingPortalEmails = (ctx: RequestContext) =>
  new DataLoader<string, string | null>(async (customerIds) => {
    if (!ctx.tx) throw new Unauthenticated();
    const tokens = await ctx.tx.oneTimeToken.findMany({
      where: { customerId: { in: [...customerIds] }, purpose: 'email_change', usedAt: null, expiresAt: { gt: ctx.now() } },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      select: { customerId: true, newEmail: true },
    });
    const newest = new Map<string, string | null>();
    for (const t of tokens) if (t.customerId && !newest.has(t.customerId)) newest.set(t.customerId, t.newEmail);
    return customerIds.map((id) => newest.get(id) ?? null);
  });

/** A customer's pending login email as a page read brought it along. */
export function keepPendingPortalEmail(ctx: RequestContext, customerId: string, email: string | null): void {
  loader(ctx, pendingPortalEmails).prime(customerId, email);
}

export function pendingPortalEmail(ctx: RequestContext, customerId: string): Promise<string | null> {
  return loader(ctx, pendingPortalEmails).load(customerId);
}
