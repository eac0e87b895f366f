// The demo seed (prisma/seed) runs on a fresh database, in its own, and tells the stories the
// README promises; here, the equipment dealer's (issue 21): devices with meters on contracts, a
// year of readings with a flagged one and an estimate, billed periods with their invoices, the
// catalogue, orders in every state, requests against the promised response times, and the
// Lakeshore login's readings due this week.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { closeDb, createDb, type Db } from './client.js';
import { provisionDatabase, type ProvisionedDatabase } from './provision.js';
import { LocalStorage } from '../storage/local.js';

const NOW = new Date('2026-12-04T16:00:00Z');
// The seed lives outside the server's sources (its own tsconfig): loaded at run time, by path.
const SEED = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../prisma/seed/seed.ts');
type SeedDemo = (ownerUrl: string, options: { now: Date; storage: LocalStorage }) => Promise<unknown>;

let database: ProvisionedDatabase;
let db: Db;
let files: string;

beforeAll(async () => {
  database = await provisionDatabase({
    serverUrl: inject('ownerUrl'),
    embedded: { dataDir: '', port: 0 },
    database: { mode: 'fresh', name: `portico_seed_${process.pid}` },
  });
  files = await mkdtemp(path.join(tmpdir(), 'portico-seed-'));
  const { seedDemo } = (await import(SEED)) as { seedDemo: SeedDemo };
  await seedDemo(database.ownerUrl, { now: NOW, storage: new LocalStorage(files) });
  db = createDb(database.ownerUrl);
}, 240_000);
afterAll(async () => {
  await closeDb(db);
  await database.release();
  await rm(files, { recursive: true, force: true });
});

describe('the equipment dealer demo', () => {
  it('has its switches on and projects off', async () => {
    const tenant = await db.tenant.findUniqueOrThrow({ where: { slug: 'copyworks-office' } });
    expect(tenant).toMatchObject({
      trade: 'equipment',
      featureMeters: true,
      featureSupplies: true,
      featureProjects: false,
      meterTolerancePercent: 60,
      timeZone: 'America/Chicago',
      currency: 'USD',
    });
  });

  it('gives every device meters and a contract with rates and a toner allowance, and a year of readings', async () => {
    const tenant = await db.tenant.findUniqueOrThrow({ where: { slug: 'copyworks-office' } });
    const assets = await db.asset.findMany({
      where: { tenantId: tenant.id },
      include: { meters: true, meterContracts: { include: { rates: true, allowances: true, periods: true } } },
    });
    expect(assets.length).toBeGreaterThanOrEqual(9);
    for (const asset of assets) {
      expect(asset.meters.length, asset.name).toBeGreaterThan(0);
      const [contract] = asset.meterContracts;
      expect(contract?.rates.length, asset.name).toBe(asset.meters.length);
      expect(contract?.allowances.map((a) => a.category)).toEqual(['TONER']);
      expect(contract?.periods).toHaveLength(11);
    }
    const readings = await db.meterReading.groupBy({ by: ['status', 'source'], where: { tenantId: tenant.id }, _count: true });
    const count = (status: string, source?: string) => readings.filter((r) => r.status === status && (!source || r.source === source)).reduce((n, r) => n + r._count, 0);
    expect(count('FLAGGED')).toBe(1);
    expect(count('ACCEPTED', 'ESTIMATE')).toBeGreaterThan(0);
    expect(count('ACCEPTED')).toBeGreaterThan(200);
    const late = await db.meterReading.count({ where: { tenantId: tenant.id, readAt: { gt: NOW } } });
    expect(late).toBe(0);
  });

  it('bills each period once, into an invoice whose total matches what the periods billed', async () => {
    const tenant = await db.tenant.findUniqueOrThrow({ where: { slug: 'copyworks-office' } });
    const periods = await db.meterBillingPeriod.findMany({ where: { tenantId: tenant.id } });
    expect(periods.every((p) => p.invoiceId !== null)).toBe(true);
    const invoices = await db.invoice.findMany({ where: { tenantId: tenant.id, id: { in: periods.map((p) => p.invoiceId ?? '') } } });
    expect(invoices.length).toBeGreaterThanOrEqual(33);
    expect(new Set(invoices.map((i) => i.status))).toEqual(new Set(['paid', 'issued']));
  });

  it('has the catalogue with compatible models and orders in every state', async () => {
    const tenant = await db.tenant.findUniqueOrThrow({ where: { slug: 'copyworks-office' } });
    const items = await db.supplyItem.findMany({ where: { tenantId: tenant.id }, include: { models: true } });
    expect(new Set(items.map((i) => i.category))).toEqual(new Set(['TONER', 'DRUM', 'STAPLES', 'PAPER']));
    expect(items.every((i) => i.models.length > 0)).toBe(true);
    const orders = await db.supplyOrder.findMany({ where: { tenantId: tenant.id } });
    expect(new Set(orders.map((o) => o.status))).toEqual(new Set(['SUBMITTED', 'APPROVED', 'SHIPPED', 'DELIVERED', 'CANCELLED']));
    expect(orders.filter((o) => o.status === 'SHIPPED').every((o) => o.carrier && o.trackingNumber)).toBe(true);
  });

  it('has the five promises and requests against them, one overdue', async () => {
    const tenant = await db.tenant.findUniqueOrThrow({ where: { slug: 'copyworks-office' } });
    expect(await db.requestResponsePromise.count({ where: { tenantId: tenant.id } })).toBe(5);
    const overdue = await db.serviceRequest.count({ where: { tenantId: tenant.id, respondBy: { lt: NOW }, firstResponseAt: null } });
    expect(overdue).toBe(1);
  });

  it('has Lakeshore’s contracts closing within the week, the last reading at the current period’s start', async () => {
    const tenant = await db.tenant.findUniqueOrThrow({ where: { slug: 'copyworks-office' } });
    const account = await db.portalAccount.findFirstOrThrow({ where: { tenantId: tenant.id, email: 'office@lakeshorelaw.example.com' } });
    expect(account.passwordHash).toBeTruthy();
    const contracts = await db.meterContract.findMany({ where: { tenantId: tenant.id, customerId: account.customerId } });
    expect(contracts.length).toBeGreaterThanOrEqual(3);
    // 4 December in Chicago: billing on the 7th.
    expect(new Set(contracts.map((c) => c.billingDay))).toEqual(new Set([7]));
  });

  it('seeds the other demo tenants as before', async () => {
    const slugs = (await db.tenant.findMany({ select: { slug: true } })).map((t) => t.slug).sort();
    expect(slugs).toEqual(['brightline-remodeling', 'copyworks-office', 'northwind-hvac', 'pawsome-grooming']);
  });
});

