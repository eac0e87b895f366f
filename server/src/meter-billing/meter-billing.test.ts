import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_START, type TestApp } from '../test/app.js';
import { customerToken, makeAssetType, makeCustomer, makeTenant, signedInStaff } from '../test/factory.js';
import { billDueMeterPeriods } from './meter-billing.service.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterEach(() => {
  app.clock.now = new Date(TEST_START);
});
afterAll(() => app.close());

const CONTRACT_FIELDS = `id number customerId assetId deviceName startsOn endsOn periodMonths billingDay baseChargeMinor minimumMinor taxRateBp currency
  status nextStates currentPeriodStart currentPeriodEnd billedThrough
  rates { meterId label kind includedVolume tiers { upTo rateMinorPerThousand } } allowances { category unitsPerPeriod }`;
const CREATE = `mutation($input: MeterContractInput!) { createMeterContract(input: $input) { ${CONTRACT_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: MeterContractInput!) { updateMeterContract(id: $id, input: $input) { ${CONTRACT_FIELDS} } }`;
const END = `mutation($id: ID!, $endsOn: String!) { endMeterContract(id: $id, endsOn: $endsOn) { ${CONTRACT_FIELDS} } }`;
const ADMIN_ONE = `query($id: ID!) { meterContract(id: $id) { ${CONTRACT_FIELDS} } }`;
const ADMIN_LIST = `query($customerId: ID) { meterContracts(customerId: $customerId) { nodes { id number } } }`;
const PERIODS = `query($contractId: ID!) { meterBillingPeriods(contractId: $contractId) { periodStart periodEnd invoiceNumber subtotalMinor
  meters { meterId label openingValue closingValue volume includedVolume overageVolume estimated amountMinor creditMinor } } }`;
const PORTAL_LIST = `{ meterContracts { nodes { id number deviceName } } }`;
const USAGE_FIELDS = `contractNumber periodStart periodEnd daysElapsed daysInPeriod currency baseChargeMinor minimumMinor estimatedChargeMinor
  meters { meterId label kind openingValue latestValue volumeThisPeriod includedVolume allowanceLeft projectedVolume projectedOverageVolume projectedOverageMinor }`;
const USAGE = `query($assetId: ID!, $proposed: [ProposedReadingInput!]) { meterUsage(assetId: $assetId, proposed: $proposed) { ${USAGE_FIELDS} } }`;

interface Tier {
  upTo: number | null;
  rateMinorPerThousand: number;
}

interface ContractView {
  id: string;
  number: string;
  status: string;
  nextStates: string[];
  billedThrough: string | null;
  endsOn: string | null;
}

async function dealer() {
  const tenant = await makeTenant(app.owner);
  await app.owner.tenant.update({ where: { id: tenant.id }, data: { featureMeters: true } });
  const { token } = await signedInStaff(app, tenant.id, 'owner');
  const type = await makeAssetType(app.owner, tenant.id, { en: 'Copier' });
  return { tenant, token, typeId: type.id };
}

type Dealer = Awaited<ReturnType<typeof dealer>>;

async function customerOf(d: Dealer) {
  const { customer, account } = await makeCustomer(app.owner, d.tenant.id);
  if (!account) throw new Error('account expected');
  const { token } = await customerToken(app, account);
  return { customer, token };
}

async function device(d: Dealer, customerId: string, serial: string) {
  const asset = await app.owner.asset.create({ data: { tenantId: d.tenant.id, customerId, assetTypeId: d.typeId, name: 'Konica C250i', model: 'C250i', serialNumber: serial } });
  const black = await app.owner.meter.create({ data: { tenantId: d.tenant.id, customerId, assetId: asset.id, kind: 'BLACK', label: 'Black' } });
  const colour = await app.owner.meter.create({ data: { tenantId: d.tenant.id, customerId, assetId: asset.id, kind: 'COLOUR', label: 'Colour' } });
  return { asset, black, colour };
}

function reading(d: Dealer, customerId: string, meterId: string, value: number, readAt: string, extra: { status?: 'ACCEPTED' | 'FLAGGED' | 'APPROVED' | 'REJECTED' } = {}) {
  return app.owner.meterReading.create({
    data: { tenantId: d.tenant.id, customerId, meterId, value, readAt: new Date(readAt), source: 'STAFF', status: extra.status ?? 'ACCEPTED' },
  });
}

