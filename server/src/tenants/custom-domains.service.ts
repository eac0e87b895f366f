// Custom domains are proven, not claimed. A business asks for a domain (its settings): that
// makes a pending claim with a token of its own, and nothing is served there. Once the TXT record
// `_portico-verification.<domain>` = `portico-verification=<token>` is found ("Check now" or the
// worker), the claim is verified and tenants.custom_domain names the domain: only then do the
// portal's routing (tenant_id_by_domain), cookie origins and email links use it. Several
// businesses may have one domain pending; the first to prove it wins, the others get CONFLICT.
import type { ScopedContext, StaffContext } from '../context/context.js';
import { AppError, BadInput } from '../errors/errors.js';
import type { CustomDomain } from '../generated/prisma/client.js';
import { enforce, type Limit } from '../auth/rate-limit.js';
import { checkProof, newProofToken, problemMessage, proofRecord, type ProofCheck } from './custom-domains.proof.js';
import { afterCheck, type CheckResult, type CheckSource } from './custom-domains.state.js';
import type { CustomDomainVerification } from './tenants.types.js';
import { forgetCurrentTenant } from '../platform/current-tenant.js';
import { inTenantScope } from '../platform/scope.js';
import type { TenantFilter, WorkerDeps } from '../worker/context.js';

/** Each check queries DNS (a few seconds at worst): a business may ask 10 times per 15 minutes. */
export const VERIFY_LIMIT: Limit = { name: 'custom-domain:verify', max: 10, windowSeconds: 15 * 60 };

export class DomainTaken extends AppError {
  constructor(domain: string) {
    super('CONFLICT', problemMessage('domain_taken', domain), { reason: 'DOMAIN_TAKEN', field: 'customDomain' });
  }
}

export function toVerification(claim: CustomDomain): CustomDomainVerification {
  const record = proofRecord(claim.domain, claim.token);
  return {
    domain: claim.domain,
    status: claim.status,
    recordType: 'TXT',
    recordName: record.name,
    recordValue: record.value,
    checkedAt: claim.checkedAt,
    nextCheckAt: claim.nextCheckAt,
    verifiedAt: claim.verifiedAt,
    problem: claim.problem,
    problemMessage: claim.problem && problemMessage(claim.problem, claim.domain),
  };
}

export function customDomainClaim(ctx: StaffContext): Promise<CustomDomain | null> {
  return ctx.tx.customDomain.findUnique({ where: { tenantId: ctx.principal.tenantId } });
}

/** The business's claim, locked until the transaction ends: two checks of it never interleave. */
async function lockedClaim({ tx }: ScopedContext, tenantId: string): Promise<CustomDomain | null> {
  await tx.$queryRaw`SELECT 1 FROM custom_domains WHERE tenant_id = ${tenantId}::uuid FOR UPDATE`;
  return tx.customDomain.findUnique({ where: { tenantId } });
}

/** The business that has proven this domain, if any (a SECURITY DEFINER lookup past RLS). */
async function verifiedHolder({ tx }: ScopedContext, domain: string): Promise<string | null> {
  const rows = await tx.$queryRaw<{ id: string | null }[]>`SELECT tenant_id_by_domain(${domain}) AS id`;
  return rows[0]?.id ?? null;
}

/**
 * The business asks for `domain` (normalised), or for none. The same domain again changes
 * nothing (its token and proof stay); another one starts a new pending claim with a new token,
 * and the previous domain stops serving at once. A domain another business has proven is CONFLICT.
 * Answers the claim as it is afterwards (null: none).
 */
export async function claimCustomDomain(ctx: StaffContext, domain: string | null): Promise<CustomDomain | null> {
  const { tx, principal } = ctx;
  const tenantId = principal.tenantId;
  const current = await tx.customDomain.findUnique({ where: { tenantId } });
  if ((current?.domain ?? null) === domain) return current;
  let claim: CustomDomain | null = null;
  if (domain === null) {
    await tx.customDomain.deleteMany({ where: { tenantId } });
  } else {
    const holder = await verifiedHolder(ctx, domain);
    if (holder && holder !== tenantId) throw new DomainTaken(domain);
    const now = ctx.now();
    const fresh = {
      domain,
      token: newProofToken(),
      status: 'pending' as const,
      problem: null,
      misses: 0,
      pendingSince: now,
      checkedAt: null,
      nextCheckAt: now,
      verifiedAt: null,
    };
    claim = await tx.customDomain.upsert({ where: { tenantId }, create: { tenantId, ...fresh }, update: fresh });
  }
  await tx.tenant.update({ where: { id: tenantId }, data: { customDomain: null } });
  forgetCurrentTenant(ctx);
  return claim;
}

