// Period-end billing of meter contracts (the worker's hourly task, and staff's "bill now"): every
// period that ended before today in the business's zone is billed once. A customer's contracts
// whose periods end the same day make one invoice, with lines per device and meter, issued through
// the invoices' own path (number, email and bell, live update). A period waits while a reading in
// its window is flagged for review; a missing reading is estimated (meters/closing-readings).
import { randomUUID } from 'node:crypto';
import type { AppDeps, ScopedContext, StaffContext } from '../context/context.js';
import type { Tenant } from '../generated/prisma/client.js';
import { Prisma } from '../generated/prisma/client.js';
import { todayIn, toLocalDate } from '../common/dates.js';
import { writtenLanguage } from '../common/languages.js';
import { asSystem, inTenantScope } from '../platform/scope.js';
import { scopeTenant } from '../platform/current-tenant.js';
import { calendarDate } from '../invoices/invoice-dates.js';
import { insertDraft, issueDraft, notifyInvoiceIssued, type NewInvoice } from '../invoices/invoices.admin.service.js';
import { ensureClosingReadings } from '../meters/closing-readings.service.js';
import { deviceName, storedTiers, WITH_TERMS, type ContractRow } from './meter-contracts.service.js';
import { firstPeriod, periodAfter, type Period } from './meter-period.js';
import { countedSince, meterStarts } from './meter-openings.js';
import { periodVolume, trueUp } from './estimate-true-up.js';
import { meterCharge, periodCharge } from './meter-charge.js';
import { billedDetail, detailJson, type BilledDetail, type BilledMeter } from './billed-detail.js';
import { lineWriter } from './meter-invoice-lines.js';
import type { MeterBillingPeriod } from './meter-billing.types.js';

/** Runs a step of billing in a transaction of the tenant's back office. */
type Runner = <T>(work: (ctx: ScopedContext) => Promise<T>) => Promise<T>;

interface DueGroup {
  customerId: string;
  periodEnd: string;
  contracts: { contractId: string; period: Period }[];
}

function termsOf(row: { startsOn: Date; endsOn: Date | null; periodMonths: number; billingDay: number }) {
  return { startsOn: toLocalDate(row.startsOn) ?? '', endsOn: toLocalDate(row.endsOn), periodMonths: row.periodMonths, billingDay: row.billingDay };
}

/** The period a contract bills next: the one after the last billed, or its first. */
function nextPeriod(row: ContractRow): Period | null {
  const terms = termsOf(row);
  const last = row.periods[0];
  if (!last) return firstPeriod(terms);
  return periodAfter(terms, { start: toLocalDate(last.periodStart) ?? '', end: toLocalDate(last.periodEnd) ?? '' });
}

/** The tenant's contracts with a period ended before `today`, grouped per customer and period end. */
async function dueGroups(ctx: ScopedContext, today: string): Promise<DueGroup[]> {
  const contracts = await ctx.tx.meterContract.findMany({ where: { active: true }, include: WITH_TERMS, orderBy: [{ customerId: 'asc' }, { number: 'asc' }] });
  const groups = new Map<string, DueGroup>();
  for (const row of contracts) {
    const period = nextPeriod(row);
    if (!period || period.end >= today) continue;
    const key = `${row.customerId}/${period.end}`;
    const group = groups.get(key) ?? { customerId: row.customerId, periodEnd: period.end, contracts: [] };
    group.contracts.push({ contractId: row.id, period });
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => a.periodEnd.localeCompare(b.periodEnd));
}

export interface BilledGroup {
  invoiceId: string | null;
  periodIds: string[];
}

type GroupOutcome = BilledGroup | 'waiting for review' | 'claimed elsewhere';

