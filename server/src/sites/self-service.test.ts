// Customers add their own service addresses, equipment and animals; staff see who added what.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/app.js';
import { customerToken, makeAssetType, makeCustomer, makeJob, makeSite, makeTenant, signedInStaff } from '../test/factory.js';
import { withScope } from '../test/rls-scope.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const ADDRESS = { label: 'Home', addressLine1: '12 Rue des Lilas', city: 'Lyon', postalCode: '69003', country: 'fr' };
const SITE_FIELDS = 'id label addressLine1 addressLine2 city postalCode region country accessInstructions canEdit';
const ADD_SITE = `mutation($input: SiteInput!) { addMySite(input: $input) { ${SITE_FIELDS} } }`;
const UPDATE_SITE = `mutation($id: ID!, $input: SiteInput!) { updateMySite(id: $id, input: $input) { ${SITE_FIELDS} } }`;
const DELETE_SITE = 'mutation($id: ID!) { deleteMySite(id: $id) }';
const ADD_ASSET = 'mutation($input: AssetInput!) { addMyAsset(input: $input) { id name model typeName category canEdit site { id } } }';
const UPDATE_ASSET = 'mutation($id: ID!, $input: AssetInput!) { updateMyAsset(id: $id, input: $input) { id name canEdit } }';
const DELETE_ASSET = 'mutation($id: ID!) { deleteMyAsset(id: $id) }';

