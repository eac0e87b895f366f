// Small builders for test data, written through the owner's connection (behind RLS), and
// sign-in shortcuts that create a real session and token without the cost of argon2.
import { primaryContact } from '../contacts/contact-rights.js';
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/client.js';
import type { ContactRight, StaffRole } from '../generated/prisma/enums.js';
import { signAccessToken } from '../auth/tokens.js';
import type { TestApp } from './app.js';

let counter = 0;
const unique = (prefix: string) => `${prefix}-${process.pid}-${++counter}-${randomUUID().slice(0, 6)}`;

export interface TenantOptions {
  selfRegistration?: boolean;
  timeZone?: string;
  currency?: string;
}

export async function makeTenant(owner: Db, options: TenantOptions = {}) {
  const slug = unique('t');
  return owner.tenant.create({
    data: {
      slug,
      name: `Tenant ${slug}`,
      timeZone: options.timeZone ?? 'America/Chicago',
      currency: options.currency ?? 'USD',
      selfRegistration: options.selfRegistration ?? true,
    },
  });
}

export async function makeCustomer(owner: Db, tenantId: string, options: { email?: string; passwordHash?: string; withAccount?: boolean } = {}) {
  const email = options.email ?? `${unique('c')}@example.com`;
  const customer = await owner.customer.create({ data: { tenantId, name: `Customer ${email}`, email, locale: 'en' } });
  const account =
    options.withAccount === false
      ? null
      : await owner.portalAccount.create({
          data: { tenantId, customerId: customer.id, email, status: 'active', passwordHash: options.passwordHash ?? null, ...primaryContact(customer.name) },
        });
  return { customer, account };
}

/** Another contact of a customer account (issue 22): not primary, with these rights and sites. */
export async function makeContact(
  owner: Db,
  account: { tenantId: string; customerId: string },
  options: { rights?: ContactRight[]; siteIds?: string[]; status?: 'invited' | 'active' | 'deactivated'; name?: string; locale?: string | null } = {},
) {
  const email = `${unique('contact')}@example.com`;
  return owner.portalAccount.create({
    data: {
      tenantId: account.tenantId,
      customerId: account.customerId,
      email,
      status: options.status ?? 'active',
      name: options.name ?? `Contact ${email}`,
      locale: options.locale ?? null,
      isPrimary: false,
      rights: options.rights ?? [],
      siteIds: options.siteIds ?? [],
    },
  });
}

export async function makeStaff(owner: Db, tenantId: string, role: StaffRole = 'owner', options: { passwordHash?: string } = {}) {
  const email = `${unique('s')}@example.com`;
  return owner.staffUser.create({
    data: { tenantId, email, name: `Staff ${role}`, role, status: 'active', passwordHash: options.passwordHash ?? null },
  });
}

/** A customer's invoice with two lines, a job at a site, and two documents (one shared). */
export async function makeCustomerRecords(owner: Db, tenantId: string, customerId: string) {
  const site = await owner.site.create({
    data: { tenantId, customerId, label: 'Home', addressLine1: '1 Main St', city: 'Springfield', postalCode: '12345', country: 'US' },
  });
  const serviceType = await owner.serviceType.create({ data: { tenantId, name: 'Tune-up', durationMinutes: 60, priceMinor: 12900 } });
  const job = await owner.job.create({
    data: {
      tenantId,
      customerId,
      siteId: site.id,
      serviceTypeId: serviceType.id,
      title: 'Furnace tune-up',
      status: 'completed',
      scheduledStart: new Date('2026-11-01T15:00:00Z'),
      scheduledEnd: new Date('2026-11-01T16:00:00Z'),
      customerNotes: 'Replaced the filter.',
      internalNotes: { create: { body: 'Customer was rude; charge extra next time.' } },
    },
  });
  const invoice = await owner.invoice.create({
    data: {
      tenantId,
      customerId,
      number: unique('INV'),
      status: 'issued',
      currency: 'USD',
      issueDate: new Date('2026-11-01'),
      dueDate: new Date('2026-11-15'),
      subtotalMinor: 15000,
      taxMinor: 0,
      totalMinor: 15000,
      lines: {
        create: [
          { position: 1, description: 'Labour', quantity: 1, unitPriceMinor: 10000, totalMinor: 10000 },
          { position: 2, description: 'Filter', quantity: 2, unitPriceMinor: 2500, totalMinor: 5000 },
        ],
      },
    },
  });
  const sharedDocument = await owner.document.create({
    data: {
      tenantId,
      customerId,
      jobId: job.id,
      kind: 'report',
      title: 'Service report',
      fileName: 'report.pdf',
      contentType: 'application/pdf',
      sizeBytes: 1000,
      storageKey: unique('k'),
      shared: true,
    },
  });
  const privateDocument = await owner.document.create({
    data: {
      tenantId,
      customerId,
      kind: 'contract',
      title: 'Internal draft',
      fileName: 'draft.pdf',
      contentType: 'application/pdf',
      sizeBytes: 1000,
      storageKey: unique('k'),
      shared: false,
    },
  });
  return { site, job, invoice, sharedDocument, privateDocument };
}

