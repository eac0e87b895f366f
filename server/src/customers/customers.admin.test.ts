// Customers as the office manages them on /graphql/admin: records, search, sites, assets, the
// asset-type catalogue, the password-reset link and the activity log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffRole } from '../generated/prisma/enums.js';
import { startTestApp, type TestApp } from '../test/app.js';
import { customerToken, makeAsset, makeAssetType, makeCustomer, makeCustomerRecords, makeSite, makeTenant, signedInStaff } from '../test/factory.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const CREATE = 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id name email phone locale portalStatus } }';
const UPDATE = 'mutation($id: ID!, $input: UpdateCustomerInput!) { updateCustomer(id: $id, input: $input) { id name email phone } }';
const SEARCH = 'query($s: String, $after: String) { customers(search: $s, first: 2, after: $after) { nodes { id name } pageInfo { hasNextPage endCursor } } }';
const DETAIL = `query($id: ID!) { customer(id: $id) {
  id sites { id label city } assets { id name category warrantyStatus assetType { code name } site { id } }
  activity(first: 10) { nodes { action actorType actorName ip at } pageInfo { hasNextPage } } } }`;
const RESET = 'mutation($id: ID!) { sendPasswordResetLink(customerId: $id) { id } }';
const CREATE_SITE = 'mutation($c: ID!, $input: SiteInput!) { createSite(customerId: $c, input: $input) { id label country } }';
const UPDATE_SITE = 'mutation($id: ID!, $input: SiteInput!) { updateSite(id: $id, input: $input) { id label accessInstructions } }';
const DELETE_SITE = 'mutation($id: ID!) { deleteSite(id: $id) }';
const CREATE_ASSET = 'mutation($c: ID!, $input: AssetInput!) { createAsset(customerId: $c, input: $input) { id name warrantyEndOn category site { id } } }';
const UPDATE_ASSET = 'mutation($id: ID!, $input: AssetInput!) { updateAsset(id: $id, input: $input) { id name model } }';
const DELETE_ASSET = 'mutation($id: ID!) { deleteAsset(id: $id) }';
const TYPES = '{ assetTypes { id code category name names { locale name } } }';
const CREATE_TYPE =
  'mutation($code: String!, $cat: AssetCategory!, $names: [AssetTypeNameInput!]!) { createAssetType(code: $code, category: $cat, names: $names) { id code name names { locale name } } }';
const UPDATE_TYPE = 'mutation($id: ID!, $names: [AssetTypeNameInput!]) { updateAssetType(id: $id, names: $names) { id names { locale name } } }';

const SITE = { label: 'Cabin', addressLine1: '9 Lake Rd', city: 'Duluth', postalCode: '55802', country: 'us' };

async function office(role: StaffRole = 'dispatcher') {
  const tenant = await makeTenant(app.owner);
  const { staff: member, token } = await signedInStaff(app, tenant.id, role);
  return { tenant, member, token };
}

async function tokenFor(tenantId: string, role: StaffRole) {
  return (await signedInStaff(app, tenantId, role)).token;
}

const code = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;