type Ext = { code?: string; field?: string; reason?: string };
const ext = (res: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions as Ext | undefined;

async function customerOf(tenantId: string) {
  const { customer, account } = await makeCustomer(app.owner, tenantId);
  return { customer, token: (await customerToken(app, account!)).token };
}

async function world(options: { sites?: boolean; assets?: boolean } = {}) {
  const tenant = await makeTenant(app.owner);
  await app.owner.tenant.update({
    where: { id: tenant.id },
    data: { customersMayAddSites: options.sites ?? true, customersMayAddAssets: options.assets ?? true },
  });
  return { tenant, me: await customerOf(tenant.id) };
}

async function addSite(token: string, input: Record<string, unknown> = ADDRESS) {
  const res = await app.call<{ addMySite: Record<string, unknown> & { id: string } }>('portal', ADD_SITE, { input }, { token });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.addMySite;
}

const siteCount = (customerId: string) => app.owner.site.count({ where: { customerId } });

describe('a customer adds their own service address', () => {
  it('adds, lists, changes and removes it, and each step is in the activity log', async () => {
    const { me } = await world();
    const me2 = await app.call<{ me: { canAddSites: boolean; canAddAssets: boolean } }>('portal', '{ me { canAddSites canAddAssets } }', {}, { token: me.token });
    expect(me2.data?.me).toEqual({ canAddSites: true, canAddAssets: true });

    const site = await addSite(me.token, { ...ADDRESS, label: '  Home ', accessInstructions: 'Code 1234' });
    expect(site).toMatchObject({
      label: 'Home',
      addressLine1: '12 Rue des Lilas',
      city: 'Lyon',
      postalCode: '69003',
      country: 'FR',
      accessInstructions: 'Code 1234',
      addressLine2: null,
      canEdit: true,
    });
    const listed = await app.call<{ sites: { id: string; canEdit: boolean }[] }>('portal', '{ sites { id canEdit } }', {}, { token: me.token });
    expect(listed.data?.sites).toEqual([{ id: site.id, canEdit: true }]);

    const updated = await app.call<{ updateMySite: Record<string, unknown> }>(
      'portal',
      UPDATE_SITE,
      { id: site.id, input: { addressLine2: 'Bât. B', accessInstructions: null } },
      { token: me.token },
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.updateMySite).toMatchObject({ label: 'Home', addressLine2: 'Bât. B', accessInstructions: null });

    const removed = await app.call<{ deleteMySite: boolean }>('portal', DELETE_SITE, { id: site.id }, { token: me.token });
    expect(removed.data?.deleteMySite).toBe(true);
    expect(await siteCount(me.customer.id)).toBe(0);
    const log = await app.owner.activityLog.findMany({ where: { customerId: me.customer.id, action: { startsWith: 'site.' } }, orderBy: { createdAt: 'asc' } });
    expect(log.map((e) => [e.action, e.actorType, e.subjectId])).toEqual([
      ['site.created', 'customer', site.id],
      ['site.updated', 'customer', site.id],
      ['site.deleted', 'customer', site.id],
    ]);
  });

  it('bad input names the field with a reason and writes nothing', async () => {
    const { me } = await world();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ ...ADDRESS, addressLine1: '  ' }, 'addressLine1', 'REQUIRED'],
      [{ ...ADDRESS, city: undefined }, 'city', 'REQUIRED'],
      [{ ...ADDRESS, postalCode: '' }, 'postalCode', 'REQUIRED'],
      [{ ...ADDRESS, country: null }, 'country', 'REQUIRED'],
      [{ ...ADDRESS, country: 'XX' }, 'country', 'INVALID_COUNTRY'],
      [{ ...ADDRESS, label: 'x'.repeat(61) }, 'label', 'TOO_LONG'],
      [{ ...ADDRESS, postalCode: '1'.repeat(21) }, 'postalCode', 'TOO_LONG'],
      [{ ...ADDRESS, accessInstructions: 'y'.repeat(1001) }, 'accessInstructions', 'TOO_LONG'],
    ];
    for (const [input, field, reason] of cases) {
      const res = await app.call('portal', ADD_SITE, { input }, { token: me.token });
      expect(ext(res), `${field} ${reason}`).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
    }
    expect(await siteCount(me.customer.id)).toBe(0);
  });

  it("is FORBIDDEN when the business keeps its customers' addresses, and canEdit turns false", async () => {
    const { tenant, me } = await world();
    const site = await addSite(me.token);
    const owner = await signedInStaff(app, tenant.id, 'owner');
    const switched = await app.call<{ updateTenantSettings: unknown }>(
      'admin',
      'mutation($input: TenantSettingsInput!) { updateTenantSettings(input: $input) { customersMayAddSites customersMayAddAssets } }',
      { input: { customersMayAddSites: false } },
      { token: owner.token },
    );
    expect(switched.data?.updateTenantSettings).toEqual({ customersMayAddSites: false, customersMayAddAssets: true });
    const add = await app.call('portal', ADD_SITE, { input: ADDRESS }, { token: me.token });
    expect(ext(add)).toMatchObject({ code: 'FORBIDDEN', reason: 'SITES_MANAGED_BY_BUSINESS' });
    const update = await app.call('portal', UPDATE_SITE, { id: site.id, input: { label: 'Cabin' } }, { token: me.token });
    expect(ext(update)).toMatchObject({ code: 'FORBIDDEN', reason: 'SITES_MANAGED_BY_BUSINESS' });
    const del = await app.call('portal', DELETE_SITE, { id: site.id }, { token: me.token });
    expect(ext(del)).toMatchObject({ code: 'FORBIDDEN', reason: 'SITES_MANAGED_BY_BUSINESS' });
    const read = await app.call<{ me: { canAddSites: boolean }; sites: { label: string; canEdit: boolean }[] }>(
      'portal',
      '{ me { canAddSites } sites { label canEdit } }',
      {},
      { token: me.token },
    );
    expect(read.data).toEqual({ me: { canAddSites: false }, sites: [{ label: 'Home', canEdit: false }] });
    expect(await siteCount(me.customer.id)).toBe(1);
  });

  it('an address the office entered is read-only for the customer, in the API and in the database', async () => {
    const { tenant, me } = await world();
    const office = await makeSite(app.owner, tenant.id, me.customer.id, 'Office');
    const listed = await app.call<{ sites: { canEdit: boolean }[] }>('portal', '{ sites { canEdit } }', {}, { token: me.token });
    expect(listed.data?.sites).toEqual([{ canEdit: false }]);
    const update = await app.call('portal', UPDATE_SITE, { id: office.id, input: { label: 'Mine now' } }, { token: me.token });
    expect(ext(update)).toMatchObject({ code: 'FORBIDDEN', reason: 'ADDED_BY_BUSINESS' });
    const del = await app.call('portal', DELETE_SITE, { id: office.id }, { token: me.token });
    expect(ext(del)).toMatchObject({ code: 'FORBIDDEN', reason: 'ADDED_BY_BUSINESS' });
    // Row-level security refuses the same even to SQL that forgets to check.
    const scope = { tenantId: tenant.id, role: 'customer' as const, customerId: me.customer.id };
    const changed = await withScope(app.db, scope, (tx) => tx.site.updateMany({ where: { id: office.id }, data: { label: 'Mine now' } }));
    expect(changed.count).toBe(0);
    const deleted = await withScope(app.db, scope, (tx) => tx.site.deleteMany({ where: { id: office.id } }));
    expect(deleted.count).toBe(0);
    // Nor may a customer's transaction pass a site off as the office's.
    await expect(
      withScope(app.db, scope, (tx) =>
        tx.site.create({
          data: { tenantId: tenant.id, customerId: me.customer.id, label: 'Fake', addressLine1: '1 A St', city: 'B', postalCode: '1', country: 'US', addedBy: 'staff' },
        }),
      ),
    ).rejects.toThrow();
    expect((await app.owner.site.findFirstOrThrow({ where: { id: office.id } })).label).toBe('Office');
    // One door stays open: how to get in (booking sets it), on the customer's own sites only.
    const access = (site: string) => withScope(app.db, scope, (tx) => tx.$queryRaw<{ n: number }[]>`SELECT customer_set_site_access(${site}::uuid, 'Side gate') AS n`);
    expect((await access(office.id))[0]?.n).toBe(1);
    const neighbour = await customerOf(tenant.id);
    const theirs = await makeSite(app.owner, tenant.id, neighbour.customer.id, 'Theirs');
    expect((await access(theirs.id))[0]?.n).toBe(0);
    expect(await app.owner.site.findFirstOrThrow({ where: { id: office.id } })).toMatchObject({ label: 'Office', accessInstructions: 'Side gate' });
    expect((await app.owner.site.findFirstOrThrow({ where: { id: theirs.id } })).accessInstructions).toBeNull();
  });

  it('an address with appointments or equipment is not removed (CONFLICT with a reason)', async () => {
    const { tenant, me } = await world();
    const withJob = await addSite(me.token, { ...ADDRESS, label: 'Booked' });
    const serviceType = await app.owner.serviceType.create({ data: { tenantId: tenant.id, name: 'Groom', durationMinutes: 60, priceMinor: 1 } });
    await makeJob(app.owner, tenant.id, me.customer.id, { siteId: withJob.id, serviceTypeId: serviceType.id, start: new Date('2026-12-01T15:00:00Z') });
    const res = await app.call('portal', DELETE_SITE, { id: withJob.id }, { token: me.token });
    expect(ext(res)).toMatchObject({ code: 'CONFLICT', reason: 'SITE_HAS_JOBS' });

    const withAsset = await addSite(me.token, { ...ADDRESS, label: 'Kennel' });
    const type = await makeAssetType(app.owner, tenant.id, { en: 'Dog' }, { category: 'animal' });
    const added = await app.call('portal', ADD_ASSET, { input: { assetTypeId: type.id, name: 'Rex', siteId: withAsset.id } }, { token: me.token });
    expect(added.errors).toBeUndefined();
    const res2 = await app.call('portal', DELETE_SITE, { id: withAsset.id }, { token: me.token });
    expect(ext(res2)).toMatchObject({ code: 'CONFLICT', reason: 'SITE_HAS_ASSETS' });
    expect(await siteCount(me.customer.id)).toBe(2);
  });
});

