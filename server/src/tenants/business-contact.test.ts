// A business's contact details and legal identity: owners and admins set them in the settings,
// every value checked; the portal (even signed out) reads them; every email ends with them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffRole } from '../generated/prisma/enums.js';
import { startTestApp, type TestApp } from '../test/app.js';
import { customerToken, makeCustomer, makeStaff, makeTenant, staffToken } from '../test/factory.js';
import { isSiret, telHref } from './business-contact.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const FIELDS = 'phone email addressLine1 addressLine2 city postalCode region country openingHours legalName registrationNumber vatNumber';
const UPDATE = `mutation($input: TenantSettingsInput!) { updateTenantSettings(input: $input) { contact { ${FIELDS} } } }`;
const PORTAL_TENANT = `query($slug: String!) { portalTenant(slug: $slug) { name contact { ${FIELDS} } } }`;

const CHICAGO = {
  phone: ' +1 312-555-0100 ',
  email: 'Office@Northwind.example.com',
  addressLine1: '2250 W Fulton Street',
  addressLine2: 'Unit 4',
  city: 'Chicago',
  postalCode: '60612',
  region: 'IL',
  country: 'us',
  openingHours: 'Mon–Fri 7:30 am – 6:00 pm\r\nSat 8:00 am – 12:00 pm',
  legalName: 'Northwind Heating & Plumbing LLC',
};

async function tenantWithStaff(role: StaffRole = 'owner', locale?: string) {
  const tenant = await makeTenant(app.owner);
  if (locale) await app.owner.tenant.update({ where: { id: tenant.id }, data: { locale } });
  const member = await makeStaff(app.owner, tenant.id, role);
  const { token } = await staffToken(app, member);
  return { tenant, token };
}