export async function customerToken(app: TestApp, account: { id: string; tenantId: string; customerId: string }, expiresAt = new Date(app.clock.now.getTime() + 86_400_000)) {
  const session = await app.owner.session.create({
    data: { tenantId: account.tenantId, portalAccountId: account.id, customerId: account.customerId, expiresAt, createdAt: app.clock.now, lastSeenAt: app.clock.now },
  });
  const token = await signAccessToken(
    app.deps.config.jwtSecret,
    { typ: 'customer', tenantId: account.tenantId, subject: account.id, sessionId: session.id, customerId: account.customerId },
    expiresAt,
  );
  return { token, sessionId: session.id };
}

export async function staffToken(app: TestApp, staff: { id: string; tenantId: string }, expiresAt = new Date(app.clock.now.getTime() + 86_400_000)) {
  const session = await app.owner.session.create({ data: { tenantId: staff.tenantId, staffUserId: staff.id, expiresAt, createdAt: app.clock.now, lastSeenAt: app.clock.now } });
  const token = await signAccessToken(app.deps.config.jwtSecret, { typ: 'staff', tenantId: staff.tenantId, subject: staff.id, sessionId: session.id }, expiresAt);
  return { token, sessionId: session.id };
}

/** A review on a new completed job at the same site as `job`; published (with publishedAt) unless told otherwise. */
export async function makeReview(
  owner: Db,
  job: { tenantId: string; customerId: string; siteId: string; serviceTypeId: string },
  data: { rating?: number; comment?: string | null; status?: 'pending' | 'published' | 'rejected'; response?: string | null; publishedAt?: Date } = {},
) {
  const { tenantId, customerId, siteId, serviceTypeId } = job;
  const reviewed = await owner.job.create({
    data: {
      tenantId,
      customerId,
      siteId,
      serviceTypeId,
      title: 'Visit',
      status: 'completed',
      scheduledStart: new Date('2026-10-01T15:00:00Z'),
      scheduledEnd: new Date('2026-10-01T16:00:00Z'),
    },
  });
  const status = data.status ?? 'published';
  return owner.review.create({
    data: {
      tenantId,
      customerId,
      jobId: reviewed.id,
      rating: data.rating ?? 5,
      comment: data.comment === undefined ? 'Great work.' : data.comment,
      status,
      response: data.response ?? null,
      respondedAt: data.response ? new Date('2026-10-03T12:00:00Z') : null,
      publishedAt: status === 'published' ? (data.publishedAt ?? new Date('2026-10-02T12:00:00Z')) : null,
    },
  });
}

export interface BookingTenantOptions extends TenantOptions {
  mode?: 'instant' | 'request';
  technicians?: number;
  hours?: Record<string, [string, string][]>;
  durationMinutes?: number;
  rules?: { slotMinutes?: number; minLeadMinutes?: number; maxAdvanceDays?: number; changeWindowHours?: number; bufferBeforeMinutes?: number; bufferAfterMinutes?: number };
}

/** A tenant taking online bookings Mon–Fri 08:00–12:00, with qualified technicians and one bookable service type. */
export async function makeBookingTenant(owner: Db, options: BookingTenantOptions = {}) {
  const base = await makeTenant(owner, options);
  const weekday: [string, string][] = [['08:00', '12:00']];
  const tenant = await owner.tenant.update({
    where: { id: base.id },
    data: {
      bookingMode: options.mode ?? 'instant',
      bookingHours: options.hours ?? { '1': weekday, '2': weekday, '3': weekday, '4': weekday, '5': weekday },
      slotMinutes: 60,
      minLeadMinutes: 60,
      maxAdvanceDays: 60,
      changeWindowHours: 24,
      ...options.rules,
    },
  });
  await owner.staffUser.createMany({
    data: Array.from({ length: options.technicians ?? 1 }, (_, i) => ({
      tenantId: tenant.id,
      email: `${unique('tech')}@example.com`,
      name: `Technician ${i + 1}`,
      role: 'technician' as const,
      status: 'active' as const,
    })),
  });
  const technicians = await owner.staffUser.findMany({ where: { tenantId: tenant.id, role: 'technician' }, orderBy: { name: 'asc' } });
  const serviceType = await owner.serviceType.create({
    data: { tenantId: tenant.id, name: 'Furnace tune-up', durationMinutes: options.durationMinutes ?? 60, priceMinor: 12900 },
  });
  await owner.serviceTypeTechnician.createMany({ data: technicians.map((t) => ({ tenantId: tenant.id, serviceTypeId: serviceType.id, staffUserId: t.id })) });
  return { tenant, technicians, serviceType };
}