describe('a customer adds their own equipment or animals', () => {
  it('adds one of the catalogue, at one of their addresses, then changes and removes it', async () => {
    const { tenant, me } = await world();
    const type = await makeAssetType(app.owner, tenant.id, { en: 'Dog', fr: 'Chien' }, { category: 'animal' });
    const types = await app.call<{ assetTypes: unknown[] }>('portal', '{ assetTypes { id name category } }', {}, { token: me.token });
    expect(types.data?.assetTypes).toEqual([{ id: type.id, name: 'Dog', category: 'animal' }]);
    const site = await addSite(me.token);
    const res = await app.call<{ addMyAsset: { id: string } }>(
      'portal',
      ADD_ASSET,
      { input: { assetTypeId: type.id, name: ' Biscuit ', model: 'Poodle', siteId: site.id } },
      { token: me.token },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.addMyAsset).toMatchObject({ name: 'Biscuit', model: 'Poodle', typeName: 'Dog', category: 'animal', canEdit: true, site: { id: site.id } });
    const id = res.data!.addMyAsset.id;
    const updated = await app.call('portal', UPDATE_ASSET, { id, input: { name: 'Biscuit II' } }, { token: me.token });
    expect(updated.data).toEqual({ updateMyAsset: { id, name: 'Biscuit II', canEdit: true } });
    const removed = await app.call('portal', DELETE_ASSET, { id }, { token: me.token });
    expect(removed.data).toEqual({ deleteMyAsset: true });
    expect(await app.owner.asset.count({ where: { customerId: me.customer.id } })).toBe(0);
  });

  it('refuses a missing name, a type of another business and a site of another customer', async () => {
    const { tenant, me } = await world();
    const other = await world();
    const type = await makeAssetType(app.owner, tenant.id, { en: 'Dog' }, { category: 'animal' });
    const foreignType = await makeAssetType(app.owner, other.tenant.id, { en: 'Cat' }, { category: 'animal' });
    const neighbour = await customerOf(tenant.id);
    const neighbourSite = await makeSite(app.owner, tenant.id, neighbour.customer.id);
    const cases: [Record<string, unknown>, string][] = [
      [{ assetTypeId: type.id, name: ' ' }, 'name'],
      [{ assetTypeId: foreignType.id, name: 'Tom' }, 'assetTypeId'],
      [{ assetTypeId: type.id, name: 'Rex', siteId: neighbourSite.id }, 'siteId'],
      [{ assetTypeId: type.id, name: 'Rex', installedOn: '2026-02-30' }, 'installedOn'],
    ];
    for (const [input, field] of cases) {
      const res = await app.call('portal', ADD_ASSET, { input }, { token: me.token });
      expect(ext(res), field).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await app.owner.asset.count({ where: { customerId: me.customer.id } })).toBe(0);
  });

  it('is FORBIDDEN while the business keeps the list (its default), and office entries stay read-only', async () => {
    const tenant = await makeTenant(app.owner);
    expect(tenant.customersMayAddAssets).toBe(false);
    expect(tenant.customersMayAddSites).toBe(true);
    const me = await customerOf(tenant.id);
    const type = await makeAssetType(app.owner, tenant.id, { en: 'Furnace' });
    const res = await app.call('portal', ADD_ASSET, { input: { assetTypeId: type.id, name: 'Furnace' } }, { token: me.token });
    expect(ext(res)).toMatchObject({ code: 'FORBIDDEN', reason: 'ASSETS_MANAGED_BY_BUSINESS' });
    await app.owner.tenant.update({ where: { id: tenant.id }, data: { customersMayAddAssets: true } });
    const officeAsset = await app.owner.asset.create({ data: { tenantId: tenant.id, customerId: me.customer.id, assetTypeId: type.id, name: 'Office furnace' } });
    const update = await app.call('portal', UPDATE_ASSET, { id: officeAsset.id, input: { name: 'Mine' } }, { token: me.token });
    expect(ext(update)).toMatchObject({ code: 'FORBIDDEN', reason: 'ADDED_BY_BUSINESS' });
    const del = await app.call('portal', DELETE_ASSET, { id: officeAsset.id }, { token: me.token });
    expect(ext(del)).toMatchObject({ code: 'FORBIDDEN', reason: 'ADDED_BY_BUSINESS' });
    const scope = { tenantId: tenant.id, role: 'customer' as const, customerId: me.customer.id };
    expect((await withScope(app.db, scope, (tx) => tx.asset.updateMany({ where: { id: officeAsset.id }, data: { name: 'Mine' } }))).count).toBe(0);
  });
});