async function contract(d: Dealer, input: Record<string, unknown>): Promise<ContractView> {
  const res = await app.call<{ createMeterContract: ContractView }>('admin', CREATE, { input }, { token: d.token });
  expect(res.errors).toBeUndefined();
  return res.data!.createMeterContract;
}

const rate = (meterId: string, includedVolume: number, tiers: Tier[]) => ({ meterId, includedVolume, tiers });

/** The invoice lines of a customer's invoices, oldest first. */
async function invoicesOf(tenantId: string, customerId: string) {
  return app.owner.invoice.findMany({
    where: { tenantId, customerId },
    include: { lines: { orderBy: { position: 'asc' }, select: { description: true, unitPriceMinor: true, taxRateBp: true, totalMinor: true } } },
    orderBy: { createdAt: 'asc' },
  });
}

// The clock: 2026-11-20 (Chicago). Monthly contracts from 2026-10-02 on billing day 1: the period
// 2026-10-02 – 2026-11-01 has ended (its reading window 10-27 – 11-01), 11-02 – 12-01 runs.
const OCT = { startsOn: '2026-10-02', periodMonths: 1, billingDay: 1 };

describe('meter contracts', () => {
  it('an owner creates a contract numbered like quotes, reads, lists, changes and ends it', async () => {
    const d = await dealer();
    const { customer } = await customerOf(d);
    const { asset, black, colour } = await device(d, customer.id, 'A1');
    const created = await contract(d, {
      assetId: asset.id,
      ...OCT,
      baseChargeMinor: 3000,
      taxRateBp: 825,
      rates: [rate(black.id, 10_000, [{ upTo: null, rateMinorPerThousand: 890 }])],
      allowances: [{ category: 'TONER', unitsPerPeriod: 2 }],
    });
    expect(created).toMatchObject({
      number: 'MC-2026-0001',
      customerId: customer.id,
      deviceName: 'Konica C250i (SN A1)',
      status: 'ACTIVE',
      currentPeriodStart: '2026-11-02',
      currentPeriodEnd: '2026-12-01',
      billedThrough: null,
      currency: 'USD',
      rates: [{ meterId: black.id, label: 'Black', kind: 'BLACK', includedVolume: 10_000, tiers: [{ upTo: null, rateMinorPerThousand: 890 }] }],
      allowances: [{ category: 'TONER', unitsPerPeriod: 2 }],
    });
    const updated = await app.call<{ updateMeterContract: ContractView & { rates: unknown[] } }>(
      'admin',
      UPDATE,
      {
        id: created.id,
        input: {
          assetId: asset.id,
          ...OCT,
          baseChargeMinor: 3500,
          rates: [
            rate(black.id, 8_000, []),
            rate(colour.id, 1_000, [
              { upTo: 500, rateMinorPerThousand: 5000 },
              { upTo: null, rateMinorPerThousand: 4000 },
            ]),
          ],
        },
      },
      { token: d.token },
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.updateMeterContract.rates).toHaveLength(2);
    const listed = await app.call<{ meterContracts: { nodes: { id: string }[] } }>('admin', ADMIN_LIST, { customerId: customer.id }, { token: d.token });
    expect(listed.data?.meterContracts.nodes.map((c) => c.id)).toEqual([created.id]);
    const ended = await app.call<{ endMeterContract: ContractView }>('admin', END, { id: created.id, endsOn: '2027-03-01' }, { token: d.token });
    expect(ended.data?.endMeterContract).toMatchObject({ endsOn: '2027-03-01', status: 'ENDING', nextStates: ['ENDING', 'ENDED'] });
  });

  it('refuses a meter of another device, bad tiers, a second contract on a device, and an end before the start', async () => {
    const d = await dealer();
    const { customer } = await customerOf(d);
    const one = await device(d, customer.id, 'A1');
    const two = await device(d, customer.id, 'A2');
    const base = { assetId: one.asset.id, ...OCT };
    for (const [input, reason] of [
      [{ ...base, rates: [rate(two.black.id, 0, [])] }, 'NOT_DEVICE_METER'],
      [{ ...base, rates: [rate(one.black.id, 0, []), rate(one.black.id, 0, [])] }, 'DUPLICATE_METER'],
      [{ ...base, rates: [rate(one.black.id, 0, [{ upTo: 100, rateMinorPerThousand: 1 }])] }, 'INVALID_TIERS'],
      [{ ...base, endsOn: '2026-10-01' }, 'ENDS_BEFORE_START'],
      [{ ...base, assetId: '00000000-0000-4000-8000-000000000000' }, 'NOT_CUSTOMER_ASSET'],
      [
        {
          ...base,
          allowances: [
            { category: 'TONER', unitsPerPeriod: 1 },
            { category: 'TONER', unitsPerPeriod: 2 },
          ],
        },
        'DUPLICATE_CATEGORY',
      ],
    ] as const) {
      const res = await app.call('admin', CREATE, { input }, { token: d.token });
      expect(res.errors?.[0]?.extensions, reason).toMatchObject({ code: 'BAD_USER_INPUT', reason });
    }
    await contract(d, base);
    const again = await app.call('admin', CREATE, { input: { ...base, startsOn: '2027-01-02' } }, { token: d.token });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ASSET_HAS_CONTRACT' });
    expect(await app.owner.meterContract.count({ where: { tenantId: d.tenant.id } })).toBe(1);
  });
});

