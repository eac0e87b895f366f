import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_START, type TestApp } from '../test/app.js';
import { makeAsset, makeAssetType, makeCustomer, makeTenant } from '../test/factory.js';
import type { WorkerDeps } from '../worker/context.js';
import { makeMeterEstimates, sendMeterReadingReminders } from './meter-reading-tasks.js';

let app: TestApp;
let deps: WorkerDeps;
beforeAll(async () => {
  app = await startTestApp();
  deps = { ...app.deps, owner: app.owner };
});
afterAll(() => {
  app.clock.now = new Date(TEST_START);
  return app.close();
});

/** A French customer's copier on a contract billed on the 25th, read through October. */
async function world() {
  const tenant = await makeTenant(app.owner);
  await app.owner.tenant.update({ where: { id: tenant.id }, data: { featureMeters: true } });
  const type = await makeAssetType(app.owner, tenant.id, { en: 'Copier' });
  const { customer } = await makeCustomer(app.owner, tenant.id);
  await app.owner.customer.update({ where: { tenantId_id: { tenantId: tenant.id, id: customer.id } }, data: { locale: 'fr' } });
  const asset = await makeAsset(app.owner, tenant.id, customer.id, type.id, { name: 'Copieur du hall' });
  const black = await app.owner.meter.create({ data: { tenantId: tenant.id, customerId: customer.id, assetId: asset.id, kind: 'BLACK', label: 'Noir' } });
  await app.owner.meterReading.createMany({
    data: [
      { tenantId: tenant.id, customerId: customer.id, meterId: black.id, value: 10_000, readAt: new Date('2026-10-01T15:00:00Z'), source: 'PORTAL' },
      { tenantId: tenant.id, customerId: customer.id, meterId: black.id, value: 13_000, readAt: new Date('2026-10-31T15:00:00Z'), source: 'PORTAL' },
    ],
  });
  await app.owner.meterContract.create({
    data: { tenantId: tenant.id, customerId: customer.id, assetId: asset.id, number: 'MC-1', startsOn: new Date('2026-09-15'), billingDay: 25 },
  });
  return { tenant, customer, asset, black };
}

async function at<T>(instant: string, work: () => Promise<T>): Promise<T> {
  app.clock.now = new Date(instant);
  try {
    return await work();
  } finally {
    app.clock.now = new Date(TEST_START);
  }
}

describe('meter reading reminders', () => {
  it('tell the customer once per billing day, in their language, while the reading is due and missing', async () => {
    const w = await world();
    const only = { tenantIds: [w.tenant.id] };
    // Nov 19: the window of Nov 25 opens on the 20th.
    expect(await at('2026-11-19T16:00:00Z', () => sendMeterReadingReminders(deps, only))).toBe(0);
    // Nov 20, 7:00 in Chicago: before reminders go out.
    expect(await at('2026-11-20T13:00:00Z', () => sendMeterReadingReminders(deps, only))).toBe(0);
    expect(await at('2026-11-20T15:00:00Z', () => sendMeterReadingReminders(deps, only))).toBe(1);
    expect(await at('2026-11-21T15:00:00Z', () => sendMeterReadingReminders(deps, only))).toBe(0);
    const bell = await app.owner.notification.findMany({ where: { tenantId: w.tenant.id, customerId: w.customer.id } });
    expect(bell).toMatchObject([{ kind: 'meterReadingDue', subjectType: 'asset', subjectId: w.asset.id, params: { title: 'Copieur du hall', date: '2026-11-25' } }]);
    const [email] = await app.owner.outboxEmail.findMany({ where: { tenantId: w.tenant.id, customerId: w.customer.id } });
    expect(email?.subject).toContain('Relevé de compteur attendu');
    expect(email?.text).toContain('Copieur du hall');
    expect(email?.text).toContain(`/portal/assets/${w.asset.id}`);
  });

  it('are not sent once the reading came in the window', async () => {
    const w = await world();
    await app.owner.meterReading.create({
      data: { tenantId: w.tenant.id, customerId: w.customer.id, meterId: w.black.id, value: 15_000, readAt: new Date('2026-11-20T14:00:00Z'), source: 'PORTAL' },
    });
    expect(await at('2026-11-20T15:00:00Z', () => sendMeterReadingReminders(deps, { tenantIds: [w.tenant.id] }))).toBe(0);
  });
});

describe('meter estimates', () => {
  it('are made once after the billing day passed without a reading', async () => {
    const w = await world();
    const only = { tenantIds: [w.tenant.id] };
    // On Nov 26 the last closed billing day is Nov 25, read in none of its window (Nov 20–25).
    expect(await at('2026-11-26T15:00:00Z', () => makeMeterEstimates(deps, only))).toBe(1);
    expect(await at('2026-11-26T16:00:00Z', () => makeMeterEstimates(deps, only))).toBe(0);
    const estimates = await app.owner.meterReading.findMany({ where: { meterId: w.black.id, source: 'ESTIMATE' } });
    expect(estimates.map((e) => e.readAt.toISOString())).toEqual(['2026-11-26T05:59:59.999Z']);
  });
});
