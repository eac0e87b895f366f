import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_START, type TestApp } from '../test/app.js';
import { customerToken, makeAsset, makeAssetType, makeCustomer, makeJob, makeSite, makeTenant } from '../test/factory.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => {
  app.clock.now = new Date(TEST_START);
  return app.close();
});

async function customerOf(tenantId: string, locale: string | null = 'en') {
  const { account } = await makeCustomer(app.owner, tenantId);
  await app.owner.customer.updateMany({ where: { id: account!.customerId }, data: { locale } });
  return { customerId: account!.customerId, token: (await customerToken(app, account!)).token };
}

type AssetView = { id: string; name: string; typeName: string; category: string; warrantyStatus: string; warrantyEndOn: string | null };

async function assets(token: string, siteId?: string) {
  const res = await app.call<{ assets: AssetView[] }>(
    'portal',
    'query($siteId: ID) { assets(siteId: $siteId) { id name typeName category model serialNumber installedOn warrantyEndOn warrantyStatus } }',
    { siteId },
    { token },
  );
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.assets;
}

describe('asset type names', () => {
  it("are in the customer's language, else the business's, else English, else the type's code", async () => {
    const tenant = await makeTenant(app.owner);
    await app.owner.tenant.update({ where: { id: tenant.id }, data: { locale: 'de' } });
    const types = {
      french: await makeAssetType(app.owner, tenant.id, { en: 'Furnace', fr: 'Chaudière', de: 'Heizkessel' }),
      german: await makeAssetType(app.owner, tenant.id, { en: 'Water heater', de: 'Boiler' }),
      english: await makeAssetType(app.owner, tenant.id, { en: 'Heat pump', es: 'Bomba de calor' }),
      none: await makeAssetType(app.owner, tenant.id, {}, { code: 'poodle', category: 'animal' }),
    };
    const fr = await customerOf(tenant.id, 'fr-CA');
    for (const [name, type] of Object.entries(types)) await makeAsset(app.owner, tenant.id, fr.customerId, type.id, { name });
    const byName = Object.fromEntries((await assets(fr.token)).map((a) => [a.name, a]));
    expect(byName.french?.typeName).toBe('Chaudière');
    expect(byName.german?.typeName).toBe('Boiler');
    expect(byName.english?.typeName).toBe('Heat pump');
    expect(byName.none).toMatchObject({ typeName: 'poodle', category: 'animal' });
    expect(byName.french?.category).toBe('equipment');
    // Without a language of their own, the customer reads the business's.
    const noLocale = await customerOf(tenant.id, null);
    await makeAsset(app.owner, tenant.id, noLocale.customerId, types.french.id, { name: 'mine' });
    expect((await assets(noLocale.token))[0]?.typeName).toBe('Heizkessel');
  });
});

describe('warranty status', () => {
  it("counts days to the end date in the business's time zone: 29 and 30 expiring, 31 active, yesterday expired", async () => {
    const tenant = await makeTenant(app.owner);
    const type = await makeAssetType(app.owner, tenant.id, { en: 'Furnace' });
    const me = await customerOf(tenant.id);
    const ends: Record<string, string | undefined> = {
      today: '2026-11-20',
      yesterday: '2026-11-19',
      in29: '2026-12-19',
      in30: '2026-12-20',
      in31: '2026-12-21',
      none: undefined,
    };
    for (const [name, warrantyEndOn] of Object.entries(ends)) await makeAsset(app.owner, tenant.id, me.customerId, type.id, { name, warrantyEndOn });
    // 03:00 UTC on the 21st is still the evening of the 20th in Chicago.
    app.clock.now = new Date('2026-11-21T03:00:00Z');
    try {
      const status = Object.fromEntries((await assets(me.token)).map((a) => [a.name, a.warrantyStatus]));
      expect(status).toEqual({ today: 'EXPIRING_SOON', yesterday: 'EXPIRED', in29: 'EXPIRING_SOON', in30: 'EXPIRING_SOON', in31: 'ACTIVE', none: 'NONE' });
      // Six hours later it is the 21st in Chicago too: today's end date has passed.
      app.clock.now = new Date('2026-11-21T09:00:00Z');
      const later = Object.fromEntries((await assets(me.token)).map((a) => [a.name, a.warrantyStatus]));
      expect(later).toMatchObject({ today: 'EXPIRED', in31: 'EXPIRING_SOON' });
    } finally {
      app.clock.now = new Date(TEST_START);
    }
  });
});