describe('isolation', () => {
  it("another customer, another tenant and staff cannot read, change or remove a customer's own address or asset", async () => {
    const { tenant, me } = await world();
    const site = await addSite(me.token);
    const type = await makeAssetType(app.owner, tenant.id, { en: 'Dog' }, { category: 'animal' });
    const asset = await app.call<{ addMyAsset: { id: string } }>('portal', ADD_ASSET, { input: { assetTypeId: type.id, name: 'Rex' } }, { token: me.token });
    const assetId = asset.data!.addMyAsset.id;

    const neighbour = await customerOf(tenant.id);
    const stranger = (await world()).me;
    for (const other of [neighbour, stranger]) {
      const read = await app.call('portal', 'query($id: ID!) { site(id: $id) { id } }', { id: site.id }, { token: other.token });
      expect(ext(read)?.code).toBe('NOT_FOUND');
      const update = await app.call('portal', UPDATE_SITE, { id: site.id, input: { label: 'Mine' } }, { token: other.token });
      expect(ext(update)?.code).toBe('NOT_FOUND');
      const del = await app.call('portal', DELETE_SITE, { id: site.id }, { token: other.token });
      expect(ext(del)?.code).toBe('NOT_FOUND');
      const updateAsset = await app.call('portal', UPDATE_ASSET, { id: assetId, input: { name: 'Mine' } }, { token: other.token });
      expect(ext(updateAsset)?.code).toBe('NOT_FOUND');
      const delAsset = await app.call('portal', DELETE_ASSET, { id: assetId }, { token: other.token });
      expect(ext(delAsset)?.code).toBe('NOT_FOUND');
      // Adding an asset at someone else's address is refused as bad input, like an unknown site.
      const addThere = await app.call('portal', ADD_ASSET, { input: { assetTypeId: type.id, name: 'Cuckoo', siteId: site.id } }, { token: other.token });
      expect(ext(addThere)?.code).toMatch(/BAD_USER_INPUT/);
    }
    expect((await app.owner.site.findFirstOrThrow({ where: { id: site.id } })).label).toBe('Home');
    expect(await app.owner.asset.count({ where: { id: assetId } })).toBe(1);

    // Staff tokens (a technician's included) do not open the portal's mutations.
    const technician = await signedInStaff(app, tenant.id, 'technician');
    const owner = await signedInStaff(app, tenant.id, 'owner');
    for (const staffToken of [technician.token, owner.token]) {
      const add = await app.call('portal', ADD_SITE, { input: ADDRESS }, { token: staffToken });
      expect(['UNAUTHENTICATED', 'FORBIDDEN']).toContain(ext(add)?.code);
      const del = await app.call('portal', DELETE_SITE, { id: site.id }, { token: staffToken });
      expect(['UNAUTHENTICATED', 'FORBIDDEN']).toContain(ext(del)?.code);
    }
    // Anonymous callers neither.
    const anonymous = await app.call('portal', ADD_SITE, { input: ADDRESS });
    expect(ext(anonymous)?.code).toBe('UNAUTHENTICATED');
    // And the admin endpoint has no such operation for a technician to reach.
    const techAdmin = await app.call('admin', 'mutation($id: ID!) { deleteSite(id: $id) }', { id: site.id }, { token: technician.token });
    expect(ext(techAdmin)?.code).toBe('FORBIDDEN');
    expect(await siteCount(me.customer.id)).toBe(1);
  });
});

