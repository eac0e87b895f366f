import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/app.js';
import { makeCustomer, makeTenant, signedInStaff } from '../test/factory.js';
import { generateDueRecurringInvoices } from './agreements.service.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const FIELDS = 'id customerId name priceMinor currency intervalMonths nextInvoiceOn active';
const CREATE = `mutation($input: CreateServiceAgreementInput!) { createServiceAgreement(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $changes: ServiceAgreementChanges!) { updateServiceAgreement(id: $id, changes: $changes) { ${FIELDS} } }`;
const END = `mutation($id: ID!) { endServiceAgreement(id: $id) { ${FIELDS} } }`;
const LIST = `query($customerId: ID, $active: Boolean) { serviceAgreements(customerId: $customerId, active: $active) { nodes { ${FIELDS} } } }`;

interface AgreementView {
  id: string;
  nextInvoiceOn: string | null;
  active: boolean;
}

async function office(role: 'owner' | 'admin' | 'dispatcher' | 'technician' = 'owner', timeZone?: string) {
  const tenant = await makeTenant(app.owner, { timeZone });
  const { customer } = await makeCustomer(app.owner, tenant.id);
  const { token } = await signedInStaff(app, tenant.id, role);
  return { tenant, customer, token };
}

function agreementOn(tenantId: string, customerId: string, nextInvoiceOn: string, intervalMonths = 1) {
  return app.owner.serviceAgreement.create({
    data: { tenantId, customerId, name: 'Monthly filter plan', priceMinor: 2500, intervalMonths, nextInvoiceOn: new Date(nextInvoiceOn) },
  });
}

