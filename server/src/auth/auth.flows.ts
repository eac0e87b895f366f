// The sign-in flows, written once for both kinds of identity (identities.ts): password sign-in,
// signing in with an emailed link (asking for one: email-links.ts), setting a password from a link (reset, invitation),
// and what a signed-in person does with their own sessions and password.
//
// Anonymous flows never use the request's transaction: they resolve the tenant from its slug and
// work in short transactions of their own with the RLS role 'auth'. argon2 runs between those
// transactions, never while one holds a pooled connection. Whatever must survive a refused
// attempt (the failure's log row, rate-limit counters) is committed before the error is thrown.
import type { RequestContext } from '../context/context.js';
import { customerScope, staffScope } from '../context/context.js';
import type { Tx } from '../db/client.js';
import type { Tenant } from '../generated/prisma/client.js';
import type { AccountStatus, ActorType, TokenPurpose } from '../generated/prisma/enums.js';
import { isId } from '../common/ids.js';
import { BadInput, NotFound, Unauthenticated } from '../errors/errors.js';
import { findTenantBySlug } from '../tenants/tenants.service.js';
import { ACCOUNT_MOVES } from './account-status.js';
import { recordActivity, type AuthAction } from '../activity/activity.js';
import { cleanEmail, inAuthScope, invalidLink, wrongCredentials } from './auth.shared.js';
import { DEVICE_TYPE_CHECK, type LoginInput, type MagicLinkLoginInput, type SignedInSession } from './auth.types.js';
import type { Identity, IdentityStore } from './identities.js';
import { consumeToken, findUsableToken, retireTokens } from './one-time-tokens.js';
import { assertStrongPassword, hashPassword, verifyPassword } from './passwords.js';
import { accountSubject, clearLimit, enforce, LIMITS, loginIpLimit } from './rate-limit.js';
import { listOpenSessions, revokeOtherOpenSessions, revokeSession, revokeSessions, startSession, type SessionHolder, type StartedSession } from './sessions.js';
import { deviceNames } from './device-names.js';
import { currentTenant } from '../platform/current-tenant.js';

export interface SignInResult<P> extends StartedSession {
  profile: P;
}

/** Opens a session if the identity is (still) active, and logs the sign-in. */
async function openSession<P>(ctx: RequestContext, tx: Tx, store: IdentityStore<P>, tenant: Tenant, identity: Identity<P>, action: AuthAction): Promise<SignInResult<P> | null> {
  if (!(await store.confirmSignIn(tx, identity, ctx.now()))) return null;
  await recordActivity({ ...ctx, tx }, { tenantId: tenant.id, actorType: store.actorType, actorId: identity.actorId, customerId: identity.customerId, action });
  const session = await startSession(ctx, tx, store.sessionOwner(tenant.id, identity));
  return { ...session, profile: identity.profile(tenant) };
}

/**
 * Email and password. Unknown tenant, unknown email, wrong password and an account that is not
 * active all get the same error after the same argon2 work. Limits are counted before the
 * password is checked, so the attempt after too many failures is refused even with the right one.
 */
export async function passwordSignIn<P>(ctx: RequestContext, store: IdentityStore<P>, input: LoginInput): Promise<SignInResult<P>> {
  const email = cleanEmail(input.email);
  if (ctx.client.ip) await enforce(ctx, loginIpLimit(ctx), ctx.client.ip);
  const tenant = await findTenantBySlug(ctx, input.tenantSlug);
  if (!tenant) {
    await verifyPassword(null, input.password);
    throw wrongCredentials();
  }
  const subject = accountSubject(store.kind, tenant.id, email);
  await enforce(ctx, LIMITS.loginAccount, subject);
  const identity = await inAuthScope(ctx, tenant.id, (tx) => store.findByEmail(tx, email));
  const passwordOk = await verifyPassword(identity?.passwordHash, input.password);
  const result = await inAuthScope(ctx, tenant.id, async (tx) => {
    if (identity && passwordOk && identity.status === 'active') {
      const signedIn = await openSession(ctx, tx, store, tenant, identity, 'auth.login');
      if (signedIn) return signedIn;
    }
    await recordActivity({ ...ctx, tx }, {
      tenantId: tenant.id,
      actorType: store.actorType,
      actorId: identity?.actorId ?? null,
      customerId: identity?.customerId ?? null,
      action: 'auth.login_failed',
    });
    return null;
  });
  if (!result) throw wrongCredentials();
  await clearLimit(ctx, LIMITS.loginAccount, subject);
  return result;
}

