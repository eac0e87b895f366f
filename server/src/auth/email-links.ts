// Magic-link and password-reset requests, in two halves so that nothing in the answer, its
// timing included, depends on whether the account exists. The request does the same work for
// every email: it counts the request against the limits and queues it. The worker's
// 'sign-in-link' task then looks the account up, issues the token and writes the email.
import type { AppDeps, RequestContext } from '../context/context.js';
import type { Endpoint } from '../context/principal.js';
import type { CustomerProfile } from '../customers/customers.types.js';
import { newContext, withScope } from '../platform/scope.js';
import type { Tenant } from '../generated/prisma/client.js';
import type { TokenPurpose } from '../generated/prisma/enums.js';
import type { OutgoingEmail } from '../mail/mailer.js';
import type { StaffProfile } from '../staff/staff.types.js';
import { portalLinks } from '../communications/portal-links.js';
import { findTenantBySlug } from '../tenants/tenants.service.js';
import { recordActivity, type AuthAction } from '../activity/activity.js';
import { emailLanguage } from '../platform/email-locale.js';
import { adminLinks, letter, sendFromSignInFlow } from './auth.emails.js';
import { cleanEmail, inAuthScope } from './auth.shared.js';
import type { EmailLinkRequestInput } from './auth.types.js';
import { customerIdentities, staffIdentities, type Identity, type IdentityStore } from './identities.js';
import { issueToken } from './one-time-tokens.js';
import { accountSubject, enforce, hit, LIMITS } from './rate-limit.js';

export type EmailLinkPurpose = Extract<TokenPurpose, 'magic_link' | 'password_reset'>;
export type IdentityKind = 'customer' | 'staff';

type Compose<P> = (ctx: RequestContext, tenant: Tenant, identity: Identity<P>, token: string) => OutgoingEmail;

interface LinkKind<P> {
  store: IdentityStore<P>;
  endpoint: Endpoint;
  /** The links this kind of account may ask for (queue_sign_in_link in the database agrees). */
  compose: Partial<Record<EmailLinkPurpose, Compose<P>>>;
}

function customerEmail(kind: 'magicLink' | 'passwordReset', link: (portalUrl: string, tenant: Tenant, token: string) => string): Compose<CustomerProfile> {
  return (ctx, tenant, identity, token) => {
    const values = { business: tenant.name, name: identity.name, link: link(ctx.deps.config.portalUrl, tenant, token) };
    const { subject, text } = letter(kind, emailLanguage(identity.locale, tenant.locale), values);
    return { tenantId: tenant.id, customerId: identity.customerId ?? undefined, to: identity.email, subject, text };
  };
}

const LINKS: { customer: LinkKind<CustomerProfile>; staff: LinkKind<StaffProfile> } = {
  customer: {
    store: customerIdentities,
    endpoint: 'portal',
    compose: {
      magic_link: customerEmail('magicLink', portalLinks.magicLink),
      password_reset: customerEmail('passwordReset', portalLinks.passwordReset),
    },
  },
  staff: {
    store: staffIdentities,
    endpoint: 'admin',
    compose: {
      password_reset: (ctx, tenant, identity, token) => {
        const link = adminLinks.passwordReset(ctx, tenant.slug, token);
        const { subject, text } = letter('passwordReset', emailLanguage(identity.locale, tenant.locale), { business: tenant.name, name: identity.name, link });
        return { tenantId: tenant.id, to: identity.email, subject, text };
      },
    },
  },
};

/**
 * Asks for a link to be emailed to the active account with this email, if there is one. The
 * answer is `true` whatever happens, and the work is the same for any email: the per-address
 * limit (RATE_LIMITED), the tenant (public: its portal has a URL), the per-email quota (over it,
 * the request is dropped silently) and one queued job. No account is read here.
 */