/** A signed-in customer of `tenantId` with a site and an asset. */
export async function makeBookingCustomer(app: TestApp, tenantId: string) {
  const { customer, account } = await makeCustomer(app.owner, tenantId);
  if (!account) throw new Error('account expected');
  const site = await app.owner.site.create({
    data: { tenantId, customerId: customer.id, label: 'Home', addressLine1: '1 Main St', city: 'Springfield', postalCode: '12345', country: 'US' },
  });
  const assetType = await app.owner.assetType.upsert({ where: { tenantId_code: { tenantId, code: 'furnace' } }, create: { tenantId, code: 'furnace' }, update: {} });
  const asset = await app.owner.asset.create({ data: { tenantId, customerId: customer.id, siteId: site.id, assetTypeId: assetType.id, name: 'Furnace' } });
  const { token } = await customerToken(app, account);
  return { customer, site, asset, token };
}

/** A service address of a customer. */
export function makeSite(owner: Db, tenantId: string, customerId: string, label = 'Home') {
  return owner.site.create({ data: { tenantId, customerId, label, addressLine1: `1 ${label} St`, city: 'Springfield', postalCode: '12345', country: 'US' } });
}

/** A kind of asset with its names by locale ({ en: 'Furnace', fr: 'Chaudière' }). */
export function makeAssetType(owner: Db, tenantId: string, names: Record<string, string>, options: { code?: string; category?: 'equipment' | 'animal' } = {}) {
  return owner.assetType.create({
    data: {
      tenantId,
      code: options.code ?? unique('type'),
      category: options.category ?? 'equipment',
      names: { create: Object.entries(names).map(([locale, name]) => ({ locale, name })) },
    },
  });
}

export function makeAsset(
  owner: Db,
  tenantId: string,
  customerId: string,
  assetTypeId: string,
  options: { siteId?: string; name?: string; warrantyEndOn?: string; installedOn?: string } = {},
) {
  return owner.asset.create({
    data: {
      tenantId,
      customerId,
      assetTypeId,
      siteId: options.siteId ?? null,
      name: options.name ?? unique('asset'),
      model: 'Model X',
      serialNumber: 'SN-1',
      installedOn: options.installedOn ? new Date(options.installedOn) : null,
      warrantyEndOn: options.warrantyEndOn ? new Date(options.warrantyEndOn) : null,
    },
  });
}

export interface JobOptions {
  siteId: string;
  serviceTypeId: string;
  start: Date;
  minutes?: number;
  status?: 'requested' | 'scheduled' | 'in_progress' | 'completed' | 'cancelled' | 'declined';
  assetId?: string;
  technicianId?: string;
  title?: string;
}

export function makeJob(owner: Db, tenantId: string, customerId: string, options: JobOptions) {
  const status = options.status ?? 'scheduled';
  const end = new Date(options.start.getTime() + (options.minutes ?? 60) * 60_000);
  return owner.job.create({
    data: {
      tenantId,
      customerId,
      siteId: options.siteId,
      serviceTypeId: options.serviceTypeId,
      assetId: options.assetId ?? null,
      technicianId: options.technicianId ?? null,
      title: options.title ?? unique('job'),
      status,
      scheduledStart: options.start,
      scheduledEnd: end,
      completedAt: status === 'completed' ? end : null,
    },
  });
}

/** A signed-in staff member of `tenantId` with `role`. */
export async function signedInStaff(app: TestApp, tenantId: string, role: StaffRole = 'owner') {
  const staff = await makeStaff(app.owner, tenantId, role);
  const { token } = await staffToken(app, staff);
  return { staff, token };
}

/**
 * Dispatch: a booking tenant with two qualified technicians (signed in), office staff of each
 * role, and a signed-in customer with a site and an asset.
 */
export async function makeDispatchWorld(app: TestApp) {
  const booking = await makeBookingTenant(app.owner, { technicians: 2 });
  const tenantId = booking.tenant.id;
  const signIn = async (staff: { id: string; tenantId: string }) => (await staffToken(app, staff)).token;
  const [tech1, tech2] = booking.technicians;
  if (!tech1 || !tech2) throw new Error('two technicians expected');
  return {
    ...booking,
    tenantId,
    tech1,
    tech2,
    tokens: {
      owner: await signIn(await makeStaff(app.owner, tenantId, 'owner')),
      admin: await signIn(await makeStaff(app.owner, tenantId, 'admin')),
      dispatcher: await signIn(await makeStaff(app.owner, tenantId, 'dispatcher')),
      tech1: await signIn(tech1),
      tech2: await signIn(tech2),
    },
    me: await makeBookingCustomer(app, tenantId),
  };
}
