// The sign-in flows, written once for both kinds of identity (identities.ts): password sign-in,
// signing in with an emailed link (asking for one: email-links.ts), setting a password from a link (reset, invitation),
// and what a signed-in person does with their own sessions and password.
//
// Anonymous flows never use the request's transaction: they resolve the tenant from its slug and
// work in short transactions of their own with the RLS role 'auth'. argon2 runs between those
// transactions, never while one holds a pooled connection. Whatever must survive a refused
// attempt (the failure's log row, rate-limit counters) is committed before the error is thrown.
import type { RequestContext, ScopedContext, SignedInContext } from '../context/context.js';
import type { Tenant } from '../generated/prisma/client.js';
import type { AccountStatus, ActorType, TokenPurpose } from '../generated/prisma/enums.js';
import { isId } from '../common/ids.js';
import { NotFound, Unauthenticated } from '../errors/errors.js';
import { findTenantBySlug } from '../tenants/tenants.service.js';
import { ACCOUNT_MOVES } from './account-status.js';
import { recordActivity, type AuthAction } from '../activity/activity.js';
import { cleanEmail, inAuthScope, invalidLink, wrongCredentials } from './auth.shared.js';
import { DEVICE_TYPE_CHECK, type LoginInput, type MagicLinkLoginInput, type SignedInSession } from './auth.types.js';
import type { Identity, IdentityStore } from './identities.js';
import { consumeToken, findUsableToken, retireTokens } from './one-time-tokens.js';
import { assertStrongPassword, hashPassword, noPasswordYet, verifyPassword, wrongCurrentPassword } from './passwords.js';
import { accountSubject, clearLimit, enforce, LIMITS, loginIpLimit } from './rate-limit.js';
import { listOpenSessions, revokeOtherOpenSessions, revokeSession, revokeSessions, startSession, type SessionHolder, type StartedSession } from './sessions.js';
import { deviceNames } from './device-names.js';
import { currentTenant } from '../platform/current-tenant.js';

export interface SignInResult<P> extends StartedSession {
  profile: P;
}