describe('asset detail', () => {
  it('has its site, appointment count and maintenance history, latest first and limited', async () => {
    const tenant = await makeTenant(app.owner);
    const type = await makeAssetType(app.owner, tenant.id, { en: 'Furnace' });
    const me = await customerOf(tenant.id);
    const home = await makeSite(app.owner, tenant.id, me.customerId, 'Home');
    const cabin = await makeSite(app.owner, tenant.id, me.customerId, 'Cabin');
    const furnace = await makeAsset(app.owner, tenant.id, me.customerId, type.id, { siteId: home.id, name: 'Furnace', installedOn: '2020-05-01', warrantyEndOn: '2030-05-01' });
    await makeAsset(app.owner, tenant.id, me.customerId, type.id, { siteId: cabin.id, name: 'Stove' });
    const serviceType = await app.owner.serviceType.create({ data: { tenantId: tenant.id, name: 'Service', durationMinutes: 60, priceMinor: 1 } });
    const job = (start: string, status: 'completed' | 'scheduled' | 'cancelled') =>
      makeJob(app.owner, tenant.id, me.customerId, { siteId: home.id, serviceTypeId: serviceType.id, assetId: furnace.id, start: new Date(start), status });
    const older = await job('2025-11-01T15:00:00Z', 'completed');
    const newer = await job('2026-11-01T15:00:00Z', 'completed');
    await job('2026-12-01T15:00:00Z', 'scheduled');
    await job('2026-12-02T15:00:00Z', 'cancelled');
    const res = await app.call<{ asset: Record<string, unknown> & { maintenanceHistory: { id: string }[] }; one: { maintenanceHistory: { id: string }[] } }>(
      'portal',
      `query($id: ID!) {
        asset(id: $id) { name model serialNumber installedOn warrantyEndOn warrantyStatus site { label } appointmentCount maintenanceHistory { id status } }
        one: asset(id: $id) { maintenanceHistory(limit: 1) { id } }
      }`,
      { id: furnace.id },
      { token: me.token },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.asset).toMatchObject({
      name: 'Furnace',
      model: 'Model X',
      serialNumber: 'SN-1',
      installedOn: '2020-05-01',
      warrantyEndOn: '2030-05-01',
      warrantyStatus: 'ACTIVE',
      site: { label: 'Home' },
      // Two completed and one scheduled; the cancelled one does not count.
      appointmentCount: 3,
    });
    expect(res.data?.asset.maintenanceHistory.map((j) => j.id)).toEqual([newer.id, older.id]);
    expect(res.data?.one.maintenanceHistory.map((j) => j.id)).toEqual([newer.id]);
    expect((await assets(me.token, cabin.id)).map((a) => a.name)).toEqual(['Stove']);
    const tooMany = await app.call('portal', 'query($id: ID!) { asset(id: $id) { maintenanceHistory(limit: 500) { id } } }', { id: furnace.id }, { token: me.token });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'limit' });
  });

  it("the portal's only asset mutations are the customer's own (addMyAsset, updateMyAsset, deleteMyAsset)", async () => {
    const tenant = await makeTenant(app.owner);
    const me = await customerOf(tenant.id);
    const res = await app.call('portal', '{ __type(name: "Mutation") { fields { name } } }', {}, { token: me.token });
    const names = (res.data as { __type: { fields: { name: string }[] } } | undefined)?.__type.fields.map((f) => f.name) ?? [];
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((n) => /asset/i.test(n)).sort()).toEqual(['addMyAsset', 'deleteMyAsset', 'updateMyAsset']);
  });
});