/** Bills every due period of one tenant, group by group (each its own step); returns what it billed. */
async function billTenant(run: Runner, now: Date): Promise<BilledGroup[]> {
  const billed: BilledGroup[] = [];
  // Catching up several periods: each round bills the next period of every contract that has one due.
  for (let round = 0; round < 120; round += 1) {
    const { groups, today } = await run(async (ctx) => {
      const tenant = await scopeTenant(ctx);
      const day = todayIn(tenant.timeZone, now);
      return { groups: await dueGroups(ctx, day), today: day };
    });
    let progress = false;
    for (const group of groups) {
      const outcome = await run((ctx) => billGroup(ctx, group, today));
      if (typeof outcome === 'object') {
        billed.push(outcome);
        progress = true;
      }
    }
    if (!progress) break;
  }
  return billed;
}

interface WorkerLike extends AppDeps {
  owner: AppDeps['db'];
}

/**
 * The worker's task: finds the tenants (meters on) with running contracts through the owner's
 * pool, then bills each tenant in its own back-office scope with the job's clock.
 */
export async function billDueMeterPeriods(deps: WorkerLike, tenantIds?: string[]): Promise<BilledGroup[]> {
  const now = deps.now();
  const filter = tenantIds ? Prisma.sql`AND c.tenant_id = ANY(${tenantIds}::uuid[])` : Prisma.empty;
  const tenants = await deps.owner.$queryRaw<{ tenant_id: string }[]>`
    SELECT DISTINCT c.tenant_id FROM meter_contracts c JOIN tenants t ON t.id = c.tenant_id
    WHERE c.active AND t.feature_meters ${filter} ORDER BY c.tenant_id`;
  const billed: BilledGroup[] = [];
  for (const { tenant_id: tenantId } of tenants) {
    const run: Runner = (work) => inTenantScope(deps, { tenantId, role: 'system' }, work, { now });
    billed.push(...(await billTenant(run, now)));
  }
  return billed;
}