describe('attribution for staff', () => {
  it('the admin shows who added each address and asset, and when', async () => {
    const { tenant, me } = await world();
    const owner = await signedInStaff(app, tenant.id, 'owner');
    await app.owner.staffUser.update({ where: { tenantId_id: { tenantId: tenant.id, id: owner.staff.id } }, data: { name: 'Dana Whitfield' } });
    const mine = await addSite(me.token, { ...ADDRESS, label: 'Added by me' });
    const byStaff = await app.call<{ createSite: { id: string } }>(
      'admin',
      'mutation($customerId: ID!, $input: SiteInput!) { createSite(customerId: $customerId, input: $input) { id } }',
      { customerId: me.customer.id, input: { ...ADDRESS, label: 'Added by office' } },
      { token: owner.token },
    );
    expect(byStaff.errors).toBeUndefined();
    const legacy = await makeSite(app.owner, tenant.id, me.customer.id, 'Legacy');
    const type = await makeAssetType(app.owner, tenant.id, { en: 'Dog' }, { category: 'animal' });
    await app.call('portal', ADD_ASSET, { input: { assetTypeId: type.id, name: 'Rex' } }, { token: me.token });

    const res = await app.call<{
      customer: {
        sites: { label: string; addedBy: { by: string; staffName: string | null; at: string } }[];
        assets: { name: string; addedBy: { by: string; staffName: string | null } }[];
      };
    }>(
      'admin',
      'query($id: ID!) { customer(id: $id) { sites { label addedBy { by staffName at } } assets { name addedBy { by staffName } } } }',
      { id: me.customer.id },
      { token: owner.token },
    );
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const byLabel = Object.fromEntries(res.data!.customer.sites.map((s) => [s.label, s.addedBy]));
    expect(byLabel['Added by me']).toEqual({ by: 'CUSTOMER', staffName: null, at: app.clock.now.toISOString() });
    expect(byLabel['Added by office']).toMatchObject({ by: 'STAFF', staffName: 'Dana Whitfield' });
    expect(byLabel['Legacy']).toMatchObject({ by: 'STAFF', staffName: null });
    expect(res.data!.customer.assets).toEqual([{ name: 'Rex', addedBy: { by: 'CUSTOMER', staffName: null } }]);
    expect(mine.id).not.toBe(legacy.id);
  });
});
