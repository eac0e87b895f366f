// Meter contracts: the office sets them up on a customer's device (terms, per-meter rates, supply
// allowances), changes the terms of the periods not billed yet, and ends them; customers read
// their own (row-level security shows them nothing else).
import DataLoader from 'dataloader';
import type { CustomerContext, RequestContext, ScopedContext, SignedInContext, StaffContext } from '../context/context.js';
import { loader } from '../context/context.js';
import { Prisma } from '../generated/prisma/client.js';
import type { Tenant } from '../generated/prisma/client.js';
import { pageQuery, toConnection, type Connection } from '../common/pagination.js';
import { todayIn, toLocalDate } from '../common/dates.js';
import { isId } from '../common/ids.js';
import { BadInput, Conflict, NotFound } from '../errors/errors.js';
import { currentTenant } from '../platform/current-tenant.js';
import { calendarDate } from '../invoices/invoice-dates.js';
import { invoicePeriod, renderInvoiceNumber } from '../invoices/invoice-numbers.js';
import { nextInSequence } from '../invoices/invoices.admin.service.js';
import { contractStatus, nextContractStates } from './contract-status.js';
import { periodContaining } from './meter-period.js';
import { tierProblem, type RateTier } from './meter-charge.js';
import { billedDetail } from './billed-detail.js';
import type { AdminMeterContractListArgs, MeterBillingPeriod, MeterContract, MeterContractInput, MeterContractListArgs } from './meter-billing.types.js';

/** Contract numbers: the invoices' numbering code, on a sequence of their own ("meter-contract:2026"). */
export const CONTRACT_NUMBER_FORMAT = 'MC-{YYYY}-{SEQ:4}';

export const WITH_TERMS = {
  rates: { include: { meter: { select: { label: true, kind: true } } }, orderBy: { meterId: 'asc' } },
  allowances: { orderBy: { category: 'asc' } },
  asset: { select: { name: true, model: true, serialNumber: true } },
  periods: { select: { periodStart: true, periodEnd: true }, orderBy: { periodStart: 'desc' }, take: 1 },
} as const satisfies Prisma.MeterContractInclude;

export type ContractRow = Prisma.MeterContractGetPayload<{ include: typeof WITH_TERMS }>;

/** The device as invoices and screens name it: "Konica C250i (SN A1B2C3)". */
export function deviceName(asset: { name: string; model: string | null; serialNumber: string | null }): string {
  const name = asset.model && !asset.name.toLowerCase().includes(asset.model.toLowerCase()) ? `${asset.name} ${asset.model}` : asset.name;
  return asset.serialNumber ? `${name} (SN ${asset.serialNumber})` : name;
}

/** A stored tiers column, as the rules read it (written only by this module, checked on the way in). */
export function storedTiers(value: Prisma.JsonValue): RateTier[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return [];
    const { upTo, rateMinorPerThousand } = entry as Record<string, unknown>;
    if (typeof rateMinorPerThousand !== 'number') return [];
    return [{ upTo: typeof upTo === 'number' ? upTo : null, rateMinorPerThousand }];
  });
}

function mapContract(row: ContractRow, tenant: Tenant, today: string): MeterContract {
  const endsOn = toLocalDate(row.endsOn);
  const status = contractStatus({ endsOn, active: row.active });
  const terms = { startsOn: toLocalDate(row.startsOn) ?? '', endsOn, periodMonths: row.periodMonths, billingDay: row.billingDay };
  const current = row.active ? periodContaining(terms, today) : null;
  return {
    id: row.id,
    number: row.number,
    customerId: row.customerId,
    assetId: row.assetId,
    deviceName: deviceName(row.asset),
    startsOn: terms.startsOn,
    endsOn,
    periodMonths: row.periodMonths,
    billingDay: row.billingDay,
    baseChargeMinor: row.baseChargeMinor,
    minimumMinor: row.minimumMinor,
    taxRateBp: row.taxRateBp,
    currency: tenant.currency,
    status,
    nextStates: nextContractStates(status),
    rates: row.rates.map((rate) => ({
      meterId: rate.meterId,
      label: rate.meter.label,
      kind: rate.meter.kind,
      includedVolume: rate.includedVolume,
      tiers: storedTiers(rate.tiers),
    })),
    allowances: row.allowances.map((a) => ({ category: a.category, unitsPerPeriod: a.unitsPerPeriod })),
    currentPeriodStart: current?.start ?? null,
    currentPeriodEnd: current?.end ?? null,
    billedThrough: toLocalDate(row.periods[0]?.periodEnd ?? null),
    createdAt: row.createdAt,
  };
}