/** Opens a session if the identity is (still) active, and logs the sign-in. */
async function openSession<P>(auth: ScopedContext, store: IdentityStore<P>, tenant: Tenant, identity: Identity<P>, action: AuthAction): Promise<SignInResult<P> | null> {
  if (!(await store.confirmSignIn(auth, identity))) return null;
  // A customer's identity is one of the account's contacts: the audit log names who signed in.
  const contactId = store.kind === 'customer' ? identity.id : null;
  await recordActivity(auth, { tenantId: tenant.id, actorType: store.actorType, actorId: identity.actorId, customerId: identity.customerId, contactId, action });
  const session = await startSession(auth, store.sessionOwner(tenant.id, identity));
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
  const identity = await inAuthScope(ctx, tenant.id, (auth) => store.findByEmail(auth, email));
  const passwordOk = await verifyPassword(identity?.passwordHash, input.password);
  const result = await inAuthScope(ctx, tenant.id, async (auth) => {
    if (identity && passwordOk && identity.status === 'active') {
      const signedIn = await openSession(auth, store, tenant, identity, 'auth.login');
      if (signedIn) return signedIn;
    }
    await recordActivity(auth, {
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
  const result = await inAuthScope(ctx, tenant.id, async (auth) => {
    const used = await consumeToken(auth, tenant.id, 'magic_link', input.token);
    const identity = used && (await store.findByTokenOwner(auth, used));
    return identity ? openSession(auth, store, tenant, identity, 'auth.login_magic_link') : null;
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
  const identity = await inAuthScope(ctx, tenant.id, async (auth) => {
    const token = await findUsableToken(auth, tenant.id, purpose, input.token);
    return token && store.findByTokenOwner(auth, token);
  });
  if (!identity || !move.from.includes(identity.status)) throw invalidLink(purpose);
  assertStrongPassword(input.password, identity.email, input.field);
  const passwordHash = await hashPassword(input.password);
  const callerSession = ownSessionOfCaller(ctx, store, identity);
  const result = await inAuthScope(ctx, tenant.id, async (auth) => {
    const used = await consumeToken(auth, tenant.id, purpose, input.token);
    const owner = used && (await store.findByTokenOwner(auth, used));
    if (owner?.id !== identity.id) return null;
    if (!(await store.update(auth, identity, move.from, { status: move.to, passwordHash }))) return null;
    if (move.endSessions) await revokeSessions(auth, tenant.id, store.sessionHolder(identity), callerSession?.sessionId);
    await retireTokens(auth, tenant.id, store.tokenOwner(identity), purpose === 'invitation' ? ['invitation'] : ['password_reset', 'magic_link']);
    return openSession(auth, store, tenant, identity, move.action);
  });
  if (!result) throw invalidLink(purpose);
  if (move.endSessions && callerSession) await revokeSession(callerSession.request, tenant.id, store.sessionHolder(identity), callerSession.sessionId);
  // Whoever holds the mailbox has proven it: earlier failed sign-ins no longer count.
  await clearLimit(ctx, LIMITS.loginAccount, accountSubject(store.kind, tenant.id, identity.email));
  return result;
}

/**
 * The caller's own context when they are signed in as this very identity (a reset link opened in
 * a browser that is still signed in). The request's transaction may hold that session's row
 * locked (sessions.ts refreshes lastSeenAt), so a sign-in flow's own transaction must leave it
 * alone and end it through the request's transaction instead, or the two would wait on each other.
 */
function ownSessionOfCaller<P>(ctx: RequestContext, store: IdentityStore<P>, identity: Identity<P>): { request: ScopedContext; sessionId: string } | null {
  const caller = ctx.principal;
  if (!ctx.tx || caller.kind === 'anonymous' || caller.kind !== store.kind) return null;
  const callerIdentity = caller.kind === 'customer' ? caller.accountId : caller.staffUserId;
  return callerIdentity === identity.id ? { request: { ...ctx, tx: ctx.tx }, sessionId: caller.sessionId } : null;
}

/** The signed-in caller, customer or staff, as the flows below need them. */
interface SignedIn {
  tenantId: string;
  sessionId: string;
  /** Portal account id or staff user id. */
  identityId: string;
  holder: SessionHolder;
  actorType: ActorType;
  actorId: string;
  customerId: string | null;
}

function signedIn({ principal }: SignedInContext): SignedIn {
  const { tenantId, sessionId } = principal;
  return principal.kind === 'customer'
    ? {
        tenantId,
        sessionId,
        identityId: principal.accountId,
        holder: { portalAccountId: principal.accountId },
        actorType: 'customer',
        actorId: principal.customerId,
        customerId: principal.customerId,
      }
    : {
        tenantId,
        sessionId,
        identityId: principal.staffUserId,
        holder: { staffUserId: principal.staffUserId },
        actorType: 'staff',
        actorId: principal.staffUserId,
        customerId: null,
      };
}

function logAs(ctx: SignedInContext, action: AuthAction, subjectId?: string): Promise<void> {
  const me = signedIn(ctx);
  return recordActivity(ctx, { tenantId: me.tenantId, actorType: me.actorType, actorId: me.actorId, customerId: me.customerId, action, subjectId });
}

/** Ends the caller's own session. */
export async function signOut(ctx: SignedInContext): Promise<void> {
  const me = signedIn(ctx);
  await revokeSession(ctx, me.tenantId, me.holder, me.sessionId);
  await logAs(ctx, 'auth.logout');
}

export type OwnSession = SignedInSession;

/** The caller's sessions that still work: this one first, then the others by when they were last used. */
export async function ownSessions(ctx: SignedInContext): Promise<OwnSession[]> {
  const me = signedIn(ctx);
  const rows = await listOpenSessions(ctx, me.tenantId, me.holder, await currentTenant(ctx));
  const sessions = rows.map((row): OwnSession => {
    const { deviceType, ...names } = deviceNames(row.userAgent);
    return { ...row, ...names, deviceType: DEVICE_TYPE_CHECK[deviceType], current: row.id === me.sessionId };
  });
  return [...sessions.filter((s) => s.current), ...sessions.filter((s) => !s.current)];
}

/** Ends every other session of the caller that still works; how many ended, and the sessions left (this one). */
export async function endOtherOwnSessions(ctx: SignedInContext): Promise<{ endedCount: number; sessions: OwnSession[] }> {
  const me = signedIn(ctx);
  const endedCount = await revokeOtherOpenSessions(ctx, me.tenantId, me.holder, me.sessionId, await currentTenant(ctx));
  if (endedCount > 0) await logAs(ctx, 'auth.other_sessions_revoked');
  return { endedCount, sessions: await ownSessions(ctx) };
}

/** Ends one of the caller's sessions; says whether it was the one of this request. */
export async function endOwnSession(ctx: SignedInContext, sessionId: string): Promise<{ current: boolean }> {
  const me = signedIn(ctx);
  if (!isId(sessionId) || !(await revokeSession(ctx, me.tenantId, me.holder, sessionId))) throw new NotFound('This session');
  await logAs(ctx, 'auth.session_revoked', sessionId);
  return { current: sessionId === me.sessionId };
}

/** Changes the caller's password after checking the current one; ends every other session. */
export async function changeOwnPassword<P>(ctx: SignedInContext, store: IdentityStore<P>, input: { currentPassword: string; newPassword: string }): Promise<void> {
  const me = signedIn(ctx);
  const identity = await store.findById(ctx, me.identityId);
  if (!identity) throw new Unauthenticated();
  assertStrongPassword(input.newPassword, identity.email, 'newPassword');
  if (!identity.passwordHash) throw noPasswordYet();
  // Counted outside the request's transaction, which a wrong password rolls back.
  const subject = `${store.kind}:${identity.id}`;
  await enforce(ctx, LIMITS.passwordCheck, subject);
  if (!(await verifyPassword(identity.passwordHash, input.currentPassword))) throw wrongCurrentPassword();
  await clearLimit(ctx, LIMITS.passwordCheck, subject);
  const passwordHash = await hashPassword(input.newPassword);
  if (!(await store.update(ctx, identity, ['active'], { passwordHash }))) throw new Unauthenticated();
  await revokeSessions(ctx, me.tenantId, me.holder, me.sessionId);
  await logAs(ctx, 'auth.password_changed');
}