/** Signs in with the token of a magic link; the token works once. */
export async function magicLinkSignIn<P>(ctx: RequestContext, store: IdentityStore<P>, input: MagicLinkLoginInput): Promise<SignInResult<P>> {
  const tenant = await findTenantBySlug(ctx, input.tenantSlug);
  if (!tenant) throw invalidLink('magic_link');
  const result = await inAuthScope(ctx, tenant.id, async (tx) => {
    const used = await consumeToken(ctx, tx, tenant.id, 'magic_link', input.token);
    const identity = used && (await store.findByTokenOwner(tx, used));
    return identity ? openSession(ctx, tx, store, tenant, identity, 'auth.login_magic_link') : null;
  });
  if (!result) throw invalidLink('magic_link');
  return result;
}

export type PasswordLinkPurpose = Extract<TokenPurpose, 'password_reset' | 'invitation'>;

interface PasswordLinkMove {
  from: readonly AccountStatus[];
  to: AccountStatus;
  action: AuthAction;
  endSessions: boolean;
}

const PASSWORD_LINK: Record<PasswordLinkPurpose, PasswordLinkMove> = {
  // A reset keeps an active account active and ends its sessions: it may follow a compromise.
  password_reset: { from: ['active'], to: 'active', action: 'auth.password_reset', endSessions: true },
  invitation: { ...ACCOUNT_MOVES.acceptInvitation, action: 'auth.invitation_accepted', endSessions: false },
};

/**
 * Sets a password from the token of an emailed link (password reset or invitation) and signs in.
 * The password is checked before the token is spent, so a refused password keeps the link usable.
 */
export async function setPasswordFromLink<P>(
  ctx: RequestContext,
  store: IdentityStore<P>,
  purpose: PasswordLinkPurpose,
  input: { tenantSlug: string; token: string; password: string; field: string },
): Promise<SignInResult<P>> {
  const move = PASSWORD_LINK[purpose];
  assertStrongPassword(input.password, '', input.field);
  const tenant = await findTenantBySlug(ctx, input.tenantSlug);
  if (!tenant) throw invalidLink(purpose);
  const identity = await inAuthScope(ctx, tenant.id, async (tx) => {
    const token = await findUsableToken(ctx, tx, tenant.id, purpose, input.token);
    return token && store.findByTokenOwner(tx, token);
  });
  if (!identity || !move.from.includes(identity.status)) throw invalidLink(purpose);
  assertStrongPassword(input.password, identity.email, input.field);
  const passwordHash = await hashPassword(input.password);
  const callerSession = ownSessionOfCaller(ctx, store, identity);
  const result = await inAuthScope(ctx, tenant.id, async (tx) => {
    const used = await consumeToken(ctx, tx, tenant.id, purpose, input.token);
    const owner = used && (await store.findByTokenOwner(tx, used));
    if (owner?.id !== identity.id) return null;
    if (!(await store.update(tx, identity, move.from, { status: move.to, passwordHash }))) return null;
    if (move.endSessions) await revokeSessions(ctx, tx, tenant.id, store.sessionHolder(identity), callerSession?.sessionId);
    await retireTokens(ctx, tx, tenant.id, store.tokenOwner(identity), purpose === 'invitation' ? ['invitation'] : ['password_reset', 'magic_link']);
    return openSession(ctx, tx, store, tenant, identity, move.action);
  });
  if (!result) throw invalidLink(purpose);
  if (move.endSessions && callerSession) await revokeSession(ctx, callerSession.tx, tenant.id, store.sessionHolder(identity), callerSession.sessionId);
  // Whoever holds the mailbox has proven it: earlier failed sign-ins no longer count.
  await clearLimit(ctx, LIMITS.loginAccount, accountSubject(store.kind, tenant.id, identity.email));
  return result;
}

/**
 * The caller's own session when they are signed in as this very identity (a reset link opened in
 * a browser that is still signed in). The request's transaction may hold that session's row
 * locked (sessions.ts refreshes lastSeenAt), so a sign-in flow's own transaction must leave it
 * alone and end it through the request's transaction instead, or the two would wait on each other.
 */
function ownSessionOfCaller<P>(ctx: RequestContext, store: IdentityStore<P>, identity: Identity<P>): { tx: Tx; sessionId: string } | null {
  const caller = ctx.principal;
  if (!ctx.tx || caller.kind === 'anonymous' || caller.kind !== store.kind) return null;
  const callerIdentity = caller.kind === 'customer' ? caller.accountId : caller.staffUserId;
  return callerIdentity === identity.id ? { tx: ctx.tx, sessionId: caller.sessionId } : null;
}

