// The two kinds of identity that sign in, behind one small interface, so that the sign-in
// flows (auth.flows.ts) are written, and behave, exactly the same for customers and staff.
import type { ScopedContext } from '../context/context.js';
import type { CustomerProfile } from '../customers/customers.types.js';
import type { OneTimeToken, Prisma, Tenant } from '../generated/prisma/client.js';
import type { AccountStatus, ActorType } from '../generated/prisma/enums.js';
import type { StaffProfile } from '../staff/staff.types.js';
import type { TokenOwner } from './one-time-tokens.js';
import type { SessionHolder, SessionOwner } from './sessions.js';

export interface Identity<P> {
  /** Portal account id or staff user id: the subject of its sessions. */
  id: string;
  /** The customer or the staff user: the actor in activity logs. */
  actorId: string;
  /** For customers, whose history an event belongs to. */
  customerId: string | null;
  email: string;
  name: string;
  locale: string | null;
  status: AccountStatus;
  passwordHash: string | null;
  profile(tenant: Tenant): P;
}

export interface IdentityStore<P> {
  kind: 'customer' | 'staff';
  actorType: ActorType;
  findByEmail(ctx: ScopedContext, email: string): Promise<Identity<P> | null>;
  findById(ctx: ScopedContext, id: string): Promise<Identity<P> | null>;
  /** Who a one-time token was issued to. */
  findByTokenOwner(ctx: ScopedContext, token: OneTimeToken): Promise<Identity<P> | null>;
  tokenOwner(identity: Identity<P>): TokenOwner;
  sessionHolder(identity: Identity<P>): SessionHolder;
  sessionOwner(tenantId: string, identity: Identity<P>): SessionOwner;
  /** Sets fields when the status is still one of `from` (atomic); false when it no longer is. */
  update(ctx: ScopedContext, identity: Identity<P>, from: readonly AccountStatus[], data: { status?: AccountStatus; passwordHash?: string }): Promise<boolean>;
  /** Confirms, inside the sign-in's transaction, that the identity is still active, and notes the sign-in (at the context's instant). */
  confirmSignIn(ctx: ScopedContext, identity: Identity<P>): Promise<boolean>;
}

const accountSelect = {
  id: true,
  customerId: true,
  email: true,
  status: true,
  passwordHash: true,
  name: true,
  locale: true,
  customer: { select: { name: true, email: true, phone: true, locale: true } },
} satisfies Prisma.PortalAccountSelect;

type AccountRow = Prisma.PortalAccountGetPayload<{ select: typeof accountSelect }>;

function customerIdentity(row: AccountRow | null): Identity<CustomerProfile> | null {
  if (!row) return null;
  return {
    id: row.id,
    actorId: row.customerId,
    customerId: row.customerId,
    email: row.email,
    // Links and letters name the contact, in their language (else the account's).
    name: row.name || row.customer.name,
    locale: row.locale ?? row.customer.locale,
    status: row.status,
    passwordHash: row.passwordHash,
    profile: (tenant) => ({
      id: row.customerId,
      name: row.customer.name,
      email: row.customer.email,
      phone: row.customer.phone,
      locale: row.customer.locale ?? tenant.locale,
      tenantSlug: tenant.slug,
    }),
  };
}

/** Customers sign in as one of their account's contacts (a portal account each, issue 22). */
export const customerIdentities: IdentityStore<CustomerProfile> = {
  kind: 'customer',
  actorType: 'customer',
  findByEmail: async ({ tx }, email) => customerIdentity(await tx.portalAccount.findFirst({ where: { email }, select: accountSelect })),
  findById: async ({ tx }, id) => customerIdentity(await tx.portalAccount.findFirst({ where: { id }, select: accountSelect })),
  // A link names its contact; one from before contacts names the account, whose primary it was.
  findByTokenOwner: async ({ tx }, token) =>
    token.contactId
      ? customerIdentity(await tx.portalAccount.findFirst({ where: { id: token.contactId, customerId: token.customerId ?? undefined }, select: accountSelect }))
      : token.customerId
        ? customerIdentity(await tx.portalAccount.findFirst({ where: { customerId: token.customerId, isPrimary: true }, select: accountSelect }))
        : null,
  tokenOwner: (identity) => ({ customerId: identity.actorId, contactId: identity.id }),
  sessionHolder: (identity) => ({ portalAccountId: identity.id }),
  sessionOwner: (tenantId, identity) => ({ kind: 'customer', tenantId, accountId: identity.id, customerId: identity.actorId }),
  update: async ({ tx }, identity, from, data) => {
    const { count } = await tx.portalAccount.updateMany({ where: { id: identity.id, status: { in: [...from] } }, data });
    return count === 1;
  },
  confirmSignIn: async (ctx, identity) => {
    const { count } = await ctx.tx.portalAccount.updateMany({ where: { id: identity.id, status: 'active' }, data: { lastLoginAt: ctx.now() } });
    return count === 1;
  },
};

const staffSelect = { id: true, email: true, name: true, role: true, status: true, passwordHash: true, locale: true } satisfies Prisma.StaffUserSelect;

type StaffRow = Prisma.StaffUserGetPayload<{ select: typeof staffSelect }>;

function staffIdentity(row: StaffRow | null): Identity<StaffProfile> | null {
  if (!row) return null;
  return {
    id: row.id,
    actorId: row.id,
    customerId: null,
    email: row.email,
    name: row.name,
    locale: row.locale,
    status: row.status,
    passwordHash: row.passwordHash,
    profile: (tenant) => ({
      id: row.id,
      name: row.name,
      email: row.email,
      role: row.role,
      locale: row.locale,
      tenantSlug: tenant.slug,
      timeZone: tenant.timeZone,
      currency: tenant.currency,
    }),
  };
}

export const staffIdentities: IdentityStore<StaffProfile> = {
  kind: 'staff',
  actorType: 'staff',
  findByEmail: async ({ tx }, email) => staffIdentity(await tx.staffUser.findFirst({ where: { email }, select: staffSelect })),
  findById: async ({ tx }, id) => staffIdentity(await tx.staffUser.findFirst({ where: { id }, select: staffSelect })),
  findByTokenOwner: async ({ tx }, token) => (token.staffUserId ? staffIdentity(await tx.staffUser.findFirst({ where: { id: token.staffUserId }, select: staffSelect })) : null),
  tokenOwner: (identity) => ({ staffUserId: identity.id }),
  sessionHolder: (identity) => ({ staffUserId: identity.id }),
  sessionOwner: (tenantId, identity) => ({ kind: 'staff', tenantId, staffUserId: identity.id }),
  update: async ({ tx }, identity, from, data) => {
    const { count } = await tx.staffUser.updateMany({ where: { id: identity.id, status: { in: [...from] } }, data });
    return count === 1;
  },
  // Staff users have no last-login column. A deactivation racing this is harmless: every
  // request checks the account's status (sessions.ts).
  confirmSignIn: async ({ tx }, identity) => (await tx.staffUser.count({ where: { id: identity.id, status: 'active' } })) === 1,
};