describe('business contact details', () => {
  it('an owner sets them (trimmed, normalised) and the portal shows them before sign-in', async () => {
    const { tenant, token } = await tenantWithStaff('owner');
    const res = await app.call<{ updateTenantSettings: { contact: Record<string, string | null> } }>('admin', UPDATE, { input: { contact: CHICAGO } }, { token });
    expect(res.errors).toBeUndefined();
    const expected = {
      ...CHICAGO,
      phone: '+1 312-555-0100',
      email: 'office@northwind.example.com',
      country: 'US',
      openingHours: 'Mon–Fri 7:30 am – 6:00 pm\nSat 8:00 am – 12:00 pm',
      registrationNumber: null,
      vatNumber: null,
    };
    expect(res.data?.updateTenantSettings.contact).toEqual(expected);
    const portal = await app.call<{ portalTenant: { contact: Record<string, string | null> } }>('portal', PORTAL_TENANT, { slug: tenant.slug });
    expect(portal.errors).toBeUndefined();
    expect(portal.data?.portalTenant.contact).toEqual(expected);

    // An empty string removes a field; fields not given stay.
    const cleared = await app.call<{ updateTenantSettings: { contact: Record<string, string | null> } }>(
      'admin',
      UPDATE,
      { input: { contact: { addressLine2: '', openingHours: '' } } },
      { token },
    );
    expect(cleared.data?.updateTenantSettings.contact).toEqual({ ...expected, addressLine2: null, openingHours: null });
  });

  it('an admin may set them; a dispatcher, a technician and a customer cannot, and nothing changes', async () => {
    const admin = await tenantWithStaff('admin');
    const ok = await app.call('admin', UPDATE, { input: { contact: { phone: '+1 312 555 0111' } } }, { token: admin.token });
    expect(ok.errors).toBeUndefined();
    for (const role of ['dispatcher', 'technician'] as const) {
      const { tenant, token } = await tenantWithStaff(role);
      const res = await app.call('admin', UPDATE, { input: { contact: { phone: '+1 312 555 0199' } } }, { token });
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await app.owner.tenant.findUniqueOrThrow({ where: { id: tenant.id } })).contactPhone).toBeNull();
    }
    const tenant = await makeTenant(app.owner);
    const { account } = await makeCustomer(app.owner, tenant.id);
    const { token } = await customerToken(app, account!);
    const res = await app.call('admin', UPDATE, { input: { contact: { phone: '+1 312 555 0199' } } }, { token });
    expect(res.errors?.[0]?.extensions?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
    // The portal schema has no way to write them at all.
    const portalWrite = await app.call('portal', UPDATE, { input: { contact: { phone: '+1 312 555 0199' } } }, { token });
    expect(portalWrite.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await app.owner.tenant.findUniqueOrThrow({ where: { id: tenant.id } })).contactPhone).toBeNull();
  });

  it("changes only the owner's own business; another business's portal shows its own", async () => {
    const { tenant, token } = await tenantWithStaff('owner');
    const other = await makeTenant(app.owner);
    await app.call('admin', UPDATE, { input: { contact: { phone: '+1 312 555 0123', email: 'mine@example.com' } } }, { token });
    expect((await app.owner.tenant.findUniqueOrThrow({ where: { id: tenant.id } })).contactPhone).toBe('+1 312 555 0123');
    const untouched = await app.owner.tenant.findUniqueOrThrow({ where: { id: other.id } });
    expect([untouched.contactPhone, untouched.contactEmail]).toEqual([null, null]);
    const portal = await app.call<{ portalTenant: { contact: { phone: string | null } } }>('portal', PORTAL_TENANT, { slug: other.slug });
    expect(portal.data?.portalTenant.contact.phone).toBeNull();
  });

  it('validates each field, names it with a reason, and writes nothing', async () => {
    const { tenant, token } = await tenantWithStaff('owner');
    const cases: [Record<string, string>, string, string][] = [
      [{ phone: 'call me' }, 'contact.phone', 'INVALID_PHONE'],
      [{ phone: '12345' }, 'contact.phone', 'INVALID_PHONE'],
      [{ phone: '+1 312 555 0100 1234 5678 9012' }, 'contact.phone', 'INVALID_PHONE'],
      [{ email: 'not-an-email' }, 'contact.email', 'INVALID_EMAIL'],
      [{ email: `${'a'.repeat(250)}@example.com` }, 'contact.email', 'TOO_LONG'],
      [{ ...CHICAGO, country: 'XX' }, 'contact.country', 'INVALID_COUNTRY'],
      [{ addressLine1: '1 Main St', city: 'Springfield' }, 'contact.country', 'INCOMPLETE_ADDRESS'],
      [{ city: 'Springfield', country: 'US' }, 'contact.addressLine1', 'INCOMPLETE_ADDRESS'],
      [{ openingHours: 'x'.repeat(501) }, 'contact.openingHours', 'TOO_LONG'],
      [{ legalName: 'Two\nlines' }, 'contact.legalName', 'MULTILINE'],
      [{ vatNumber: 'FR<script>' }, 'contact.vatNumber', 'INVALID_TAX_ID'],
      [{ ...CHICAGO, country: 'FR', registrationNumber: '123 456 789' }, 'contact.registrationNumber', 'INVALID_SIRET'],
    ];
    for (const [contact, field, reason] of cases) {
      const res = await app.call('admin', UPDATE, { input: { name: 'Should not be saved', contact } }, { token });
      const error = res.errors?.[0];
      expect(error?.extensions?.code, JSON.stringify(contact)).toBe('BAD_USER_INPUT');
      expect(error?.extensions?.field, JSON.stringify(contact)).toBe(field);
      expect(error?.extensions?.reason, JSON.stringify(contact)).toBe(reason);
    }
    const row = await app.owner.tenant.findUniqueOrThrow({ where: { id: tenant.id } });
    expect([row.name, row.contactPhone, row.contactEmail, row.addressLine1, row.registrationNumber]).toEqual([tenant.name, null, null, null, null]);
    // A real SIRET is accepted for a French business.
    const ok = await app.call(
      'admin',
      UPDATE,
      { input: { contact: { ...CHICAGO, country: 'FR', registrationNumber: '732 829 320 00074', vatNumber: 'fr44732829320' } } },
      { token },
    );
    expect(ok.errors).toBeUndefined();
    expect((await app.owner.tenant.findUniqueOrThrow({ where: { id: tenant.id } })).vatNumber).toBe('FR44732829320');
  });

  it('every email ends with how to reach the business, in the recipient’s language', async () => {
    const { tenant, token } = await tenantWithStaff('owner', 'fr');
    await app.call(
      'admin',
      UPDATE,
      {
        input: {
          contact: { ...CHICAGO, addressLine1: '27 rue de Lévis', addressLine2: '', city: 'Paris', postalCode: '75017', region: '', country: 'FR', phone: '+33 1 42 00 17 35' },
        },
      },
      { token },
    );
    const { customer } = await makeCustomer(app.owner, tenant.id);
    const reset = 'mutation($id: ID!) { sendPasswordResetLink(customerId: $id) { id } }';
    // The customer reads English: the footer follows them, not the business.
    expect((await app.call('admin', reset, { id: customer.id }, { token })).errors).toBeUndefined();
    const email = await app.owner.outboxEmail.findFirstOrThrow({ where: { tenantId: tenant.id, customerId: customer.id }, orderBy: { createdAt: 'desc' } });
    expect(email.text).toContain(
      `\n-- \n${tenant.name}\n27 rue de Lévis\n75017 Paris\nPhone: +33 1 42 00 17 35\nEmail: office@northwind.example.com\nOpening hours:\nMon–Fri 7:30 am – 6:00 pm\n`,
    );

    await app.owner.customer.update({ where: { tenantId_id: { tenantId: tenant.id, id: customer.id } }, data: { locale: 'fr' } });
    await app.call('admin', reset, { id: customer.id }, { token });
    const french = await app.owner.outboxEmail.findMany({ where: { tenantId: tenant.id, customerId: customer.id }, orderBy: { createdAt: 'desc' } });
    expect(french).toHaveLength(2);
    expect(french.filter((e) => e.text.includes('\nTéléphone : +33 1 42 00 17 35\n'))).toHaveLength(1);
  });

  it('a business without contact details sends emails without a footer', async () => {
    const { tenant, token } = await tenantWithStaff('owner');
    const { customer } = await makeCustomer(app.owner, tenant.id);
    await app.call('admin', 'mutation($id: ID!) { sendPasswordResetLink(customerId: $id) { id } }', { id: customer.id }, { token });
    const email = await app.owner.outboxEmail.findFirstOrThrow({ where: { tenantId: tenant.id } });
    expect(email.text).not.toContain('\n-- \n');
  });
});

describe('contact rules', () => {
  it('a SIRET is 14 digits with a valid Luhn sum', () => {
    expect(isSiret('732 829 320 00074')).toBe(true);
    expect(isSiret('73282932000075')).toBe(false);
    expect(isSiret('7328293200007')).toBe(false);
  });

  it('a tel: link keeps only the leading + and the digits', () => {
    expect(telHref('+1 (312) 555-0100')).toBe('tel:+13125550100');
    expect(telHref('01 42 00 17 35')).toBe('tel:0142001735');
  });
});
