// Live events about meter readings: the reading is re-read in each subscriber's own scope, so the
// customer whose reading it is and the office receive it; another customer, a technician and
// another business do not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/app.js';
import { customerToken, makeAsset, makeAssetType, makeCustomer, makeStaff, makeTenant, staffToken } from '../test/factory.js';
import { subscribeLive, type LiveSubscription, type ReceivedEvent } from '../test/live.js';

let app: TestApp;
const subscriptions: LiveSubscription[] = [];
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await Promise.all(subscriptions.map((s) => s.dispose()));
  await app.close();
});

async function subscribe(...args: Parameters<typeof subscribeLive>): Promise<LiveSubscription> {
  const sub = await subscribeLive(...args);
  subscriptions.push(sub);
  return sub;
}

async function customerWithMeter(tenantId: string) {
  const type = await makeAssetType(app.owner, tenantId, { en: 'Copier' });
  const { customer, account } = await makeCustomer(app.owner, tenantId);
  const asset = await makeAsset(app.owner, tenantId, customer.id, type.id);
  const meter = await app.owner.meter.create({ data: { tenantId, customerId: customer.id, assetId: asset.id, kind: 'BLACK', label: 'Black' } });
  const { token } = await customerToken(app, account!);
  return { customer, meter, token };
}

const about = (id: string) => (e: ReceivedEvent) => e.subjectId === id;

describe('live meter readings', () => {
  it('reach the customer whose reading it is and the office, nobody else', async () => {
    const tenant = await makeTenant(app.owner);
    await app.owner.tenant.update({ where: { id: tenant.id }, data: { featureMeters: true } });
    const mine = await customerWithMeter(tenant.id);
    const theirs = await customerWithMeter(tenant.id);
    const office = await makeStaff(app.owner, tenant.id, 'dispatcher');
    const technician = await makeStaff(app.owner, tenant.id, 'technician');
    const outsider = await makeStaff(app.owner, (await makeTenant(app.owner)).id, 'owner');
    const subMine = await subscribe(app, 'portal', { token: mine.token });
    const subTheirs = await subscribe(app, 'portal', { token: theirs.token });
    const subOffice = await subscribe(app, 'admin', { token: (await staffToken(app, office)).token });
    const subTech = await subscribe(app, 'admin', { token: (await staffToken(app, technician)).token });
    const subOutsider = await subscribe(app, 'admin', { token: (await staffToken(app, outsider)).token });

    const reading = await app.owner.meterReading.create({
      data: { tenantId: tenant.id, customerId: mine.customer.id, meterId: mine.meter.id, value: 100, readAt: new Date('2026-11-20T10:00:00Z'), source: 'PORTAL', status: 'FLAGGED' },
    });
    await app.owner.meterReading.update({ where: { tenantId_id: { tenantId: tenant.id, id: reading.id } }, data: { status: 'APPROVED' } });
    const [created, changed] = [await subMine.until((e) => about(reading.id)(e) && e.change === 'CREATED'), await subMine.until((e) => about(reading.id)(e) && e.change === 'CHANGED')];
    expect(created.subject).toBe('METER_READING');
    expect(changed.subject).toBe('METER_READING');
    await subOffice.until((e) => about(reading.id)(e) && e.change === 'CHANGED');

    // A later write each of the others can see: when it arrives, the reading's events were dealt with.
    const marker = await app.owner.meterReading.create({
      data: { tenantId: tenant.id, customerId: theirs.customer.id, meterId: theirs.meter.id, value: 5, readAt: new Date('2026-11-20T10:00:00Z'), source: 'PORTAL' },
    });
    await subTheirs.until(about(marker.id));
    expect(subTheirs.events.map((e) => e.subjectId)).toEqual([marker.id]);
    await subOffice.until(about(marker.id));
    // The technician and another business: nothing (no door, no rows). Their own bell is the marker.
    for (const [member, sub] of [
      [technician, subTech],
      [outsider, subOutsider],
    ] as const) {
      const bell = await app.owner.notification.create({
        data: { tenantId: member.tenantId, staffUserId: member.id, kind: 'newBooking', subjectType: 'job', subjectId: reading.id, params: {} },
      });
      await sub.until(about(bell.id));
      expect(sub.events.map((e) => e.subject)).toEqual(['NOTIFICATION']);
    }
  });
});
