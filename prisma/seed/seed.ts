// Demo data: four businesses of different trades with staff, customers, jobs, invoices,
// documents, requests and reviews, dated relative to "now" so the demo never looks stale.
// Runs as the database owner (its owner_all policy lets it past row-level security).
import { PrismaPg } from '@prisma/adapter-pg';
import { hashPassword } from '../../server/src/auth/passwords.js';
import { PrismaClient, type Prisma } from '../../server/src/generated/prisma/client.js';
import { readStorageConfig } from '../../server/src/config.js';
import { createStorage } from '../../server/src/storage/create.js';
import type { Storage } from '../../server/src/storage/storage.js';
import { EncryptedStorage } from '../../server/src/storage/encrypted-storage.js';
import { encryptStoredFiles } from '../../server/src/storage/encrypt-stored-files.js';
import { seedDocumentFiles } from './files.js';
import type { DemoTenant, TenantRows } from './build.js';
import { northwind } from './northwind.js';
import { pawsome } from './pawsome.js';
import { brightline } from './brightline.js';
import { copyworks } from './copyworks.js';

export interface DemoLogin {
  side: 'portal' | 'admin';
  tenantSlug: string;
  tenantName: string;
  email: string;
  password: string;
  role: string;
}

export interface SeedOptions {
  /** The instant the demo is anchored to (default: the current time). */
  now?: Date;
  /** Progress messages; silent by default. */
  log?: (message: string) => void;
  /** Where the demo documents' files go: the API's storage (STORAGE_DIR or S3_*) by default. */
  storage?: Storage;
}

/** One memorable password for every demo account: 10+ characters, a letter and a digit. */
export const DEMO_PASSWORD = 'portico-demo-1';

export const DEMO_TENANTS: readonly DemoTenant[] = [northwind, pawsome, brightline, copyworks];

// Serialises concurrent seeders (e.g. several server instances starting together).
const SEED_LOCK_KEY = 7_214_501;

export function demoLogins(): DemoLogin[] {
  return DEMO_TENANTS.flatMap((tenant) =>
    tenant.logins.map((login) => ({
      side: login.side,
      tenantSlug: tenant.slug,
      tenantName: tenant.name,
      email: login.email,
      password: DEMO_PASSWORD,
      role: login.role,
    })),
  );
}