export async function requestEmailLink(ctx: RequestContext, kind: IdentityKind, input: EmailLinkRequestInput, purpose: EmailLinkPurpose): Promise<true> {
  const email = cleanEmail(input.email);
  if (ctx.client.ip) await enforce(ctx, LIMITS.emailIp, ctx.client.ip);
  const tenant = await findTenantBySlug(ctx, input.tenantSlug);
  if (!tenant) return true;
  const quota = await hit(ctx, LIMITS.emailAccount, accountSubject(kind, tenant.id, email));
  if (!quota.allowed) return true;
  try {
    await inAuthScope(
      ctx,
      tenant.id,
      (auth) => auth.tx.$executeRaw`SELECT queue_sign_in_link(${kind}::text, ${purpose}::text, ${email}::text, ${ctx.client.ip}::text, ${ctx.client.userAgent}::text)`,
    );
  } catch (error) {
    ctx.log.error({ err: error, purpose }, 'could not queue a sign-in link');
  }
  return true;
}

/** What the request queued (queue_sign_in_link). */
export interface SignInLinkJob {
  tenantId: string;
  kind: IdentityKind;
  purpose: EmailLinkPurpose;
  email: string;
  ip: string | null;
  userAgent: string | null;
}

const nullableText = (value: unknown) => value === null || value === undefined || typeof value === 'string';

export function isSignInLinkJob(value: unknown): value is SignInLinkJob {
  const p = value as Partial<Record<keyof SignInLinkJob, unknown>> | null;
  return (
    typeof p?.tenantId === 'string' &&
    (p.kind === 'customer' || p.kind === 'staff') &&
    (p.purpose === 'magic_link' || p.purpose === 'password_reset') &&
    typeof p.email === 'string' &&
    nullableText(p.ip) &&
    nullableText(p.userAgent)
  );
}

const REQUESTED: Record<EmailLinkPurpose, AuthAction> = {
  magic_link: 'auth.magic_link_requested',
  password_reset: 'auth.password_reset_requested',
};

/**
 * The worker's half: emails the link to the active account with this email (its confirmed
 * login address), and logs the request with the asker's address. Nothing for an unknown email or
 * an account that is not active. A failure throws, and the queue retries.
 */
export async function sendSignInLink(deps: AppDeps, job: SignInLinkJob): Promise<boolean> {
  return job.kind === 'customer' ? sendLink(deps, LINKS.customer, job) : sendLink(deps, LINKS.staff, job);
}

async function sendLink<P>(deps: AppDeps, kind: LinkKind<P>, job: SignInLinkJob): Promise<boolean> {
  const compose = kind.compose[job.purpose];
  if (!compose) return false;
  const ctx = jobContext(deps, kind.endpoint, job);
  // The job's context has no transaction: each scope here is a transaction of its own.
  const tenant = await withScope(ctx, { tenantId: job.tenantId, role: 'public' }, (open) => open.tx.tenant.findUnique({ where: { id: job.tenantId } }));
  if (!tenant) return false;
  const outgoing = await inAuthScope(ctx, tenant.id, async (auth) => {
    const identity = await kind.store.findByEmail(auth, job.email);
    if (identity?.status !== 'active') return null;
    const token = await issueToken(auth, tenant.id, job.purpose, kind.store.tokenOwner(identity));
    await recordActivity(auth, {
      tenantId: tenant.id,
      actorType: kind.store.actorType,
      actorId: identity.actorId,
      customerId: identity.customerId,
      action: REQUESTED[job.purpose],
    });
    return compose(ctx, tenant, identity, token);
  });
  if (!outgoing) return false;
  await sendFromSignInFlow(ctx, outgoing);
  return true;
}

/** The sign-in flows' context for work done on the request's behalf: anonymous, from the asker's address. */
function jobContext(deps: AppDeps, endpoint: Endpoint, job: SignInLinkJob): RequestContext {
  return newContext({ deps, endpoint, client: { ip: job.ip, userAgent: job.userAgent } });
}