async function contractMapper(ctx: RequestContext): Promise<(row: ContractRow) => MeterContract> {
  const tenant = await currentTenant(ctx);
  const today = todayIn(tenant.timeZone, ctx.now());
  return (row) => mapContract(row, tenant, today);
}

export async function listMeterContracts(ctx: StaffContext, args: AdminMeterContractListArgs): Promise<Connection<MeterContract>> {
  const map = await contractMapper(ctx);
  const rows = await ctx.tx.meterContract.findMany({
    where: args.customerId ? { customerId: args.customerId } : {},
    include: WITH_TERMS,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    ...pageQuery(ctx.principal.tenantId, args),
  });
  return toConnection(rows, args, map);
}

export async function customerMeterContracts(ctx: CustomerContext, args: MeterContractListArgs): Promise<Connection<MeterContract>> {
  const map = await contractMapper(ctx);
  const rows = await ctx.tx.meterContract.findMany({
    where: { customerId: ctx.principal.customerId },
    include: WITH_TERMS,
    orderBy: [{ active: 'desc' }, { createdAt: 'desc' }, { id: 'desc' }],
    ...pageQuery(ctx.principal.tenantId, args),
  });
  return toConnection(rows, args, map);
}

async function contractRow(ctx: ScopedContext, id: string): Promise<ContractRow> {
  const row = isId(id) ? await ctx.tx.meterContract.findFirst({ where: { id }, include: WITH_TERMS }) : null;
  if (!row) throw new NotFound('This meter contract');
  return row;
}

export async function staffMeterContract(ctx: StaffContext, id: string): Promise<MeterContract> {
  const map = await contractMapper(ctx);
  return map(await contractRow(ctx, id));
}

/** Per request: each asset's running contract (the latest started, not ended), in one query. */
function contractsByAsset(ctx: RequestContext): DataLoader<string, ContractRow | null> {
  return new DataLoader(async (assetIds) => {
    if (!ctx.tx) throw new Error('contracts are read in a signed-in scope');
    const rows = await ctx.tx.meterContract.findMany({
      where: { assetId: { in: [...assetIds] }, active: true },
      include: WITH_TERMS,
      orderBy: [{ startsOn: 'desc' }, { id: 'desc' }],
    });
    return assetIds.map((assetId) => rows.find((row) => row.assetId === assetId) ?? null);
  });
}

export async function assetContractRow(ctx: SignedInContext, assetId: string): Promise<ContractRow | null> {
  return loader(ctx, contractsByAsset).load(assetId);
}

export async function assetMeterContract(ctx: SignedInContext, assetId: string): Promise<MeterContract | null> {
  const row = await assetContractRow(ctx, assetId);
  if (!row) return null;
  const map = await contractMapper(ctx);
  return map(row);
}