describe('period-end meter billing', () => {
  it('bills each kind of contract into one invoice per customer and period, with lines per device and meter', async () => {
    const d = await dealer();
    // A: base only. B: two devices of one customer, allowance + single rate, and tiers. C: a minimum.
    const a = await customerOf(d);
    const b = await customerOf(d);
    const c = await customerOf(d);
    const aDevice = await device(d, a.customer.id, 'A1');
    const b1 = await device(d, b.customer.id, 'B1');
    const b2 = await device(d, b.customer.id, 'B2');
    const cDevice = await device(d, c.customer.id, 'C1');
    await contract(d, { assetId: aDevice.asset.id, ...OCT, baseChargeMinor: 5000 });
    const single = await contract(d, {
      assetId: b1.asset.id,
      ...OCT,
      baseChargeMinor: 3000,
      taxRateBp: 1000,
      rates: [rate(b1.black.id, 10_000, [{ upTo: null, rateMinorPerThousand: 890 }])],
    });
    await contract(d, {
      assetId: b2.asset.id,
      ...OCT,
      taxRateBp: 1000,
      rates: [
        rate(b2.colour.id, 1_000, [
          { upTo: 5_000, rateMinorPerThousand: 1000 },
          { upTo: null, rateMinorPerThousand: 500 },
        ]),
      ],
    });
    await contract(d, {
      assetId: cDevice.asset.id,
      ...OCT,
      baseChargeMinor: 1000,
      minimumMinor: 5000,
      rates: [rate(cDevice.black.id, 0, [{ upTo: null, rateMinorPerThousand: 1000 }])],
    });
    // Opening readings before the period, closing ones in the window (Chicago: 10-27 – 11-01).
    for (const [customerId, meterId, opening, closing] of [
      [b.customer.id, b1.black.id, 10_000, 22_345],
      [b.customer.id, b2.colour.id, 500, 8_500],
      [c.customer.id, cDevice.black.id, 1_000, 3_000],
    ] as const) {
      await reading(d, customerId, meterId, opening, '2026-10-01T15:00:00Z');
      await reading(d, customerId, meterId, 15_000_000, '2026-10-15T15:00:00Z', { status: 'REJECTED' });
      await reading(d, customerId, meterId, closing, '2026-10-30T15:00:00Z');
    }

    const billed = await billDueMeterPeriods({ ...app.deps, owner: app.owner }, [d.tenant.id]);
    expect(billed).toHaveLength(3);

    const [aInvoice, ...aMore] = await invoicesOf(d.tenant.id, a.customer.id);
    expect(aMore).toHaveLength(0);
    expect(aInvoice).toMatchObject({ status: 'issued', totalMinor: 5000, issueDate: new Date('2026-11-20T00:00:00Z') });
    expect(aInvoice?.lines).toEqual([{ description: 'Konica C250i (SN A1) — base charge, Oct 2, 2026 to Nov 1, 2026', unitPriceMinor: 5000, taxRateBp: 0, totalMinor: 5000 }]);

    const [bInvoice, ...bMore] = await invoicesOf(d.tenant.id, b.customer.id);
    expect(bMore).toHaveLength(0);
    expect(bInvoice?.lines).toEqual([
      { description: 'Konica C250i (SN B1) — base charge, Oct 2, 2026 to Nov 1, 2026', unitPriceMinor: 3000, taxRateBp: 1000, totalMinor: 3000 },
      // 2,345 × 0.89 = 2,087.05
      { description: 'Konica C250i (SN B1) — Black: 12,345 pages, 10,000 included, 2,345 × $0.0089', unitPriceMinor: 2087, taxRateBp: 1000, totalMinor: 2087 },
      // 7,000 beyond 1,000: 5,000 × 1.00 + 2,000 × 0.50
      { description: 'Konica C250i (SN B2) — Colour: 8,000 pages, 1,000 included, 5,000 × $0.01 + 2,000 × $0.005', unitPriceMinor: 6000, taxRateBp: 1000, totalMinor: 6000 },
    ]);
    expect(bInvoice).toMatchObject({ subtotalMinor: 11_087, taxMinor: 300 + 209 + 600, totalMinor: 11_087 + 1_109 });

    const [cInvoice] = await invoicesOf(d.tenant.id, c.customer.id);
    expect(cInvoice?.lines.map((l) => [l.description, l.unitPriceMinor])).toEqual([
      ['Konica C250i (SN C1) — base charge, Oct 2, 2026 to Nov 1, 2026', 1000],
      ['Konica C250i (SN C1) — Black: 2,000 pages, 0 included, 2,000 × $0.01', 2000],
      ['Konica C250i (SN C1) — minimum charge for the period ($50.00)', 2000],
    ]);
    expect(cInvoice?.totalMinor).toBe(5000);

    // The periods say what was billed; the readings carry the period; the contract bills next on 12-01.
    const periods = await app.call<{ meterBillingPeriods: unknown[] }>('admin', PERIODS, { contractId: single.id }, { token: d.token });
    expect(periods.data?.meterBillingPeriods).toEqual([
      {
        periodStart: '2026-10-02',
        periodEnd: '2026-11-01',
        invoiceNumber: bInvoice?.number,
        subtotalMinor: 5087,
        meters: [
          {
            meterId: b1.black.id,
            label: 'Black',
            openingValue: 10_000,
            closingValue: 22_345,
            volume: 12_345,
            includedVolume: 10_000,
            overageVolume: 2_345,
            estimated: false,
            amountMinor: 2087,
            creditMinor: 0,
          },
        ],
      },
    ]);
    const marked = await app.owner.meterReading.findMany({ where: { meterId: b1.black.id }, orderBy: { readAt: 'asc' }, select: { billedPeriodId: true, status: true } });
    expect(marked.map((r) => [r.status, r.billedPeriodId !== null])).toEqual([
      ['ACCEPTED', false],
      ['REJECTED', false],
      ['ACCEPTED', true],
    ]);
    const after = await app.call<{ meterContract: ContractView }>('admin', ADMIN_ONE, { id: single.id }, { token: d.token });
    expect(after.data?.meterContract.billedThrough).toBe('2026-11-01');

    // The next run finds nothing due.
    expect(await billDueMeterPeriods({ ...app.deps, owner: app.owner }, [d.tenant.id])).toEqual([]);
  });

  it('bills a period exactly once when two runs race', async () => {
    const d = await dealer();
    const { customer } = await customerOf(d);
    const { asset, black } = await device(d, customer.id, 'R1');
    await contract(d, { assetId: asset.id, ...OCT, baseChargeMinor: 1000, rates: [rate(black.id, 0, [{ upTo: null, rateMinorPerThousand: 1000 }])] });
    await reading(d, customer.id, black.id, 0, '2026-10-01T15:00:00Z');
    await reading(d, customer.id, black.id, 500, '2026-10-31T15:00:00Z');
    const runs = await Promise.all([0, 1, 2].map(() => billDueMeterPeriods({ ...app.deps, owner: app.owner }, [d.tenant.id])));
    expect(runs.flat()).toHaveLength(1);
    expect(await app.owner.invoice.count({ where: { tenantId: d.tenant.id } })).toBe(1);
    expect(await app.owner.meterBillingPeriod.count({ where: { tenantId: d.tenant.id } })).toBe(1);
  });

  it('a flagged closing reading makes the period wait until staff review it', async () => {
    const d = await dealer();
    const { customer } = await customerOf(d);
    const { asset, black } = await device(d, customer.id, 'F1');
    await contract(d, { assetId: asset.id, ...OCT, rates: [rate(black.id, 0, [{ upTo: null, rateMinorPerThousand: 1000 }])] });
    await reading(d, customer.id, black.id, 0, '2026-10-01T15:00:00Z');
    const flagged = await reading(d, customer.id, black.id, 9_000, '2026-10-31T15:00:00Z', { status: 'FLAGGED' });
    expect(await billDueMeterPeriods({ ...app.deps, owner: app.owner }, [d.tenant.id])).toEqual([]);
    expect(await app.owner.meterBillingPeriod.count({ where: { tenantId: d.tenant.id } })).toBe(0);
    await app.owner.meterReading.update({ where: { tenantId_id: { tenantId: d.tenant.id, id: flagged.id } }, data: { status: 'APPROVED' } });
    expect(await billDueMeterPeriods({ ...app.deps, owner: app.owner }, [d.tenant.id])).toHaveLength(1);
    const [invoice] = await invoicesOf(d.tenant.id, customer.id);
    expect(invoice?.totalMinor).toBe(9_000);
  });

  it('estimates a missing closing reading, then credits the over-estimate when the actual reading comes in lower', async () => {
    const d = await dealer();
    const { customer } = await customerOf(d);
    const { asset, black } = await device(d, customer.id, 'E1');
    await contract(d, {
      assetId: asset.id,
      startsOn: '2026-09-02',
      periodMonths: 1,
      billingDay: 1,
      baseChargeMinor: 5000,
      rates: [rate(black.id, 0, [{ upTo: null, rateMinorPerThousand: 1000 }])],
    });
    await reading(d, customer.id, black.id, 1_000, '2026-09-01T15:00:00Z');
    await reading(d, customer.id, black.id, 2_000, '2026-09-15T15:00:00Z');
    // 2026-10-05: September's period (09-02 – 10-01) bills on an estimate; October's has not ended.
    app.clock.now = new Date('2026-10-05T15:00:00Z');
    expect(await billDueMeterPeriods({ ...app.deps, owner: app.owner }, [d.tenant.id])).toHaveLength(1);
    const estimate = await app.owner.meterReading.findFirstOrThrow({ where: { meterId: black.id, source: 'ESTIMATE' } });
    expect(estimate.value).toBeGreaterThan(2_500);
    const [september] = await invoicesOf(d.tenant.id, customer.id);
    expect(september?.lines).toEqual([
      expect.objectContaining({ unitPriceMinor: 5000 }),
      expect.objectContaining({
        description: `Konica C250i (SN E1) — Black: ${(estimate.value - 1_000).toLocaleString('en-US')} pages, 0 included, ${(estimate.value - 1_000).toLocaleString('en-US')} × $0.01 (estimated reading)`,
        unitPriceMinor: estimate.value - 1_000,
      }),
    ]);
    // The actual reading in October's window is below the estimate: October bills no volume and gives back the difference.
    await reading(d, customer.id, black.id, 2_500, '2026-10-30T15:00:00Z');
    app.clock.now = new Date(TEST_START);
    expect(await billDueMeterPeriods({ ...app.deps, owner: app.owner }, [d.tenant.id])).toHaveLength(1);
    const [, october] = await invoicesOf(d.tenant.id, customer.id);
    expect(october?.lines).toEqual([
      expect.objectContaining({ unitPriceMinor: 5000 }),
      expect.objectContaining({ description: 'Konica C250i (SN E1) — Black: 0 pages, 0 included', unitPriceMinor: 0 }),
      expect.objectContaining({
        description: "Konica C250i (SN E1) — Black: credit for the previous period's estimate (actual reading 2,500)",
        unitPriceMinor: -(estimate.value - 2_500),
      }),
    ]);
    // November opens at the actual reading.
    const usage = await app.call<{ meterUsage: { meters: { openingValue: number }[] } }>('admin', USAGE, { assetId: asset.id }, { token: d.token });
    expect(usage.data?.meterUsage.meters[0]?.openingValue).toBe(2_500);
  });
});