describe('the business account with several contacts (issue 22)', () => {
  it('gives Lakeview Dental three contacts of different rights, and the receptionist a shared document', async () => {
    const tenant = await db.tenant.findUniqueOrThrow({ where: { slug: 'northwind-hvac' } });
    const lakeview = await db.customer.findFirstOrThrow({ where: { tenantId: tenant.id, name: 'Lakeview Dental Clinic' } });
    const contacts = await db.portalAccount.findMany({ where: { tenantId: tenant.id, customerId: lakeview.id }, orderBy: [{ isPrimary: 'desc' }, { email: 'asc' }] });
    expect(contacts.map((c) => [c.email, c.isPrimary, c.rights, c.status, c.passwordHash !== null])).toEqual([
      ['frontdesk.lakeviewdental@example.com', true, ['invoices', 'appointments', 'requests', 'documents_all', 'contacts'], 'active', true],
      ['ap.lakeviewdental@example.com', false, ['invoices'], 'active', true],
      ['reception.lakeviewdental@example.com', false, ['appointments', 'requests', 'documents_shared'], 'active', true],
    ]);
    const shares = await db.documentContactShare.findMany({ where: { tenantId: tenant.id }, include: { document: { select: { title: true } } } });
    expect(shares.map((s) => [s.contactId, s.document.title])).toEqual([[contacts[2]!.id, 'Boiler inspection certificate']]);
  });

  it('makes every other login its account primary contact with every right, named like the account', async () => {
    const others = await db.portalAccount.findMany({
      where: { email: { notIn: ['ap.lakeviewdental@example.com', 'reception.lakeviewdental@example.com'] } },
      include: { customer: true },
    });
    expect(others.length).toBeGreaterThan(5);
    for (const login of others) {
      expect([login.email, login.isPrimary, login.rights, login.name]).toEqual([
        login.email,
        true,
        ['invoices', 'appointments', 'requests', 'documents_all', 'contacts'],
        login.customer.name,
      ]);
    }
  });

  it('lists the three Lakeview logins among the demo logins', async () => {
    const { demoLogins } = (await import(SEED)) as { demoLogins: () => { email: string; password: string; role: string }[] };
    const lakeview = demoLogins().filter((l) => l.email.endsWith('lakeviewdental@example.com'));
    expect(lakeview.map((l) => [l.email, l.password])).toEqual([
      ['frontdesk.lakeviewdental@example.com', 'portico-demo-1'],
      ['ap.lakeviewdental@example.com', 'portico-demo-1'],
      ['reception.lakeviewdental@example.com', 'portico-demo-1'],
    ]);
  });
});