describe('role matrix', () => {
  it('owner, admin and dispatcher manage customers, sites and assets; a technician is FORBIDDEN from all of it', async () => {
    const tenant = await makeTenant(app.owner);
    const { customer } = await makeCustomer(app.owner, tenant.id);
    const site = await makeSite(app.owner, tenant.id, customer.id);
    const type = await makeAssetType(app.owner, tenant.id, { en: 'Furnace' });
    const asset = await makeAsset(app.owner, tenant.id, customer.id, type.id);
    const operations: [string, Record<string, unknown>][] = [
      [SEARCH, {}],
      [DETAIL, { id: customer.id }],
      [UPDATE, { id: customer.id, input: { phone: '555 0100' } }],
      [CREATE_SITE, { c: customer.id, input: SITE }],
      [UPDATE_SITE, { id: site.id, input: { label: 'Home' } }],
      [UPDATE_ASSET, { id: asset.id, input: { model: 'M2' } }],
      [TYPES, {}],
    ];
    for (const role of ['owner', 'admin', 'dispatcher'] as const) {
      const token = await tokenFor(tenant.id, role);
      for (const [query, vars] of operations) expect((await app.call('admin', query, vars, { token })).errors, `${role}: ${query}`).toBeUndefined();
      const created = await app.call('admin', CREATE, { input: { name: `By ${role}`, email: `${role}-${tenant.id}@example.com` } }, { token });
      expect(created.errors).toBeUndefined();
    }
    const tech = await tokenFor(tenant.id, 'technician');
    for (const [query, vars] of [...operations, [CREATE, { input: { name: 'X', email: `tech-${tenant.id}@example.com` } }] as const]) {
      expect(code(await app.call('admin', query, vars, { token: tech })), query).toBe('FORBIDDEN');
    }
    expect(await app.owner.customer.count({ where: { tenantId: tenant.id, email: `tech-${tenant.id}@example.com` } })).toBe(0);
  });

  it('the asset-type catalogue is changed by owner and admin only', async () => {
    const tenant = await makeTenant(app.owner);
    for (const role of ['owner', 'admin'] as const) {
      const res = await app.call(
        'admin',
        CREATE_TYPE,
        { code: `kind_${role}`, cat: 'equipment', names: [{ locale: 'en', name: 'Kind' }] },
        { token: await tokenFor(tenant.id, role) },
      );
      expect(res.errors).toBeUndefined();
    }
    for (const role of ['dispatcher', 'technician'] as const) {
      const res = await app.call(
        'admin',
        CREATE_TYPE,
        { code: `kind_${role}`, cat: 'equipment', names: [{ locale: 'en', name: 'Kind' }] },
        { token: await tokenFor(tenant.id, role) },
      );
      expect(code(res)).toBe('FORBIDDEN');
    }
    expect(await app.owner.assetType.count({ where: { tenantId: tenant.id } })).toBe(2);
  });
});