describe('bill now', () => {
  it("an owner bills what is due at once and reads the device's contract from the customer's equipment", async () => {
    const d = await dealer();
    const { customer } = await customerOf(d);
    const { asset, black } = await device(d, customer.id, 'N1');
    const created = await contract(d, { assetId: asset.id, ...OCT, baseChargeMinor: 1500, rates: [rate(black.id, 0, [{ upTo: null, rateMinorPerThousand: 1000 }])] });
    await reading(d, customer.id, black.id, 100, '2026-10-01T15:00:00Z');
    await reading(d, customer.id, black.id, 400, '2026-10-31T15:00:00Z');
    const now = await app.call<{ billMeterContractsNow: { periodStart: string; invoiceNumber: string | null; subtotalMinor: number }[] }>(
      'admin',
      'mutation { billMeterContractsNow { periodStart periodEnd invoiceNumber subtotalMinor } }',
      {},
      { token: d.token },
    );
    expect(now.errors).toBeUndefined();
    const invoice = await app.owner.invoice.findFirstOrThrow({ where: { tenantId: d.tenant.id, customerId: customer.id } });
    expect(now.data?.billMeterContractsNow).toEqual([{ periodStart: '2026-10-02', periodEnd: '2026-11-01', invoiceNumber: invoice.number, subtotalMinor: 1800 }]);
    const again = await app.call<{ billMeterContractsNow: unknown[] }>('admin', 'mutation { billMeterContractsNow { id } }', {}, { token: d.token });
    expect(again.data?.billMeterContractsNow).toEqual([]);
    const assets = await app.call<{ customer: { assets: { meterContract: { number: string; billedThrough: string } | null }[] } }>(
      'admin',
      'query($id: ID!) { customer(id: $id) { assets { meterContract { number billedThrough } } } }',
      { id: customer.id },
      { token: d.token },
    );
    expect(assets.errors).toBeUndefined();
    expect(assets.data?.customer.assets).toEqual([{ meterContract: { number: created.number, billedThrough: '2026-11-01' } }]);
  });
});

