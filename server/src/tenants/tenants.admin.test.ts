// Tenant settings on /graphql/admin: owner and admin only, every value validated, and changes
// seen by customers on their very next request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffRole } from '../generated/prisma/enums.js';
import { startTestApp, type TestApp } from '../test/app.js';
import { customerToken, makeCustomer, makeCustomerRecords, makeStaff, makeTenant, staffToken } from '../test/factory.js';
import { verifiedCustomDomain } from '../test/dns.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const SETTINGS =
  '{ tenantSettings { name slug customDomain timeZone currency locale invoiceNumberFormat primaryColor features { invoices booking } selfRegistration customerProfileEdit reviewModeration } }';
const UPDATE =
  'mutation($input: TenantSettingsInput!) { updateTenantSettings(input: $input) { name slug customDomain timeZone currency locale invoiceNumberFormat primaryColor accentColor features { invoices booking } } }';

async function tenantWithStaff(role: StaffRole = 'owner') {
  const tenant = await makeTenant(app.owner);
  const member = await makeStaff(app.owner, tenant.id, role);
  const { token } = await staffToken(app, member);
  return { tenant, token };
}

describe('tenant settings', () => {
  it('owner and admin read and change settings; dispatcher and technician are FORBIDDEN', async () => {
    for (const role of ['owner', 'admin'] as const) {
      const { tenant, token } = await tenantWithStaff(role);
      const read = await app.call<{ tenantSettings: { slug: string } }>('admin', SETTINGS, {}, { token });
      expect(read.data?.tenantSettings.slug).toBe(tenant.slug);
      const res = await app.call<{ updateTenantSettings: { name: string } }>('admin', UPDATE, { input: { name: 'Renamed Ltd' } }, { token });
      expect(res.errors).toBeUndefined();
      expect(res.data?.updateTenantSettings.name).toBe('Renamed Ltd');
    }
    for (const role of ['dispatcher', 'technician'] as const) {
      const { tenant, token } = await tenantWithStaff(role);
      const read = await app.call('admin', SETTINGS, {}, { token });
      expect(read.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const res = await app.call('admin', UPDATE, { input: { name: 'Hijacked' } }, { token });
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await app.owner.tenant.findUniqueOrThrow({ where: { id: tenant.id } })).name).toBe(tenant.name);
    }
  });

  it('a customer token cannot reach the settings', async () => {
    const tenant = await makeTenant(app.owner);
    const { account } = await makeCustomer(app.owner, tenant.id);
    const { token } = await customerToken(app, account!);
    const res = await app.call('admin', SETTINGS, {}, { token });
    expect(res.errors?.[0]?.extensions?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
  });

  it('changes only its own tenant', async () => {
    const { tenant, token } = await tenantWithStaff();
    const other = await makeTenant(app.owner);
    await app.call('admin', UPDATE, { input: { name: 'Mine', primaryColor: '#112233' } }, { token });
    expect((await app.owner.tenant.findUniqueOrThrow({ where: { id: tenant.id } })).primaryColor).toBe('#112233');
    const untouched = await app.owner.tenant.findUniqueOrThrow({ where: { id: other.id } });
    expect(untouched.name).toBe(other.name);
    expect(untouched.primaryColor).toBe(other.primaryColor);
  });

  it('validates every field, names it, and changes nothing', async () => {
    const { tenant, token } = await tenantWithStaff();
    const cases: [Record<string, unknown>, string][] = [
      [{ slug: 'Not A Slug!' }, 'slug'],
      [{ slug: '-edge' }, 'slug'],
      [{ customDomain: 'https://portal.example.com/x' }, 'customDomain'],
      [{ customDomain: 'localhost' }, 'customDomain'],
      [{ timeZone: 'Mars/Olympus' }, 'timeZone'],
      [{ currency: 'XYZ1' }, 'currency'],
      [{ currency: 'ZZZ' }, 'currency'],
      [{ locale: 'xx' }, 'locale'],
      [{ locale: 'de' }, 'locale'],
      [{ primaryColor: 'blue' }, 'primaryColor'],
      [{ accentColor: '#12345' }, 'accentColor'],
      [{ invoiceNumberFormat: 'INV-{YYYY}' }, 'invoiceNumberFormat'],
      [{ invoiceNumberFormat: 'INV-{SEQ}-{DD}' }, 'invoiceNumberFormat'],
      [{ invoiceNumberFormat: '{SEQ}{SEQ:3}' }, 'invoiceNumberFormat'],
      [{ invoiceNumberFormat: 'INV-{SEQ' }, 'invoiceNumberFormat'],
      [{ name: '   ' }, 'name'],
    ];
    for (const [input, field] of cases) {
      // A valid change alongside the bad one must not be written either.
      const res = await app.call('admin', UPDATE, { input: { ...input, selfRegistration: false } }, { token });
      expect(res.errors?.[0]?.extensions, JSON.stringify(input)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const after = await app.owner.tenant.findUniqueOrThrow({ where: { id: tenant.id } });
    expect(after.selfRegistration).toBe(tenant.selfRegistration);
    expect(after.slug).toBe(tenant.slug);
  });

  it('accepts valid values, normalised', async () => {
    const { token } = await tenantWithStaff();
    const res = await app.call<{ updateTenantSettings: Record<string, unknown> }>(
      'admin',
      UPDATE,
      {
        input: {
          timeZone: 'Europe/Paris',
          currency: 'eur',
          locale: 'fr',
          primaryColor: '#AABBCC',
          invoiceNumberFormat: 'FA{YY}{MM}-{SEQ:4}',
          customDomain: 'Portal.Example-Plumbing.com',
          features: { booking: false },
        },
      },
      { token },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.updateTenantSettings).toMatchObject({
      timeZone: 'Europe/Paris',
      currency: 'EUR',
      locale: 'fr',
      primaryColor: '#aabbcc',
      invoiceNumberFormat: 'FA{YY}{MM}-{SEQ:4}',
      customDomain: 'portal.example-plumbing.com',
      features: { invoices: true, booking: false },
    });
  });

  it("a slug or domain of another tenant is a CONFLICT, one's own is fine", async () => {
    const { tenant, token } = await tenantWithStaff();
    const other = await makeTenant(app.owner);
    await verifiedCustomDomain(app, other.id, 'taken.example.com');
    const slug = await app.call('admin', UPDATE, { input: { slug: other.slug } }, { token });
    expect(slug.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const domain = await app.call('admin', UPDATE, { input: { customDomain: 'taken.example.com' } }, { token });
    expect(domain.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const own = await app.call('admin', UPDATE, { input: { slug: tenant.slug } }, { token });
    expect(own.errors).toBeUndefined();
    const fresh = await app.call<{ updateTenantSettings: { slug: string } }>('admin', UPDATE, { input: { slug: `${tenant.slug}-new` } }, { token });
    expect(fresh.data?.updateTenantSettings.slug).toBe(`${tenant.slug}-new`);
    const portal = await app.call<{ portalTenant: { name: string } | null }>('portal', 'query($s: String!) { portalTenant(slug: $s) { name } }', { s: `${tenant.slug}-new` });
    expect(portal.data?.portalTenant?.name).toBe(tenant.name);
  });

  it("whether customers may type a delivery address for supplies is the office's choice, and the portal knows it", async () => {
    const { tenant, token } = await tenantWithStaff('admin');
    const PORTAL = 'query($s: String!) { portalTenant(slug: $s) { suppliesAnyAddress } }';
    const before = await app.call<{ portalTenant: { suppliesAnyAddress: boolean } }>('portal', PORTAL, { s: tenant.slug });
    expect(before.data?.portalTenant.suppliesAnyAddress).toBe(false);
    const set = await app.call<{ updateTenantSettings: { suppliesAnyAddress: boolean } }>(
      'admin',
      'mutation($input: TenantSettingsInput!) { updateTenantSettings(input: $input) { suppliesAnyAddress } }',
      { input: { suppliesAnyAddress: true } },
      { token },
    );
    expect(set.data?.updateTenantSettings.suppliesAnyAddress).toBe(true);
    const after = await app.call<{ portalTenant: { suppliesAnyAddress: boolean } }>('portal', PORTAL, { s: tenant.slug });
    expect(after.data?.portalTenant.suppliesAnyAddress).toBe(true);
  });

  it("switching a feature off refuses the customer's next request at once", async () => {
    const { tenant, token } = await tenantWithStaff('admin');
    const { customer, account } = await makeCustomer(app.owner, tenant.id);
    await makeCustomerRecords(app.owner, tenant.id, customer.id);
    const { token: customerTokenValue } = await customerToken(app, account!);
    const INVOICES = '{ invoices { nodes { id } } }';
    expect((await app.call('portal', INVOICES, {}, { token: customerTokenValue })).errors).toBeUndefined();
    await app.call('admin', UPDATE, { input: { features: { invoices: false } } }, { token });
    const res = await app.call('portal', INVOICES, {}, { token: customerTokenValue });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(res.errors?.[0]?.message).toContain('Invoices');
  });

  it("a time zone change moves the customer's 'today', and so what is overdue", async () => {
    const { tenant, token } = await tenantWithStaff();
    const { customer, account } = await makeCustomer(app.owner, tenant.id);
    const { invoice } = await makeCustomerRecords(app.owner, tenant.id, customer.id);
    // Clock: 2026-11-20 15:00 UTC, still the 20th in Chicago, already the 21st in Kiritimati (UTC+14).
    await app.owner.invoice.update({ where: { tenantId_id: { tenantId: tenant.id, id: invoice.id } }, data: { dueDate: new Date('2026-11-20') } });
    const { token: customerTokenValue } = await customerToken(app, account!);
    const STATUS = 'query($id: ID!) { invoice(id: $id) { status } }';
    const before = await app.call<{ invoice: { status: string } }>('portal', STATUS, { id: invoice.id }, { token: customerTokenValue });
    expect(before.data?.invoice.status).toBe('unpaid');
    await app.call('admin', UPDATE, { input: { timeZone: 'Pacific/Kiritimati' } }, { token });
    const after = await app.call<{ invoice: { status: string } }>('portal', STATUS, { id: invoice.id }, { token: customerTokenValue });
    expect(after.data?.invoice.status).toBe('overdue');
  });

  it('records who changed the settings', async () => {
    const { tenant, token } = await tenantWithStaff();
    await app.call('admin', UPDATE, { input: { reviewModeration: false } }, { token });
    const log = await app.owner.activityLog.findFirst({ where: { tenantId: tenant.id, action: 'tenant.settings_updated' } });
    expect(log?.actorType).toBe('staff');
  });
});

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('rest of a png')]);
const PDF = Buffer.from('%PDF-1.7 not an image');
const LOGO_UPLOAD = 'mutation { createLogoUpload { uploadUrl maxBytes allowedTypes } }';
const PORTAL_LOGO = 'query($s: String!) { portalTenant(slug: $s) { logoUrl } }';

async function logoLink(token: string): Promise<string> {
  const res = await app.call<{ createLogoUpload: { uploadUrl: string } }>('admin', LOGO_UPLOAD, {}, { token });
  expect(res.errors).toBeUndefined();
  return res.data!.createLogoUpload.uploadUrl;
}

const put = (url: string, body: Buffer) => fetch(`${app.url}${url}`, { method: 'PUT', headers: { 'content-type': 'image/png' }, body });

describe('logo', () => {
  it('an uploaded logo is served publicly at the portal logoUrl, cacheable, and follows a slug change', async () => {
    const { tenant, token } = await tenantWithStaff('admin');
    const res = await put(await logoLink(token), PNG);
    expect(res.status).toBe(200);
    const { logoUrl } = (await res.json()) as { logoUrl: string };
    const portal = await app.call<{ portalTenant: { logoUrl: string } }>('portal', PORTAL_LOGO, { s: tenant.slug });
    expect(portal.data?.portalTenant.logoUrl).toBe(logoUrl);
    const image = await fetch(`${app.url}${logoUrl}`);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(image.headers.get('cache-control')).toContain('public');
    expect(Buffer.from(await image.arrayBuffer())).toEqual(PNG);

    await app.call('admin', UPDATE, { input: { slug: `${tenant.slug}-moved` } }, { token });
    const moved = await app.call<{ portalTenant: { logoUrl: string } }>('portal', PORTAL_LOGO, { s: `${tenant.slug}-moved` });
    expect(moved.data?.portalTenant.logoUrl).toContain(`/${tenant.slug}-moved/logo/`);
    expect((await fetch(`${app.url}${moved.data!.portalTenant.logoUrl}`)).status).toBe(200);

    const removed = await app.call<{ removeLogo: { logoUrl: string | null } }>('admin', 'mutation { removeLogo { logoUrl } }', {}, { token });
    expect(removed.data?.removeLogo.logoUrl).toBeNull();
    expect((await fetch(`${app.url}${moved.data!.portalTenant.logoUrl}`)).status).toBe(404);
  });

  it('refuses a file that is not a PNG, JPEG or WebP image, or larger than 2 MB, and keeps the logo', async () => {
    const { tenant, token } = await tenantWithStaff();
    expect((await put(await logoLink(token), PDF)).status).toBe(415);
    expect((await put(await logoLink(token), Buffer.concat([PNG, Buffer.alloc(2 * 1024 * 1024)]))).status).toBe(413);
    expect((await app.owner.tenant.findUniqueOrThrow({ where: { id: tenant.id } })).logoUrl).toBeNull();
  });

  it('dispatchers cannot get an upload link; another tenant has no logo to serve under this one', async () => {
    const { token } = await tenantWithStaff('dispatcher');
    expect((await app.call('admin', LOGO_UPLOAD, {}, { token })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const { tenant: a, token: aToken } = await tenantWithStaff();
    const { tenant: b } = await tenantWithStaff();
    const { logoUrl } = (await (await put(await logoLink(aToken), PNG)).json()) as { logoUrl: string };
    expect((await fetch(`${app.url}${logoUrl.replace(a.slug, b.slug)}`)).status).toBe(404);
    expect((await fetch(`${app.url}/public/v1/tenants/${a.slug}/logo/..%2F..%2Fsecret.png`)).status).toBe(404);
  });
});