export async function meterBillingPeriods(ctx: StaffContext, contractId: string): Promise<MeterBillingPeriod[]> {
  const contract = await contractRow(ctx, contractId);
  const rows = await ctx.tx.meterBillingPeriod.findMany({ where: { contractId: contract.id }, orderBy: { periodStart: 'desc' } });
  const invoiceIds = rows.flatMap((row) => (row.invoiceId ? [row.invoiceId] : []));
  const invoices = invoiceIds.length ? await ctx.tx.invoice.findMany({ where: { id: { in: invoiceIds } }, select: { id: true, number: true } }) : [];
  const labels = new Map(contract.rates.map((rate) => [rate.meterId, rate.meter.label]));
  return rows.map((row) => {
    const detail = billedDetail(row.detail);
    return {
      id: row.id,
      contractId: row.contractId,
      periodStart: toLocalDate(row.periodStart) ?? '',
      periodEnd: toLocalDate(row.periodEnd) ?? '',
      invoiceId: row.invoiceId,
      invoiceNumber: invoices.find((invoice) => invoice.id === row.invoiceId)?.number ?? null,
      subtotalMinor: detail.subtotalMinor,
      meters: detail.meters.map((meter) => ({ ...meter, label: labels.get(meter.meterId) ?? meter.label })),
      createdAt: row.createdAt,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Writes (owners and admins).

interface CheckedTerms {
  asset: { id: string; customerId: string };
  startsOn: Date;
  endsOn: Date | null;
  rates: { meterId: string; includedVolume: number; tiers: RateTier[] }[];
}

async function checkedTerms(ctx: StaffContext, input: MeterContractInput): Promise<CheckedTerms> {
  const { tx } = ctx;
  const asset = isId(input.assetId) ? await tx.asset.findFirst({ where: { id: input.assetId }, select: { id: true, customerId: true } }) : null;
  if (!asset) throw new BadInput('assetId', 'Choose one of the customer’s devices.', 'NOT_CUSTOMER_ASSET');
  const startsOn = calendarDate('startsOn', input.startsOn);
  const endsOn = input.endsOn ? calendarDate('endsOn', input.endsOn) : null;
  if (endsOn && endsOn <= startsOn) throw new BadInput('endsOn', 'The contract must end after it starts.', 'ENDS_BEFORE_START');
  const meterIds = input.rates.map((rate) => rate.meterId);
  if (new Set(meterIds).size !== meterIds.length) throw new BadInput('rates', 'Give each meter one rate.', 'DUPLICATE_METER');
  const meters = meterIds.every(isId) && meterIds.length ? await tx.meter.findMany({ where: { id: { in: meterIds }, assetId: asset.id }, select: { id: true } }) : [];
  if (meters.length !== meterIds.length) throw new BadInput('rates', 'Rates are for the meters of this device.', 'NOT_DEVICE_METER');
  const rates = input.rates.map((rate) => ({
    meterId: rate.meterId,
    includedVolume: rate.includedVolume,
    tiers: rate.tiers.map((tier) => ({ upTo: tier.upTo ?? null, rateMinorPerThousand: tier.rateMinorPerThousand })),
  }));
  for (const rate of rates) {
    const problem = tierProblem(rate.tiers);
    if (problem) throw new BadInput('tiers', problem, 'INVALID_TIERS');
  }
  const categories = input.allowances.map((a) => a.category);
  if (new Set(categories).size !== categories.length) throw new BadInput('allowances', 'Give each supply category one allowance.', 'DUPLICATE_CATEGORY');
  // Two contracts on one device at once would bill its meters twice: creations for one device wait on its row.
  await tx.$queryRaw`SELECT 1 FROM assets WHERE tenant_id = ${ctx.principal.tenantId}::uuid AND id = ${asset.id}::uuid FOR UPDATE`;
  return { asset, startsOn, endsOn, rates };
}

async function assertDeviceFree(ctx: StaffContext, terms: CheckedTerms, exceptId: string | null): Promise<void> {
  const overlapping = await ctx.tx.meterContract.findFirst({
    where: {
      assetId: terms.asset.id,
      active: true,
      ...(exceptId ? { id: { not: exceptId } } : {}),
      ...(terms.endsOn ? { startsOn: { lte: terms.endsOn } } : {}),
      OR: [{ endsOn: null }, { endsOn: { gte: terms.startsOn } }],
    },
    select: { number: true },
  });
  if (overlapping) throw new Conflict(`This device already has contract ${overlapping.number} over those dates.`, 'ASSET_HAS_CONTRACT');
}

function termsData(input: MeterContractInput, terms: CheckedTerms) {
  return {
    startsOn: terms.startsOn,
    endsOn: terms.endsOn,
    periodMonths: input.periodMonths,
    billingDay: input.billingDay,
    baseChargeMinor: input.baseChargeMinor,
    minimumMinor: input.minimumMinor,
    taxRateBp: input.taxRateBp,
  };
}

async function writeRatesAndAllowances(ctx: StaffContext, contractId: string, input: MeterContractInput, terms: CheckedTerms): Promise<void> {
  const { tx } = ctx;
  const tenantId = ctx.principal.tenantId;
  await tx.meterContractRate.deleteMany({ where: { contractId } });
  await tx.supplyAllowance.deleteMany({ where: { contractId } });
  if (terms.rates.length) {
    await tx.meterContractRate.createMany({
      data: terms.rates.map((rate) => ({
        tenantId,
        contractId,
        meterId: rate.meterId,
        includedVolume: rate.includedVolume,
        tiers: rate.tiers as unknown as Prisma.InputJsonValue,
      })),
    });
  }
  if (input.allowances.length) {
    await tx.supplyAllowance.createMany({ data: input.allowances.map((a) => ({ tenantId, contractId, category: a.category, unitsPerPeriod: a.unitsPerPeriod })) });
  }
}

async function nextContractNumber(ctx: StaffContext, tenant: Tenant): Promise<string> {
  const [y, m] = todayIn(tenant.timeZone, ctx.now()).split('-').map(Number) as [number, number];
  const month = { y, m };
  const seq = await nextInSequence(ctx, tenant.id, `meter-contract:${invoicePeriod(CONTRACT_NUMBER_FORMAT, month)}`);
  return renderInvoiceNumber(CONTRACT_NUMBER_FORMAT, month, seq).number;
}

export async function createMeterContract(ctx: StaffContext, input: MeterContractInput): Promise<MeterContract> {
  const tenant = await currentTenant(ctx);
  const terms = await checkedTerms(ctx, input);
  await assertDeviceFree(ctx, terms, null);
  const row = await ctx.tx.meterContract.create({
    data: {
      tenantId: tenant.id,
      customerId: terms.asset.customerId,
      assetId: terms.asset.id,
      number: await nextContractNumber(ctx, tenant),
      ...termsData(input, terms),
      createdAt: ctx.now(),
    },
  });
  await writeRatesAndAllowances(ctx, row.id, input, terms);
  return staffMeterContract(ctx, row.id);
}

async function runningContract(ctx: StaffContext, id: string): Promise<ContractRow> {
  const row = await contractRow(ctx, id);
  if (!row.active) throw new Conflict('This meter contract has ended.', 'CONTRACT_ENDED');
  // Billing locks the contract too: a change waits for a bill being written, and the other way round.
  await ctx.tx.$queryRaw`SELECT 1 FROM meter_contracts WHERE tenant_id = ${ctx.principal.tenantId}::uuid AND id = ${row.id}::uuid FOR UPDATE`;
  return row;
}

export async function updateMeterContract(ctx: StaffContext, id: string, input: MeterContractInput): Promise<MeterContract> {
  const row = await runningContract(ctx, id);
  const terms = await checkedTerms(ctx, input);
  const billedThrough = row.periods[0]?.periodEnd ?? null;
  if (billedThrough) {
    // The periods already billed fix how the next one is cut and which device it is.
    const same =
      terms.asset.id === row.assetId && terms.startsOn.getTime() === row.startsOn.getTime() && input.periodMonths === row.periodMonths && input.billingDay === row.billingDay;
    if (!same) throw new BadInput('startsOn', 'A contract already billed keeps its device, start date, period and billing day.', 'LOCKED_BY_BILLING');
    if (terms.endsOn && terms.endsOn < billedThrough) throw new BadInput('endsOn', 'The contract was billed past this date.', 'ENDS_BEFORE_BILLED');
  }
  await assertDeviceFree(ctx, terms, row.id);
  await ctx.tx.meterContract.update({
    where: { tenantId_id: { tenantId: ctx.principal.tenantId, id: row.id } },
    data: {
      customerId: terms.asset.customerId,
      assetId: terms.asset.id,
      ...termsData(input, terms),
      ...(billedThrough && terms.endsOn?.getTime() === billedThrough.getTime() ? { active: false } : {}),
    },
  });
  await writeRatesAndAllowances(ctx, row.id, input, terms);
  return staffMeterContract(ctx, row.id);
}

export async function endMeterContract(ctx: StaffContext, id: string, endsOnText: string): Promise<MeterContract> {
  const row = await runningContract(ctx, id);
  const endsOn = calendarDate('endsOn', endsOnText);
  if (endsOn <= row.startsOn) throw new BadInput('endsOn', 'The contract must end after it starts.', 'ENDS_BEFORE_START');
  const billedThrough = row.periods[0]?.periodEnd ?? null;
  if (billedThrough && endsOn < billedThrough) throw new BadInput('endsOn', 'The contract was billed past this date.', 'ENDS_BEFORE_BILLED');
  // Ending on the last day billed leaves nothing to bill: it has ended.
  const ended = billedThrough !== null && endsOn.getTime() === billedThrough.getTime();
  await ctx.tx.meterContract.update({ where: { tenantId_id: { tenantId: ctx.principal.tenantId, id: row.id } }, data: { endsOn, ...(ended ? { active: false } : {}) } });
  return staffMeterContract(ctx, row.id);
}
