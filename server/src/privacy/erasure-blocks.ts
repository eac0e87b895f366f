// Why a customer's erasure cannot happen now, reading what the two rules need: an unpaid balance
// first (ERASURE_BLOCKED_UNPAID), then running work (ERASURE_BLOCKED_CONTRACT); null when nothing blocks.
import type { ScopedContext } from '../context/context.js';
import { todayIn } from '../common/dates.js';
import { scopeTenant } from '../platform/current-tenant.js';
import { activeContractBlocksErasure, ERASURE_BLOCKED_CONTRACT } from './erasure-blocked-contract.js';
import { ERASURE_BLOCKED_UNPAID, unpaidBalanceBlocksErasure } from './erasure-blocked-unpaid.js';

export type ErasureBlock = 'ERASURE_BLOCKED_UNPAID' | 'ERASURE_BLOCKED_CONTRACT';

export async function erasureBlock(ctx: ScopedContext, customerId: string): Promise<ErasureBlock | null> {
  const { tx } = ctx;
  const invoices = await tx.invoice.findMany({ where: { customerId, status: 'issued' }, select: { status: true, totalMinor: true, paidMinor: true, creditedMinor: true } });
  if (unpaidBalanceBlocksErasure(invoices)) return ERASURE_BLOCKED_UNPAID;
  const tenant = await scopeTenant(ctx);
  const today = new Date(`${todayIn(tenant.timeZone, ctx.now())}T00:00:00Z`);
  const [agreements, meterContracts, projects, jobs] = await Promise.all([
    tx.serviceAgreement.findMany({ where: { customerId, active: true }, select: { active: true }, take: 1 }),
    tx.meterContract.findMany({ where: { customerId, active: true }, select: { active: true, endsOn: true } }),
    tx.project.findMany({ where: { customerId, status: { in: ['planning', 'in_progress', 'on_hold'] } }, select: { status: true }, take: 1 }),
    tx.job.findMany({ where: { customerId, status: { in: ['requested', 'scheduled', 'in_progress'] } }, select: { status: true }, take: 1 }),
  ]);
  return activeContractBlocksErasure({ agreements, meterContracts, projects, jobs }, today) ? ERASURE_BLOCKED_CONTRACT : null;
}