describe('service agreements admin', () => {
  it('an admin creates, lists, changes and ends an agreement', async () => {
    const me = await office('admin');
    const input = { customerId: me.customer.id, name: 'Annual furnace plan', priceMinor: 15000, intervalMonths: 12, startOn: '2026-12-01' };
    const created = await app.call<{ createServiceAgreement: AgreementView }>('admin', CREATE, { input }, { token: me.token });
    expect(created.errors).toBeUndefined();
    const id = created.data!.createServiceAgreement.id;
    expect(created.data?.createServiceAgreement).toMatchObject({ name: 'Annual furnace plan', currency: 'USD', nextInvoiceOn: '2026-12-01', active: true });
    const updated = await app.call<{ updateServiceAgreement: AgreementView }>(
      'admin',
      UPDATE,
      { id, changes: { priceMinor: 16000, nextInvoiceOn: '2027-01-15' } },
      { token: me.token },
    );
    expect(updated.data?.updateServiceAgreement).toMatchObject({ priceMinor: 16000, nextInvoiceOn: '2027-01-15', intervalMonths: 12 });
    const ended = await app.call<{ endServiceAgreement: AgreementView }>('admin', END, { id }, { token: me.token });
    expect(ended.data?.endServiceAgreement).toMatchObject({ active: false, nextInvoiceOn: null });
    const again = await app.call('admin', END, { id }, { token: me.token });
    expect(again.errors?.[0]).toMatchObject({ message: 'This service agreement has ended.', extensions: { code: 'CONFLICT' } });
    const listed = await app.call<{ serviceAgreements: { nodes: AgreementView[] } }>('admin', LIST, { customerId: me.customer.id, active: false }, { token: me.token });
    expect(listed.data?.serviceAgreements.nodes.map((a) => a.id)).toEqual([id]);
    const actions = await app.owner.activityLog.findMany({ where: { tenantId: me.tenant.id }, orderBy: { createdAt: 'asc' }, select: { action: true } });
    expect(actions.map((a) => a.action).sort()).toEqual(['agreement.created', 'agreement.ended', 'agreement.updated']);
  });

  it("names each agreement's customer for the staff list", async () => {
    const me = await office('owner');
    await agreementOn(me.tenant.id, me.customer.id, '2026-12-01');
    const listed = await app.call<{ serviceAgreements: { nodes: { customerId: string; customerName: string }[] } }>(
      'admin',
      '{ serviceAgreements { nodes { customerId customerName } } }',
      {},
      { token: me.token },
    );
    expect(listed.errors).toBeUndefined();
    expect(listed.data?.serviceAgreements.nodes).toEqual([{ customerId: me.customer.id, customerName: me.customer.name }]);
  });

  it('a start in the past, an interval over 24 months or a zero price are BAD_USER_INPUT and create nothing', async () => {
    const me = await office();
    const base = { customerId: me.customer.id, name: 'Plan', priceMinor: 1000, intervalMonths: 1, startOn: '2026-11-20' };
    for (const [change, field] of [
      [{ startOn: '2026-11-19' }, 'startOn'],
      [{ intervalMonths: 25 }, 'intervalMonths'],
      [{ priceMinor: 0 }, 'priceMinor'],
      [{ startOn: 'soon' }, 'startOn'],
    ] as const) {
      const res = await app.call('admin', CREATE, { input: { ...base, ...change } }, { token: me.token });
      expect(res.errors?.[0]?.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await app.owner.serviceAgreement.count({ where: { tenantId: me.tenant.id } })).toBe(0);
  });

  it('dispatchers and technicians may not manage agreements', async () => {
    const me = await office();
    const agreement = await agreementOn(me.tenant.id, me.customer.id, '2027-01-01');
    for (const role of ['dispatcher', 'technician'] as const) {
      const { token } = await signedInStaff(app, me.tenant.id, role);
      for (const [query, vars] of [
        [LIST, {}],
        [END, { id: agreement.id }],
      ] as const) {
        const res = await app.call('admin', query, vars, { token });
        expect(res.errors?.[0]?.extensions?.code, role).toBe('FORBIDDEN');
      }
    }
    expect((await app.owner.serviceAgreement.findFirst({ where: { tenantId: me.tenant.id } }))?.active).toBe(true);
  });

  it("another tenant's or a malformed agreement or customer id is NOT_FOUND, and nothing changes", async () => {
    const me = await office();
    const elsewhere = await office();
    const theirs = await agreementOn(elsewhere.tenant.id, elsewhere.customer.id, '2027-01-01');
    for (const id of [theirs.id, 'nope']) {
      for (const [query, vars] of [
        [END, { id }],
        [UPDATE, { id, changes: { priceMinor: 1 } }],
      ] as const) {
        const res = await app.call('admin', query, vars, { token: me.token });
        expect(res.errors?.[0]).toMatchObject({ message: 'This service agreement was not found.', extensions: { code: 'NOT_FOUND' } });
      }
    }
    const res = await app.call(
      'admin',
      CREATE,
      { input: { customerId: elsewhere.customer.id, name: 'x', priceMinor: 1, intervalMonths: 1, startOn: '2026-12-01' } },
      { token: me.token },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const listed = await app.call<{ serviceAgreements: { nodes: unknown[] } }>('admin', LIST, { customerId: elsewhere.customer.id }, { token: me.token });
    expect(listed.data?.serviceAgreements.nodes).toEqual([]);
    expect(await app.owner.serviceAgreement.findFirst({ where: { tenantId: elsewhere.tenant.id } })).toMatchObject({ priceMinor: 2500, active: true });
  });
});

describe('generating recurring invoices', () => {
  it('catches up one issued, numbered invoice per missed period, labelled with the agreement, then advances the date', async () => {
    const me = await office();
    const agreement = await agreementOn(me.tenant.id, me.customer.id, '2026-08-20');
    await agreementOn(me.tenant.id, me.customer.id, '2026-11-21');
    const ended = await agreementOn(me.tenant.id, me.customer.id, '2026-10-01');
    await app.owner.serviceAgreement.update({ where: { tenantId_id: { tenantId: me.tenant.id, id: ended.id } }, data: { active: false } });

    const made = await generateDueRecurringInvoices(app.deps, app.clock.now);
    expect(made.filter((m) => m.tenantId === me.tenant.id)).toHaveLength(4);
    const invoices = await app.owner.invoice.findMany({ where: { tenantId: me.tenant.id }, include: { lines: true }, orderBy: { number: 'asc' } });
    expect(invoices.map((i) => [i.number, i.status, i.agreementId, i.totalMinor, i.issueDate?.toISOString().slice(0, 10)])).toEqual(
      [1, 2, 3, 4].map((n) => [`INV-2026-0000${n}`, 'issued', agreement.id, 2500, '2026-11-20']),
    );
    expect(invoices.map((i) => i.lines[0]?.description)).toEqual([
      'Monthly filter plan (2026-08-20 – 2026-09-19)',
      'Monthly filter plan (2026-09-20 – 2026-10-19)',
      'Monthly filter plan (2026-10-20 – 2026-11-19)',
      'Monthly filter plan (2026-11-20 – 2026-12-19)',
    ]);
    const after = await app.owner.serviceAgreement.findFirst({ where: { tenantId: me.tenant.id, id: agreement.id } });
    expect(after?.nextInvoiceOn.toISOString().slice(0, 10)).toBe('2026-12-20');
    // The customer is emailed each invoice, as when staff issue one.
    const mail = await app.owner.outboxEmail.findMany({ where: { tenantId: me.tenant.id, customerId: me.customer.id }, orderBy: { subject: 'asc' } });
    expect(mail.map((m) => m.subject)).toEqual([1, 2, 3, 4].map((n) => `Invoice INV-2026-0000${n} from ${me.tenant.name}`));

    const rerun = await generateDueRecurringInvoices(app.deps, app.clock.now);
    expect(rerun.filter((m) => m.tenantId === me.tenant.id)).toEqual([]);
    expect(await app.owner.invoice.count({ where: { tenantId: me.tenant.id } })).toBe(4);
  });

  it('two servers generating at once produce exactly one invoice per period', async () => {
    const me = await office();
    await agreementOn(me.tenant.id, me.customer.id, '2026-06-20');
    await agreementOn(me.tenant.id, me.customer.id, '2026-09-20', 2);
    const runs = await Promise.all([generateDueRecurringInvoices(app.deps, app.clock.now), generateDueRecurringInvoices(app.deps, app.clock.now)]);
    const mine = runs.flat().filter((m) => m.tenantId === me.tenant.id);
    // June to November monthly: 6 periods; September and November every two months: 2.
    expect(mine).toHaveLength(8);
    const invoices = await app.owner.invoice.findMany({ where: { tenantId: me.tenant.id }, include: { lines: true } });
    expect(invoices).toHaveLength(8);
    expect(new Set(invoices.map((i) => i.lines[0]?.description)).size).toBe(8);
    expect(invoices.map((i) => i.number).sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((n) => `INV-2026-0000${n}`));
  });

  it("an agreement is due by the date in its business's time zone", async () => {
    // 15:00 UTC on 20 November is already 21 November in Auckland, still the 20th in Chicago.
    const auckland = await office('owner', 'Pacific/Auckland');
    const chicago = await office('owner', 'America/Chicago');
    await agreementOn(auckland.tenant.id, auckland.customer.id, '2026-11-21');
    await agreementOn(chicago.tenant.id, chicago.customer.id, '2026-11-21');
    await generateDueRecurringInvoices(app.deps, app.clock.now);
    expect(await app.owner.invoice.count({ where: { tenantId: auckland.tenant.id } })).toBe(1);
    expect(await app.owner.invoice.count({ where: { tenantId: chicago.tenant.id } })).toBe(0);
  });
});
