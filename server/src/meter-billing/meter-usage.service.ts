// What a device's readings mean for the period running today, for the customer as they submit a
// reading (the portal) and for the office: volume so far, allowance left, and the projection at
// the current pace. Proposed readings are taken as the latest, at the request's instant.
import type { SignedInContext } from '../context/context.js';
import { todayIn } from '../common/dates.js';
import { isId } from '../common/ids.js';
import { BadInput, NotFound } from '../errors/errors.js';
import { currentTenant } from '../platform/current-tenant.js';
import { assetContractRow, storedTiers } from './meter-contracts.service.js';
import { daysElapsed, daysInPeriod, periodClosesAt, periodContaining } from './meter-period.js';
import { countedSince, meterStarts } from './meter-openings.js';
import { periodVolume } from './estimate-true-up.js';
import { periodCharge } from './meter-charge.js';
import { projectUsage } from './usage-projection.js';
import { toLocalDate } from '../common/dates.js';
import type { MeterUsage, MeterUsageLine, ProposedReadingInput } from './meter-billing.types.js';

export async function meterUsage(ctx: SignedInContext, assetId: string, proposed: ProposedReadingInput[]): Promise<MeterUsage | null> {
  const { tx } = ctx;
  // Row-level security: a customer finds only their own devices.
  const asset = isId(assetId) ? await tx.asset.findFirst({ where: { id: assetId }, select: { id: true, meters: { select: { id: true } } } }) : null;
  if (!asset) throw new NotFound('This device');
  const deviceMeters = new Set(asset.meters.map((m) => m.id));
  for (const reading of proposed) {
    if (!deviceMeters.has(reading.meterId)) throw new BadInput('proposed', 'This reading is for a meter of another device.', 'NOT_DEVICE_METER');
  }
  const contract = await assetContractRow(ctx, asset.id);
  if (!contract) return null;
  const tenant = await currentTenant(ctx);
  const now = ctx.now();
  const today = todayIn(tenant.timeZone, now);
  const terms = { startsOn: toLocalDate(contract.startsOn) ?? '', endsOn: toLocalDate(contract.endsOn), periodMonths: contract.periodMonths, billingDay: contract.billingDay };
  const period = periodContaining(terms, today);
  if (!period) return null;
  const closesAt = periodClosesAt(period, tenant.timeZone);
  const starts = await meterStarts(
    ctx,
    contract.id,
    period,
    contract.rates.map((r) => r.meterId),
    tenant.timeZone,
  );
  const meters: MeterUsageLine[] = [];
  for (const rate of contract.rates) {
    const start = starts.get(rate.meterId);
    const opening = start?.opening ?? null;
    const counted = opening ? await countedSince(ctx, rate.meterId, opening, now) : [];
    const typed = proposed.filter((p) => p.meterId === rate.meterId).at(-1);
    const readings = typed ? [...counted, { value: typed.value, readAt: now, resetsCounter: false }] : counted;
    const last = readings.at(-1);
    const latest = last ? { value: last.value, at: last.readAt } : opening;
    const meterRate = { includedVolume: rate.includedVolume, tiers: storedTiers(rate.tiers) };
    const projection = projectUsage({
      opening,
      latest,
      volumeSoFar: opening ? periodVolume(opening.value, readings) : 0,
      closesAt,
      fallbackDailyVolume: start?.previousDailyVolume ?? null,
      rate: meterRate,
    });
    meters.push({
      meterId: rate.meterId,
      label: rate.meter.label,
      kind: rate.meter.kind,
      openingValue: opening?.value ?? null,
      latestValue: latest?.value ?? null,
      includedVolume: rate.includedVolume,
      ...projection,
    });
  }
  const charge = periodCharge(
    contract,
    meters.map((m) => m.projectedOverageMinor),
  );
  return {
    contractNumber: contract.number,
    periodStart: period.start,
    periodEnd: period.end,
    daysElapsed: daysElapsed(period, today),
    daysInPeriod: daysInPeriod(period),
    currency: tenant.currency,
    baseChargeMinor: contract.baseChargeMinor,
    minimumMinor: contract.minimumMinor,
    estimatedChargeMinor: charge.totalMinor,
    meters,
  };
}