/**
 * Applies one check's result to the claim, in a context scoped to its tenant, at the context's
 * instant. A found proof makes the domain served unless another business has proven it first:
 * verifications of one domain are serialised by a lock on its name, so of two at once the second
 * sees the first's commit.
 */
async function applyCheck(ctx: ScopedContext, claim: CustomDomain, proof: ProofCheck, source: CheckSource): Promise<{ claim: CustomDomain; taken: boolean }> {
  const { tx } = ctx;
  let result: CheckResult = proof;
  if (proof.found && claim.status !== 'verified') {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`custom-domain:${claim.domain}`}, 0))`;
    const holder = await verifiedHolder(ctx, claim.domain);
    if (holder && holder !== claim.tenantId) result = { found: false, problem: 'domain_taken' };
  }
  const { serving, ...change } = afterCheck(claim, result, ctx.now(), source);
  if (serving !== 'keep') {
    await tx.tenant.update({ where: { id: claim.tenantId }, data: { customDomain: serving === 'start' ? claim.domain : null } });
  }
  const updated = await tx.customDomain.update({ where: { tenantId: claim.tenantId }, data: change });
  return { claim: updated, taken: !result.found && result.problem === 'domain_taken' };
}

/** "Check now": looks for the proof at once (owners and admins; rate-limited per business). */
export async function verifyCustomDomain(ctx: StaffContext): Promise<CustomDomainVerification> {
  const { principal } = ctx;
  await enforce(ctx, VERIFY_LIMIT, principal.tenantId);
  const claim = await lockedClaim(ctx, principal.tenantId);
  if (!claim) throw new BadInput('customDomain', 'Set a custom domain first.', 'NO_CUSTOM_DOMAIN');
  const proof = await checkProof(ctx.deps.dns, claim.domain, claim.token);
  const result = await applyCheck(ctx, claim, proof, 'manual');
  if (result.taken) throw new DomainTaken(claim.domain);
  if (result.claim.status !== claim.status) ctx.log.info({ domain: claim.domain, status: result.claim.status }, 'custom domain status changed');
  forgetCurrentTenant(ctx);
  return toVerification(result.claim);
}

const DNS_BATCH = 8;

/** A cron tick may come a little before an hour after the last check: it still counts as due. */
const DUE_SLACK_MS = 5 * 60_000;

export interface RecheckResult {
  checked: number;
  verified: number;
  lapsed: number;
  failed: number;
}

/**
 * The worker's periodic check of every claim that is due (pending hourly, verified daily). DNS is
 * queried outside any transaction; each result is applied in its tenant's own scope, and only if
 * the claim is still the one that was checked (the business may have changed it meanwhile).
 */
export async function recheckCustomDomains(deps: WorkerDeps, filter: TenantFilter = {}): Promise<RecheckResult> {
  const now = deps.now();
  const due = await deps.owner.customDomain.findMany({
    where: { nextCheckAt: { lte: new Date(now.getTime() + DUE_SLACK_MS) }, ...(filter.tenantIds ? { tenantId: { in: filter.tenantIds } } : {}) },
    select: { tenantId: true, domain: true, token: true },
    orderBy: { nextCheckAt: 'asc' },
  });
  const result: RecheckResult = { checked: 0, verified: 0, lapsed: 0, failed: 0 };
  // A few lookups at a time: a slow DNS server delays its batch, not every other business.
  for (let i = 0; i < due.length; i += DNS_BATCH) {
    const batch = due.slice(i, i + DNS_BATCH);
    const proofs = await Promise.all(batch.map((item) => checkProof(deps.dns, item.domain, item.token)));
    for (const [index, item] of batch.entries()) {
      const proof = proofs[index];
      if (!proof) continue;
      try {
        await inTenantScope(deps, { tenantId: item.tenantId, role: 'system' }, async (system) => {
          const claim = await lockedClaim(system, item.tenantId);
          if (!claim || claim.domain !== item.domain || claim.token !== item.token) return;
          const applied = await applyCheck(system, claim, proof, 'worker');
          result.checked += 1;
          const status = applied.claim.status;
          if (status === claim.status) return;
          deps.log.info({ tenantId: item.tenantId, domain: item.domain, from: claim.status, to: status, problem: applied.claim.problem }, 'custom domain status changed');
          if (status === 'verified') result.verified += 1;
          else if (claim.status === 'verified') result.lapsed += 1;
          else if (status === 'failed') result.failed += 1;
        });
      } catch (error) {
        // One business's trouble must not hold back the others' checks; the next run retries it.
        deps.log.error({ err: error, tenantId: item.tenantId, domain: item.domain }, 'custom domain check failed');
      }
    }
  }
  return result;
}