describe('customers', () => {
  it('creates a customer, and a second one with the same email (any case) is a CONFLICT', async () => {
    const { tenant, token } = await office();
    const res = await app.call<{ createCustomer: Record<string, unknown> }>(
      'admin',
      CREATE,
      { input: { name: ' Ada Lovelace ', email: 'Ada@Example.com', phone: '+1 (555) 010-0200', locale: 'fr' } },
      { token },
    );
    expect(res.data?.createCustomer).toMatchObject({ name: 'Ada Lovelace', email: 'Ada@Example.com', phone: '+1 (555) 010-0200', locale: 'fr', portalStatus: null });
    const again = await app.call('admin', CREATE, { input: { name: 'Other', email: 'ADA@example.com' } }, { token });
    expect(code(again)).toBe('CONFLICT');
    expect(await app.owner.customer.count({ where: { tenantId: tenant.id } })).toBe(1);
  });

  it('the same email may be a customer of another tenant', async () => {
    const { tenant } = await office();
    await makeCustomer(app.owner, tenant.id, { email: 'shared@example.com' });
    const { token } = await office();
    expect((await app.call('admin', CREATE, { input: { name: 'Shared', email: 'shared@example.com' } }, { token })).errors).toBeUndefined();
  });

  it('validates input, naming the field, and writes nothing', async () => {
    const { tenant, token } = await office();
    const cases: [Record<string, unknown>, string][] = [
      [{ name: '', email: 'a@example.com' }, 'name'],
      [{ name: 'A', email: 'not-an-email' }, 'email'],
      [{ name: 'A', email: 'a@example.com', phone: 'call me' }, 'phone'],
      [{ name: 'A', email: 'a@example.com', locale: 'klingon' }, 'locale'],
    ];
    for (const [input, field] of cases) expect((await app.call('admin', CREATE, { input }, { token })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await app.owner.customer.count({ where: { tenantId: tenant.id } })).toBe(0);
  });

  it("edits a customer; the contact email changes, the portal login keeps its own until the customer confirms, and it may not be another customer's", async () => {
    const { tenant, token } = await office('admin');
    const { customer } = await makeCustomer(app.owner, tenant.id);
    const { customer: other } = await makeCustomer(app.owner, tenant.id);
    const res = await app.call<{ updateCustomer: Record<string, unknown> }>(
      'admin',
      UPDATE,
      { id: customer.id, input: { name: 'New Name', email: 'new@example.com', phone: null } },
      { token },
    );
    expect(res.data?.updateCustomer).toMatchObject({ name: 'New Name', email: 'new@example.com', phone: null });
    // Issue 13: the login moving with the contact email let staff take the account over (login-email.test.ts).
    const account = await app.owner.portalAccount.findFirstOrThrow({ where: { tenantId: tenant.id, customerId: customer.id } });
    expect(account.email).toBe(customer.email);
    const clash = await app.call('admin', UPDATE, { id: customer.id, input: { email: other.email, name: 'Changed again' } }, { token });
    expect(code(clash)).toBe('CONFLICT');
    expect((await app.owner.customer.findFirstOrThrow({ where: { id: customer.id } })).name).toBe('New Name');
  });

  it('searches by name, email and phone, paginated', async () => {
    const { tenant, token } = await office();
    for (const [i, name] of ['Zed Alpha', 'Zed Beta', 'Zed Gamma'].entries()) {
      await app.owner.customer.create({ data: { tenantId: tenant.id, name, email: `z${i}@zed.example`, phone: `555-77${i}0` } });
    }
    await app.owner.customer.create({ data: { tenantId: tenant.id, name: 'Unrelated', email: 'u@example.com', phone: '555-9999' } });
    type Page = { customers: { nodes: { name: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    const first = await app.call<Page>('admin', SEARCH, { s: 'zed' }, { token });
    expect(first.data?.customers.nodes.map((n) => n.name)).toEqual(['Zed Alpha', 'Zed Beta']);
    expect(first.data?.customers.pageInfo.hasNextPage).toBe(true);
    const second = await app.call<Page>('admin', SEARCH, { s: 'zed', after: first.data?.customers.pageInfo.endCursor }, { token });
    expect(second.data?.customers.nodes.map((n) => n.name)).toEqual(['Zed Gamma']);
    expect((await app.call<Page>('admin', SEARCH, { s: '77' + '2' }, { token })).data?.customers.nodes.map((n) => n.name)).toEqual(['Zed Gamma']);
    expect((await app.call<Page>('admin', SEARCH, { s: 'z1@zed' }, { token })).data?.customers.nodes.map((n) => n.name)).toEqual(['Zed Beta']);
  });

  it("another tenant's customer, or a malformed id, is NOT_FOUND for every operation taking one", async () => {
    const { token } = await office('owner');
    const other = await makeTenant(app.owner);
    const { customer: stranger } = await makeCustomer(app.owner, other.id);
    for (const id of [stranger.id, 'nope']) {
      for (const [query, vars] of [
        [DETAIL, { id }],
        [UPDATE, { id, input: { name: 'Hacked' } }],
        [RESET, { id }],
        [CREATE_SITE, { c: id, input: SITE }],
        [CREATE_ASSET, { c: id, input: { name: 'X' } }],
      ] as const) {
        expect(code(await app.call('admin', query, vars, { token })), query).toBe('NOT_FOUND');
      }
    }
    expect((await app.owner.customer.findFirstOrThrow({ where: { id: stranger.id } })).name).toBe(stranger.name);
  });

  it('shows sites, assets and the activity log, newest first, with a constant number of statements', async () => {
    const { tenant, member, token } = await office();
    const { customer, account } = await makeCustomer(app.owner, tenant.id);
    const site = await makeSite(app.owner, tenant.id, customer.id, 'Home');
    const type = await makeAssetType(app.owner, tenant.id, { en: 'Furnace', fr: 'Chaudière' }, { code: 'furnace' });
    await makeAsset(app.owner, tenant.id, customer.id, type.id, { siteId: site.id, name: 'Basement furnace', warrantyEndOn: '2026-12-01' });
    await makeAsset(app.owner, tenant.id, customer.id, type.id, { name: 'Spare' });
    await app.call('admin', UPDATE, { id: customer.id, input: { phone: '555 0101' } }, { token });
    const { token: customerTokenValue } = await customerToken(app, account!);
    // A minute later, so "newest first" has one answer (the test clock stands still otherwise).
    const start = app.clock.now;
    app.clock.now = new Date(start.getTime() + 60_000);
    await app.call('portal', 'mutation { updateProfile(input: { name: "Self Named" }) { id } }', {}, { token: customerTokenValue });
    app.clock.now = start;
    type Detail = {
      customer: {
        sites: { id: string }[];
        assets: { name: string; warrantyStatus: string; assetType: { code: string; name: string }; site: { id: string } | null }[];
        activity: { nodes: { action: string; actorName: string; actorType: string }[] };
      };
    };
    const before = app.statements.length;
    const res = await app.call<Detail>('admin', DETAIL, { id: customer.id }, { token });
    const statements = app.statements.length - before;
    expect(res.errors).toBeUndefined();
    const detail = res.data!.customer;
    expect(detail.sites.map((s) => s.id)).toEqual([site.id]);
    expect(detail.assets.map((a) => a.name)).toEqual(['Basement furnace', 'Spare']);
    expect(detail.assets[0]).toMatchObject({ warrantyStatus: 'EXPIRING_SOON', assetType: { code: 'furnace', name: 'Furnace' }, site: { id: site.id } });
    expect(detail.activity.nodes.map((n) => n.action)).toEqual(['profile.updated', 'customer.updated']);
    expect(detail.activity.nodes.map((n) => n.actorName)).toEqual(['Self Named', member.name]);

    // More assets and entries do not mean more statements.
    for (let i = 0; i < 3; i++) await makeAsset(app.owner, tenant.id, customer.id, (await makeAssetType(app.owner, tenant.id, { en: `T${i}` })).id);
    await app.call('admin', UPDATE, { id: customer.id, input: { phone: '555 0102' } }, { token });
    const again = app.statements.length;
    await app.call('admin', DETAIL, { id: customer.id }, { token });
    expect(app.statements.length - again).toBe(statements);
  });

  it("the activity log holds only that customer's entries", async () => {
    const { tenant, token } = await office();
    const { customer } = await makeCustomer(app.owner, tenant.id);
    const { customer: other } = await makeCustomer(app.owner, tenant.id);
    await app.call('admin', UPDATE, { id: other.id, input: { phone: '555 0103' } }, { token });
    const res = await app.call<{ customer: { activity: { nodes: unknown[] } } }>('admin', DETAIL, { id: customer.id }, { token });
    expect(res.data?.customer.activity.nodes).toEqual([]);
  });
});

describe('password-reset link', () => {
  it('emails a reset link to an active account, and refuses accounts that are not active', async () => {
    const { tenant, token } = await office();
    const { customer } = await makeCustomer(app.owner, tenant.id);
    expect((await app.call('admin', RESET, { id: customer.id }, { token })).errors).toBeUndefined();
    const mail = await app.owner.outboxEmail.findFirst({ where: { tenantId: tenant.id, toAddress: customer.email } });
    expect(mail?.text ?? '').toContain('/reset-password?token=');
    expect(await app.owner.oneTimeToken.count({ where: { tenantId: tenant.id, customerId: customer.id, purpose: 'password_reset' } })).toBe(1);

    const { customer: noAccount } = await makeCustomer(app.owner, tenant.id, { withAccount: false });
    expect(code(await app.call('admin', RESET, { id: noAccount.id }, { token }))).toBe('CONFLICT');
    const { customer: gone, account } = await makeCustomer(app.owner, tenant.id);
    await app.owner.portalAccount.update({ where: { tenantId_id: { tenantId: tenant.id, id: account!.id } }, data: { status: 'deactivated' } });
    expect(code(await app.call('admin', RESET, { id: gone.id }, { token }))).toBe('CONFLICT');
    expect(await app.owner.outboxEmail.count({ where: { tenantId: tenant.id, toAddress: { in: [noAccount.email, gone.email] } } })).toBe(0);
  });
});

describe('sites', () => {
  it('creates, edits and deletes a site; validation names the field', async () => {
    const { tenant, token } = await office();
    const { customer } = await makeCustomer(app.owner, tenant.id);
    const created = await app.call<{ createSite: { id: string; country: string } }>('admin', CREATE_SITE, { c: customer.id, input: SITE }, { token });
    expect(created.data?.createSite.country).toBe('US');
    const id = created.data!.createSite.id;
    const edited = await app.call<{ updateSite: { label: string; accessInstructions: string } }>(
      'admin',
      UPDATE_SITE,
      { id, input: { accessInstructions: 'Key under the mat' } },
      { token },
    );
    expect(edited.data?.updateSite).toMatchObject({ label: 'Cabin', accessInstructions: 'Key under the mat' });
    for (const [input, field] of [
      [{ ...SITE, country: 'XX' }, 'country'],
      [{ ...SITE, city: ' ' }, 'city'],
      [{ label: 'Only a label' }, 'addressLine1'],
    ] as const) {
      expect((await app.call('admin', CREATE_SITE, { c: customer.id, input }, { token })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect((await app.call('admin', UPDATE_SITE, { id, input: { label: '' } }, { token })).errors?.[0]?.extensions).toMatchObject({ field: 'label' });
    expect(await app.call('admin', DELETE_SITE, { id }, { token })).toMatchObject({ data: { deleteSite: true } });
    expect(await app.owner.site.count({ where: { tenantId: tenant.id } })).toBe(0);
  });

  it('a site that jobs refer to cannot be deleted (CONFLICT)', async () => {
    const { tenant, token } = await office();
    const { customer } = await makeCustomer(app.owner, tenant.id);
    const { site } = await makeCustomerRecords(app.owner, tenant.id, customer.id);
    expect(code(await app.call('admin', DELETE_SITE, { id: site.id }, { token }))).toBe('CONFLICT');
    expect(await app.owner.site.count({ where: { tenantId: tenant.id, id: site.id } })).toBe(1);
  });

  it("another tenant's site, or a malformed id, is NOT_FOUND", async () => {
    const { token } = await office();
    const other = await makeTenant(app.owner);
    const { customer } = await makeCustomer(app.owner, other.id);
    const site = await makeSite(app.owner, other.id, customer.id);
    for (const id of [site.id, '123']) {
      expect(code(await app.call('admin', UPDATE_SITE, { id, input: { label: 'Mine' } }, { token }))).toBe('NOT_FOUND');
      expect(code(await app.call('admin', DELETE_SITE, { id }, { token }))).toBe('NOT_FOUND');
    }
    expect(await app.owner.site.count({ where: { id: site.id, label: 'Home' } })).toBe(1);
  });
});

describe('assets', () => {
  it("creates, edits and deletes an asset; the site must be one of the customer's", async () => {
    const { tenant, token } = await office();
    const { customer } = await makeCustomer(app.owner, tenant.id);
    const { customer: neighbour } = await makeCustomer(app.owner, tenant.id);
    const site = await makeSite(app.owner, tenant.id, customer.id);
    const theirs = await makeSite(app.owner, tenant.id, neighbour.id);
    const type = await makeAssetType(app.owner, tenant.id, { en: 'Dog' }, { category: 'animal' });
    const input = { name: 'Rex', assetTypeId: type.id, siteId: site.id, warrantyEndOn: '2027-01-31' };
    const created = await app.call<{ createAsset: { id: string; category: string; site: { id: string } } }>('admin', CREATE_ASSET, { c: customer.id, input }, { token });
    expect(created.data?.createAsset).toMatchObject({ category: 'animal', site: { id: site.id } });
    const id = created.data!.createAsset.id;
    expect((await app.call('admin', CREATE_ASSET, { c: customer.id, input: { ...input, siteId: theirs.id } }, { token })).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'siteId',
    });
    expect((await app.call('admin', CREATE_ASSET, { c: customer.id, input: { ...input, warrantyEndOn: '2027-02-30' } }, { token })).errors?.[0]?.extensions).toMatchObject({
      field: 'warrantyEndOn',
    });
    expect((await app.call('admin', CREATE_ASSET, { c: customer.id, input: { name: 'No type' } }, { token })).errors?.[0]?.extensions).toMatchObject({ field: 'assetTypeId' });
    const edited = await app.call<{ updateAsset: { name: string; model: string } }>('admin', UPDATE_ASSET, { id, input: { model: 'Labrador' } }, { token });
    expect(edited.data?.updateAsset).toMatchObject({ name: 'Rex', model: 'Labrador' });
    expect((await app.call('admin', DELETE_ASSET, { id }, { token })).data).toEqual({ deleteAsset: true });
    expect(await app.owner.asset.count({ where: { tenantId: tenant.id } })).toBe(0);
  });

  it("another tenant's asset or asset type is NOT_FOUND (or refused as input)", async () => {
    const { tenant, token } = await office('owner');
    const { customer } = await makeCustomer(app.owner, tenant.id);
    const other = await makeTenant(app.owner);
    const { customer: stranger } = await makeCustomer(app.owner, other.id);
    const foreignType = await makeAssetType(app.owner, other.id, { en: 'Boiler' });
    const foreignAsset = await makeAsset(app.owner, other.id, stranger.id, foreignType.id);
    for (const id of [foreignAsset.id, 'x']) {
      expect(code(await app.call('admin', UPDATE_ASSET, { id, input: { name: 'Mine' } }, { token }))).toBe('NOT_FOUND');
      expect(code(await app.call('admin', DELETE_ASSET, { id }, { token }))).toBe('NOT_FOUND');
    }
    for (const id of [foreignType.id, 'x']) expect(code(await app.call('admin', UPDATE_TYPE, { id, names: [{ locale: 'en', name: 'Mine' }] }, { token }))).toBe('NOT_FOUND');
    const res = await app.call('admin', CREATE_ASSET, { c: customer.id, input: { name: 'Sneaky', assetTypeId: foreignType.id } }, { token });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'assetTypeId' });
    expect(await app.owner.asset.count({ where: { id: foreignAsset.id, name: foreignAsset.name } })).toBe(1);
  });

  it('manages the translated asset-type catalogue; codes are unique', async () => {
    const { token } = await office('admin');
    const created = await app.call<{ createAssetType: { id: string; name: string; names: { locale: string; name: string }[] } }>(
      'admin',
      CREATE_TYPE,
      {
        code: 'water_heater',
        cat: 'equipment',
        names: [
          { locale: 'fr', name: 'Chauffe-eau' },
          { locale: 'en', name: 'Water heater' },
        ],
      },
      { token },
    );
    expect(created.data?.createAssetType).toMatchObject({ name: 'Water heater', names: [{ locale: 'en' }, { locale: 'fr' }] });
    const dup = await app.call('admin', CREATE_TYPE, { code: 'water_heater', cat: 'equipment', names: [{ locale: 'en', name: 'Again' }] }, { token });
    expect(code(dup)).toBe('CONFLICT');
    for (const [vars, field] of [
      [{ code: 'Bad Code', cat: 'equipment', names: [{ locale: 'en', name: 'X' }] }, 'code'],
      [{ code: 'ok_code', cat: 'equipment', names: [] }, 'names'],
      [{ code: 'ok_code', cat: 'equipment', names: [{ locale: 'zz', name: 'X' }] }, 'names'],
    ] as const) {
      expect((await app.call('admin', CREATE_TYPE, vars, { token })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const id = created.data!.createAssetType.id;
    const renamed = await app.call<{ updateAssetType: { names: { locale: string; name: string }[] } }>(
      'admin',
      UPDATE_TYPE,
      { id, names: [{ locale: 'es', name: 'Calentador de agua' }] },
      { token },
    );
    expect(renamed.data?.updateAssetType.names).toEqual([{ locale: 'es', name: 'Calentador de agua' }]);
    // A language the portal, emails and PDFs are not written in is refused, with a reason the app can translate.
    const german = await app.call('admin', UPDATE_TYPE, { id, names: [{ locale: 'de', name: 'Warmwasserspeicher' }] }, { token });
    expect(german.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'names', reason: 'UNSUPPORTED_LANGUAGE' });
    const list = await app.call<{ assetTypes: { code: string }[] }>('admin', TYPES, {}, { token });
    expect(list.data?.assetTypes.map((t) => t.code)).toEqual(['water_heater']);
  });
});