describe('usage projection', () => {
  it('shows the customer the period so far and the projection at the current pace, with and without a proposed reading', async () => {
    const d = await dealer();
    const me = await customerOf(d);
    const { asset, black } = await device(d, me.customer.id, 'U1');
    const created = await contract(d, {
      assetId: asset.id,
      startsOn: '2026-11-02',
      periodMonths: 1,
      billingDay: 1,
      baseChargeMinor: 3000,
      rates: [rate(black.id, 10_000, [{ upTo: null, rateMinorPerThousand: 890 }])],
    });
    await reading(d, me.customer.id, black.id, 50_000, '2026-11-01T12:00:00Z');
    await reading(d, me.customer.id, black.id, 56_000, '2026-11-11T12:00:00Z');
    // Now 2026-11-20 15:00Z; the period 11-02 – 12-01 closes 2026-12-02T06:00Z (Chicago, CST).
    const res = await app.call<{ meterUsage: unknown }>('portal', USAGE, { assetId: asset.id }, { token: me.token });
    expect(res.errors).toBeUndefined();
    // 600 a day; 20.75 days from the latest reading to the close: 12,450 more.
    expect(res.data?.meterUsage).toEqual({
      contractNumber: created.number,
      periodStart: '2026-11-02',
      periodEnd: '2026-12-01',
      daysElapsed: 19,
      daysInPeriod: 30,
      currency: 'USD',
      baseChargeMinor: 3000,
      minimumMinor: 0,
      estimatedChargeMinor: 3000 + 7521,
      meters: [
        {
          meterId: black.id,
          label: 'Black',
          kind: 'BLACK',
          openingValue: 50_000,
          latestValue: 56_000,
          volumeThisPeriod: 6_000,
          includedVolume: 10_000,
          allowanceLeft: 4_000,
          projectedVolume: 18_450,
          projectedOverageVolume: 8_450,
          projectedOverageMinor: 7521, // 8,450 × 0.89 = 7,520.5
        },
      ],
    });
    // A reading about to be submitted: 7,000 in 19.125 days, 11.625 days left.
    const proposed = await app.call<{ meterUsage: { meters: Record<string, number>[] } }>(
      'portal',
      USAGE,
      { assetId: asset.id, proposed: [{ meterId: black.id, value: 57_000 }] },
      { token: me.token },
    );
    const projected = 7_000 + Math.round((7_000 / 19.125) * 11.625);
    expect(proposed.data?.meterUsage.meters[0]).toMatchObject({
      latestValue: 57_000,
      volumeThisPeriod: 7_000,
      allowanceLeft: 3_000,
      projectedVolume: projected,
      projectedOverageMinor: Math.round((projected - 10_000) * 0.89),
    });
    // The contract on the device, and in the customer's list.
    const field = await app.call<{ asset: { meterContract: { number: string } | null } }>(
      'portal',
      `query($id: ID!) { asset(id: $id) { meterContract { number } } }`,
      { id: asset.id },
      { token: me.token },
    );
    expect(field.errors).toBeUndefined();
    expect(field.data?.asset.meterContract?.number).toBe(created.number);
  });
});