/** Staff's "bill now": the same work in the request's transaction (a savepoint per step), as the back office. */
export async function billMeterContractsNow(ctx: StaffContext): Promise<MeterBillingPeriod[]> {
  const run: Runner = (work) => asSystem(ctx, work);
  const billed = await billTenant(run, ctx.now());
  const ids = billed.flatMap((group) => group.periodIds);
  if (!ids.length) return [];
  const rows = await ctx.tx.meterBillingPeriod.findMany({ where: { id: { in: ids } }, orderBy: [{ periodStart: 'asc' }, { contractId: 'asc' }] });
  const invoices = await ctx.tx.invoice.findMany({ where: { id: { in: rows.flatMap((r) => (r.invoiceId ? [r.invoiceId] : [])) } }, select: { id: true, number: true } });
  return rows.map((row) => {
    const detail = billedDetail(row.detail);
    return {
      id: row.id,
      contractId: row.contractId,
      periodStart: toLocalDate(row.periodStart) ?? '',
      periodEnd: toLocalDate(row.periodEnd) ?? '',
      invoiceId: row.invoiceId,
      invoiceNumber: invoices.find((i) => i.id === row.invoiceId)?.number ?? null,
      subtotalMinor: detail.subtotalMinor,
      meters: detail.meters,
      createdAt: row.createdAt,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// One customer's periods ending on one day: one invoice.

async function billGroup(ctx: ScopedContext, group: DueGroup, today: string): Promise<GroupOutcome> {
  const { tx } = ctx;
  const tenant = await scopeTenant(ctx);
  // A flagged reading in a window waits for review (it is often the real one: billing an older
  // reading now would only make a true-up next period). Missing readings are estimated here, once.
  const closings = new Map<string, Awaited<ReturnType<typeof ensureClosingReadings>>>();
  for (const { contractId, period } of group.contracts) {
    const closing = await ensureClosingReadings(ctx, contractId, period.end);
    if (closing.some((c) => c.pendingReview)) return 'waiting for review';
    closings.set(contractId, closing);
  }
  // The claim: one row per contract and period start (unique). A second run at the same time waits
  // on the index until this one commits, then finds the rows taken and bills nothing.
  const claimed: { contractId: string; period: Period; periodId: string }[] = [];
  for (const { contractId, period } of group.contracts) {
    const periodId = randomUUID();
    const inserted = await tx.$executeRaw`
      INSERT INTO meter_billing_periods (tenant_id, id, contract_id, period_start, period_end, detail, created_at)
      VALUES (${tenant.id}::uuid, ${periodId}::uuid, ${contractId}::uuid, ${period.start}::date, ${period.end}::date, '{}'::jsonb, ${ctx.now()})
      ON CONFLICT (tenant_id, contract_id, period_start) DO NOTHING`;
    if (inserted === 1) claimed.push({ contractId, period, periodId });
  }
  if (!claimed.length) return 'claimed elsewhere';
  const customer = await tx.customer.findFirst({ where: { id: group.customerId }, select: { locale: true } });
  const words = lineWriter(writtenLanguage(customer?.locale, tenant.locale), tenant.currency);
  const lines: NewInvoice['lines'] = [];
  for (const item of claimed) {
    const contract = await tx.meterContract.findFirst({ where: { id: item.contractId }, include: WITH_TERMS });
    if (!contract) continue;
    const { detail, readingIds } = await billContract(ctx, tenant, contract, item.period, closings.get(contract.id) ?? []);
    await tx.meterBillingPeriod.update({ where: { tenantId_id: { tenantId: tenant.id, id: item.periodId } }, data: { detail: detailJson(detail) } });
    await markReadings(ctx, item.periodId, readingIds);
    lines.push(...contractLines(words, contract, item.period, detail));
    if (contract.endsOn && toLocalDate(contract.endsOn) === item.period.end) {
      await tx.meterContract.update({ where: { tenantId_id: { tenantId: tenant.id, id: contract.id } }, data: { active: false } });
    }
  }
  const invoiceId = await invoiceLines(ctx, tenant, group.customerId, lines, today);
  if (invoiceId) await tx.meterBillingPeriod.updateMany({ where: { id: { in: claimed.map((c) => c.periodId) } }, data: { invoiceId } });
  return { invoiceId, periodIds: claimed.map((c) => c.periodId) };
}

type Closing = Awaited<ReturnType<typeof ensureClosingReadings>>[number];

/** Each rated meter's volume, charge and true-up for the period, and the contract's money. */
async function billContract(
  ctx: ScopedContext,
  tenant: Tenant,
  contract: ContractRow,
  period: Period,
  closings: Closing[],
): Promise<{ detail: BilledDetail; readingIds: string[] }> {
  const readingIds: string[] = [];
  const starts = await meterStarts(
    ctx,
    contract.id,
    period,
    contract.rates.map((r) => r.meterId),
    tenant.timeZone,
  );
  const meters: BilledMeter[] = [];
  for (const rate of contract.rates) {
    const start = starts.get(rate.meterId);
    const closing = closings.find((c) => c.meterId === rate.meterId)?.reading ?? null;
    const opening = start?.opening ?? (closing ? { value: closing.value, at: closing.readAt } : null);
    // No reading ever, nor one to estimate from: nothing to bill on this meter, nothing to open the next period with.
    if (!opening) continue;
    const meterRate = { includedVolume: rate.includedVolume, tiers: storedTiers(rate.tiers) };
    const closes = closing && closing.readAt.getTime() > opening.at.getTime() ? closing : null;
    const counted = closes ? await countedSince(ctx, rate.meterId, opening, closes.readAt) : [];
    const raw = closes ? periodVolume(opening.value, counted) : 0;
    readingIds.push(...counted.map((r) => r.id));
    const previous = start?.previous ?? null;
    const settled = trueUp(raw, previous, meterRate);
    const charge = meterCharge(settled.volume, meterRate);
    // A count that went back without an estimate to blame keeps the higher opening (nothing is billed twice).
    const carried = raw < 0 && !previous?.estimated;
    meters.push({
      meterId: rate.meterId,
      label: rate.meter.label,
      openingValue: opening.value,
      closingValue: closes?.value ?? opening.value,
      nextOpeningValue: carried ? opening.value : (closes?.value ?? opening.value),
      closingReadAt: (closes?.readAt ?? opening.at).toISOString(),
      volume: settled.volume,
      includedVolume: rate.includedVolume,
      overageVolume: charge.overageVolume,
      estimated: closes?.source === 'ESTIMATE',
      amountMinor: charge.amountMinor,
      creditMinor: settled.creditMinor,
    });
  }
  const money = periodCharge(
    contract,
    meters.map((m) => m.amountMinor),
  );
  const credits = meters.reduce((sum, m) => sum + m.creditMinor, 0);
  return { detail: { baseMinor: money.baseMinor, minimumTopUpMinor: money.minimumTopUpMinor, subtotalMinor: money.totalMinor - credits, meters }, readingIds };
}

/** The readings the period counted carry its id (an estimate trued up later keeps it). */
async function markReadings(ctx: ScopedContext, periodId: string, readingIds: string[]): Promise<void> {
  if (readingIds.length) await ctx.tx.meterReading.updateMany({ where: { id: { in: readingIds }, billedPeriodId: null }, data: { billedPeriodId: periodId } });
}

function contractLines(words: ReturnType<typeof lineWriter>, contract: ContractRow, period: Period, detail: BilledDetail): NewInvoice['lines'] {
  const device = deviceName(contract.asset);
  const taxRateBp = contract.taxRateBp;
  const line = (description: string, amount: number) => ({ description, quantity: 1, unitPriceMinor: amount, taxRateBp });
  const lines: NewInvoice['lines'] = [];
  if (detail.baseMinor > 0) lines.push(line(words.base(device, period.start, period.end), detail.baseMinor));
  for (const meter of detail.meters) {
    const rate = contract.rates.find((r) => r.meterId === meter.meterId);
    const bands = meterCharge(meter.volume, { includedVolume: meter.includedVolume, tiers: storedTiers(rate?.tiers ?? []) }).bands;
    const description = words.meter({
      device,
      label: meter.label,
      kind: rate?.meter.kind ?? 'OTHER',
      volume: meter.volume,
      included: meter.includedVolume,
      bands,
      estimated: meter.estimated,
    });
    lines.push(line(description, meter.amountMinor));
    if (meter.creditMinor > 0) lines.push(line(words.credit(device, meter.label, meter.closingValue), -meter.creditMinor));
  }
  if (detail.minimumTopUpMinor > 0) lines.push(line(words.minimum(device, contract.minimumMinor), detail.minimumTopUpMinor));
  return lines;
}

/**
 * Issues the customer's invoice for these lines today (the invoices' own path: number, email and
 * bell, live). Nothing to charge (every line 0): no invoice. Credits never take it below zero.
 */
async function invoiceLines(ctx: ScopedContext, tenant: Tenant, customerId: string, lines: NewInvoice['lines'], today: string): Promise<string | null> {
  if (!lines.some((l) => l.unitPriceMinor !== 0)) return null;
  const charges = lines.reduce((sum, l) => sum + Math.max(0, l.unitPriceMinor), 0);
  let creditLeft = charges;
  const capped = lines.map((l) => {
    if (l.unitPriceMinor >= 0) return l;
    const credit = Math.min(-l.unitPriceMinor, creditLeft);
    creditLeft -= credit;
    return { ...l, unitPriceMinor: -credit };
  });
  const draft = await insertDraft(ctx, tenant, { customerId, lines: capped });
  const issued = await issueDraft(ctx, tenant, draft, calendarDate('today', today));
  await notifyInvoiceIssued(ctx, tenant, issued);
  return issued.id;
}