/** The signed-in caller, customer or staff, as the flows below need them. */
export interface SignedIn {
  tx: Tx;
  tenantId: string;
  sessionId: string;
  /** Portal account id or staff user id. */
  identityId: string;
  holder: SessionHolder;
  actorType: ActorType;
  actorId: string;
  customerId: string | null;
}

export function signedInCustomer(ctx: RequestContext): SignedIn {
  const { tx, principal } = customerScope(ctx);
  return {
    tx,
    tenantId: principal.tenantId,
    sessionId: principal.sessionId,
    identityId: principal.accountId,
    holder: { portalAccountId: principal.accountId },
    actorType: 'customer',
    actorId: principal.customerId,
    customerId: principal.customerId,
  };
}

export function signedInStaff(ctx: RequestContext): SignedIn {
  const { tx, principal } = staffScope(ctx);
  return {
    tx,
    tenantId: principal.tenantId,
    sessionId: principal.sessionId,
    identityId: principal.staffUserId,
    holder: { staffUserId: principal.staffUserId },
    actorType: 'staff',
    actorId: principal.staffUserId,
    customerId: null,
  };
}

function logAs(ctx: RequestContext, me: SignedIn, action: AuthAction, subjectId?: string): Promise<void> {
  return recordActivity({ ...ctx, tx: me.tx }, { tenantId: me.tenantId, actorType: me.actorType, actorId: me.actorId, customerId: me.customerId, action, subjectId });
}

/** Ends the caller's own session. */
export async function signOut(ctx: RequestContext, me: SignedIn): Promise<void> {
  await revokeSession(ctx, me.tx, me.tenantId, me.holder, me.sessionId);
  await logAs(ctx, me, 'auth.logout');
}

export type OwnSession = SignedInSession;

/** The caller's sessions that still work: this one first, then the others by when they were last used. */
export async function ownSessions(ctx: RequestContext, me: SignedIn): Promise<OwnSession[]> {
  const rows = await listOpenSessions(ctx, me.tx, me.tenantId, me.holder, await currentTenant(ctx));
  const sessions = rows.map((row): OwnSession => {
    const names = deviceNames(row.userAgent);
    return { ...row, ...names, deviceType: DEVICE_TYPE_CHECK[names.deviceType], current: row.id === me.sessionId };
  });
  return [...sessions.filter((s) => s.current), ...sessions.filter((s) => !s.current)];
}

/** Ends every other session of the caller that still works; how many ended, and the sessions left (this one). */
export async function endOtherOwnSessions(ctx: RequestContext, me: SignedIn): Promise<{ endedCount: number; sessions: OwnSession[] }> {
  const endedCount = await revokeOtherOpenSessions(ctx, me.tx, me.tenantId, me.holder, me.sessionId, await currentTenant(ctx));
  if (endedCount > 0) await logAs(ctx, me, 'auth.other_sessions_revoked');
  return { endedCount, sessions: await ownSessions(ctx, me) };
}

/** Ends one of the caller's sessions; says whether it was the one of this request. */
export async function endOwnSession(ctx: RequestContext, me: SignedIn, sessionId: string): Promise<{ current: boolean }> {
  if (!isId(sessionId) || !(await revokeSession(ctx, me.tx, me.tenantId, me.holder, sessionId))) throw new NotFound('This session');
  await logAs(ctx, me, 'auth.session_revoked', sessionId);
  return { current: sessionId === me.sessionId };
}

/** Changes the caller's password after checking the current one; ends every other session. */
export async function changeOwnPassword<P>(ctx: RequestContext, me: SignedIn, store: IdentityStore<P>, input: { currentPassword: string; newPassword: string }): Promise<void> {
  const identity = await store.findById(me.tx, me.identityId);
  if (!identity) throw new Unauthenticated();
  assertStrongPassword(input.newPassword, identity.email, 'newPassword');
  if (!identity.passwordHash) {
    throw new BadInput('currentPassword', 'Your account has no password yet. Use "Forgot your password?" on the sign-in page to set one.');
  }
  // Counted outside the request's transaction, which a wrong password rolls back.
  const subject = `${store.kind}:${identity.id}`;
  await enforce(ctx, LIMITS.passwordCheck, subject);
  if (!(await verifyPassword(identity.passwordHash, input.currentPassword))) {
    throw new BadInput('currentPassword', 'Your current password is not correct.');
  }
  await clearLimit(ctx, LIMITS.passwordCheck, subject);
  const passwordHash = await hashPassword(input.newPassword);
  if (!(await store.update(me.tx, identity, ['active'], { passwordHash }))) throw new Unauthenticated();
  await revokeSessions(ctx, me.tx, me.tenantId, me.holder, me.sessionId);
  await logAs(ctx, me, 'auth.password_changed');
}