export async function seedDemo(ownerDatabaseUrl: string, options: SeedOptions = {}): Promise<DemoLogin[]> {
  const now = options.now ?? new Date();
  const log = options.log ?? ((): void => undefined);
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: ownerDatabaseUrl }) });
  try {
    const missing = await missingTenants(prisma);
    if (missing.length === 0) {
      log('Demo tenants already present: nothing to do.');
      await writeDocumentFiles(prisma, options, log);
      return demoLogins();
    }
    // Hash before opening the transaction: argon2 is deliberately slow.
    const planned: TenantRows[] = [];
    for (const tenant of missing) planned.push(tenant.build({ now, ...(await hashesFor(tenant)) }));

    await prisma.$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`);
        const stillMissing = new Set((await missingTenants(tx)).map((t) => t.slug));
        for (const rows of planned) {
          if (!stillMissing.has(rows.tenant.slug)) {
            log(`${rows.tenant.slug} was seeded concurrently: skipped.`);
            continue;
          }
          await insertTenant(tx, rows);
          await queueProjectDocuments(tx, rows);
          log(`Seeded ${rows.tenant.slug}.`);
        }
      },
      { maxWait: 30_000, timeout: 120_000 },
    );
    await writeDocumentFiles(prisma, options, log);
    return demoLogins();
  } finally {
    await prisma.$disconnect();
  }
}

/**
 * Files go in after the rows commit; a missing file (storage wiped, new machine) is rewritten. Files
 * an earlier version stored in plaintext are encrypted first (storage/encrypt-stored-files.ts).
 */
async function writeDocumentFiles(prisma: PrismaClient, options: SeedOptions, log: (message: string) => void): Promise<void> {
  const storage = options.storage ?? createStorage(readStorageConfig(), { db: prisma });
  if (storage instanceof EncryptedStorage) {
    const pass = await encryptStoredFiles(storage);
    if (pass.encrypted) log(`Encrypted ${pass.encrypted} file(s) stored before encryption.`);
  }
  const written = await seedDocumentFiles(
    prisma,
    storage,
    DEMO_TENANTS.map((t) => t.slug),
  );
  if (written) log(`Wrote ${written} demo document file(s).`);
}

/**
 * The documents a project's history would have generated (welcome pack, a progress report per
 * milestone reached, completion certificate and warranty), queued as the API queues them
 * (queue_project_document, same job keys): the API's worker writes them from the templates when it
 * starts, seconds later.
 */
async function queueProjectDocuments(tx: Prisma.TransactionClient, rows: TenantRows): Promise<void> {
  const tenantId = rows.tenant.id;
  const jobs: { projectId: string; kind: string; milestoneId: string | null }[] = [];
  for (const project of rows.projects ?? []) {
    const projectId = project.id ?? '';
    if (project.startedAt) jobs.push({ projectId, kind: 'WELCOME_PACK', milestoneId: null });
    for (const milestone of rows.projectMilestones ?? []) {
      if (milestone.projectId === projectId && milestone.status === 'reached') jobs.push({ projectId, kind: 'PROGRESS_REPORT', milestoneId: milestone.id ?? null });
    }
    if (project.status === 'completed') jobs.push({ projectId, kind: 'COMPLETION_CERTIFICATE', milestoneId: null }, { projectId, kind: 'WARRANTY', milestoneId: null });
  }
  for (const job of jobs) {
    const payload = JSON.stringify({ tenantId, projectId: job.projectId, kind: job.kind, ...(job.milestoneId ? { milestoneId: job.milestoneId } : {}) });
    const key = `generate_project_document:${job.projectId}:${job.kind}${job.milestoneId ? `:${job.milestoneId}` : ''}`;
    await tx.$executeRaw`SELECT graphile_worker.add_job('generate_project_document', ${payload}::json, max_attempts := 5, job_key := ${key}, job_key_mode := 'replace', flags := ARRAY[${`tenant:${tenantId}`}])`;
  }
}

async function missingTenants(db: Prisma.TransactionClient): Promise<DemoTenant[]> {
  const found = await db.tenant.findMany({
    where: { slug: { in: DEMO_TENANTS.map((t) => t.slug) } },
    select: { slug: true },
  });
  const present = new Set(found.map((t) => t.slug));
  return DEMO_TENANTS.filter((t) => !present.has(t.slug));
}

async function hashesFor(tenant: DemoTenant): Promise<{ staffHash: (email: string) => string; portalHash: (email: string) => string }> {
  // Each account gets its own salt, as a real sign-up would.
  const hashAll = async (emails: string[]): Promise<Map<string, string>> => {
    const out = new Map<string, string>();
    for (const email of emails) out.set(email, await hashPassword(DEMO_PASSWORD));
    return out;
  };
  const staff = await hashAll(tenant.passwordEmails.staff);
  const portal = await hashAll(tenant.passwordEmails.portal);
  const pick = (map: Map<string, string>, email: string): string => {
    const hash = map.get(email);
    if (!hash) throw new Error(`No demo password hash for ${email} in ${tenant.slug}`);
    return hash;
  };
  return { staffHash: (email) => pick(staff, email), portalHash: (email) => pick(portal, email) };
}

/** Every right a primary contact has (server/src/contacts/contact-rights.ts). */
const ALL_CONTACT_RIGHTS = ['invoices', 'appointments', 'requests', 'documents_all', 'contacts'] as const;

/**
 * Logins are their account's contacts (issue 22): one a tenant module does not say otherwise of is
 * its account's primary contact, named like the account, with every right.
 */
function asContacts(rows: TenantRows): Prisma.PortalAccountCreateManyInput[] {
  const names = new Map(rows.customers.map((c) => [c.id, c.name]));
  return rows.portalAccounts.map((account) =>
    account.isPrimary === undefined ? { ...account, isPrimary: true, name: account.name ?? names.get(account.customerId) ?? '', rights: [...ALL_CONTACT_RIGHTS] } : account,
  );
}

async function insertTenant(tx: Prisma.TransactionClient, rows: TenantRows): Promise<void> {
  // Parents before children, following the composite (tenant_id, id) foreign keys.
  await tx.tenant.create({ data: rows.tenant });
  await tx.staffUser.createMany({ data: rows.staffUsers });
  await tx.customer.createMany({ data: rows.customers });
  await tx.portalAccount.createMany({ data: asContacts(rows) });
  await tx.session.createMany({ data: rows.sessions ?? [] });
  await tx.site.createMany({ data: rows.sites });
  await tx.assetType.createMany({ data: rows.assetTypes });
  await tx.assetTypeName.createMany({ data: rows.assetTypeNames });
  await tx.asset.createMany({ data: rows.assets });
  await tx.serviceType.createMany({ data: rows.serviceTypes });
  await tx.serviceTypeTechnician.createMany({ data: rows.serviceTypeTechnicians ?? [] });
  await tx.project.createMany({ data: rows.projects ?? [] });
  await tx.projectPhase.createMany({ data: rows.projectPhases ?? [] });
  await tx.closedDate.createMany({ data: rows.closedDates ?? [] });
  await tx.job.createMany({ data: rows.jobs });
  await tx.jobInternalNote.createMany({ data: rows.jobInternalNotes });
  await tx.serviceAgreement.createMany({ data: rows.serviceAgreements });
  await tx.invoice.createMany({ data: rows.invoices });
  await tx.invoiceLine.createMany({ data: rows.invoiceLines });
  await tx.invoiceSequence.createMany({ data: rows.invoiceSequences });
  await tx.payment.createMany({ data: rows.payments });
  // An equipment dealer's meters and supplies: contracts after their devices, billed periods after
  // their invoices, readings after the periods they closed, order lines after the catalogue.
  await tx.meter.createMany({ data: rows.meters ?? [] });
  await tx.meterContract.createMany({ data: rows.meterContracts ?? [] });
  await tx.meterContractRate.createMany({ data: rows.meterContractRates ?? [] });
  await tx.meterBillingPeriod.createMany({ data: rows.meterBillingPeriods ?? [] });
  await tx.meterReading.createMany({ data: rows.meterReadings ?? [] });
  await tx.supplyItem.createMany({ data: rows.supplyItems ?? [] });
  await tx.supplyItemModel.createMany({ data: rows.supplyItemModels ?? [] });
  await tx.supplyAllowance.createMany({ data: rows.supplyAllowances ?? [] });
  await tx.supplyOrder.createMany({ data: rows.supplyOrders ?? [] });
  await tx.supplyOrderLine.createMany({ data: rows.supplyOrderLines ?? [] });
  await tx.requestResponsePromise.createMany({ data: rows.requestResponsePromises ?? [] });
  await tx.serviceRequest.createMany({ data: rows.serviceRequests });
  await tx.requestAttachment.createMany({ data: rows.requestAttachments ?? [] });
  await tx.document.createMany({ data: rows.documents });
  await tx.documentContactShare.createMany({ data: rows.documentContactShares ?? [] });
  await tx.signingRequest.createMany({ data: rows.signingRequests ?? [] });
  await tx.projectMilestone.createMany({ data: rows.projectMilestones ?? [] });
  await tx.projectDelay.createMany({ data: rows.projectDelays ?? [] });
  await tx.projectPhoto.createMany({ data: rows.projectPhotos ?? [] });
  await tx.review.createMany({ data: rows.reviews });
  await tx.activityLog.createMany({ data: rows.activityLogs });
  await tx.notification.createMany({ data: rows.notifications ?? [] });
  await tx.messageThread.createMany({ data: rows.messageThreads ?? [] });
  await tx.message.createMany({ data: rows.messages ?? [] });
  await tx.cannedReply.createMany({ data: rows.cannedReplies ?? [] });
  await tx.quote.createMany({ data: rows.quotes ?? [] });
  await tx.quoteVersion.createMany({ data: rows.quoteVersions ?? [] });
  await tx.quoteOption.createMany({ data: rows.quoteOptions ?? [] });
  await tx.quoteItem.createMany({ data: rows.quoteItems ?? [] });
  // The quotes' counters (numbers Q-<year>-<n>, the default format): a new quote takes the next number.
  const quoteCounters = new Map<string, number>();
  for (const quote of rows.quotes ?? []) {
    const match = /^Q-(\d{4})-(\d+)$/.exec(quote.number);
    if (match) quoteCounters.set(`quote:${match[1]}`, Math.max(quoteCounters.get(`quote:${match[1]}`) ?? 0, Number(match[2])));
  }
  await tx.invoiceSequence.createMany({ data: [...quoteCounters].map(([period, lastValue]) => ({ tenantId: rows.tenant.id, period, lastValue })) });
}