describe('meter contract isolation', () => {
  it('a customer sees only their own contracts and usage', async () => {
    const d = await dealer();
    const me = await customerOf(d);
    const other = await customerOf(d);
    const mine = await device(d, me.customer.id, 'M1');
    const theirs = await device(d, other.customer.id, 'T1');
    const myContract = await contract(d, { assetId: mine.asset.id, ...OCT });
    await contract(d, { assetId: theirs.asset.id, ...OCT });
    const listed = await app.call<{ meterContracts: { nodes: { id: string }[] } }>('portal', PORTAL_LIST, {}, { token: me.token });
    expect(listed.data?.meterContracts.nodes.map((c) => c.id)).toEqual([myContract.id]);
    const usage = await app.call('portal', USAGE, { assetId: theirs.asset.id }, { token: me.token });
    expect(usage.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const proposing = await app.call('portal', USAGE, { assetId: mine.asset.id, proposed: [{ meterId: theirs.black.id, value: 1 }] }, { token: me.token });
    expect(proposing.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_DEVICE_METER' });
  });

  it("another tenant's contract is NOT_FOUND; technicians reach nothing; dispatchers read but do not manage", async () => {
    const d = await dealer();
    const elsewhere = await dealer();
    const { customer } = await customerOf(elsewhere);
    const theirs = await device(elsewhere, customer.id, 'X1');
    const theirContract = await contract(elsewhere, { assetId: theirs.asset.id, ...OCT });
    for (const [query, vars] of [
      [ADMIN_ONE, { id: theirContract.id }],
      [PERIODS, { contractId: theirContract.id }],
      [END, { id: theirContract.id, endsOn: '2027-01-01' }],
      [USAGE, { assetId: theirs.asset.id }],
    ] as const) {
      const res = await app.call('admin', query, vars, { token: d.token });
      expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    const listed = await app.call<{ meterContracts: { nodes: unknown[] } }>('admin', ADMIN_LIST, {}, { token: d.token });
    expect(listed.data?.meterContracts.nodes).toEqual([]);

    const { token: technician } = await signedInStaff(app, elsewhere.tenant.id, 'technician');
    for (const [query, vars] of [
      [ADMIN_LIST, {}],
      [ADMIN_ONE, { id: theirContract.id }],
      [USAGE, { assetId: theirs.asset.id }],
      [CREATE, { input: { assetId: theirs.asset.id, ...OCT } }],
    ] as const) {
      const res = await app.call('admin', query, vars, { token: technician });
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const { token: dispatcher } = await signedInStaff(app, elsewhere.tenant.id, 'dispatcher');
    const read = await app.call('admin', ADMIN_ONE, { id: theirContract.id }, { token: dispatcher });
    expect(read.errors).toBeUndefined();
    const end = await app.call('admin', END, { id: theirContract.id, endsOn: '2027-01-01' }, { token: dispatcher });
    expect(end.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('with meters off, every operation is refused at the door', async () => {
    const d = await dealer();
    const me = await customerOf(d);
    await app.owner.tenant.update({ where: { id: d.tenant.id }, data: { featureMeters: false } });
    const admin = await app.call('admin', ADMIN_LIST, {}, { token: d.token });
    expect(admin.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'FEATURE_OFF' });
    const portal = await app.call('portal', PORTAL_LIST, {}, { token: me.token });
    expect(portal.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'FEATURE_OFF' });
  });
});
