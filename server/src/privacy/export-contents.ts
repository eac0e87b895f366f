// What an export holds: per kind of record, the rows of one customer account (or, for a contact's
// own export, what is theirs alone), read in the worker's tenant scope and filtered by customer.
// Business-internal data stays out: internal notes and messages, documents not shared with the
// customer, staff ids; so do secrets (payment client secrets, provider references).
import type { ScopedContext } from '../context/context.js';
import type { ExportKind } from './export-readme.js';

export interface ExportSubject {
  customerId: string;
  /** A contact-only export: that contact's own data; null for the whole account. */
  contactId: string | null;
}

export interface ExportDocumentFile {
  path: string;
  storageKey: string;
}

export interface ExportContents {
  records: Partial<Record<ExportKind, Record<string, unknown>[]>>;
  files: ExportDocumentFile[];
}

function safeFileName(name: string): string {
  return name.replace(/[^\p{L}\p{N}._ -]/gu, '_').slice(0, 120) || 'file';
}

export async function exportContents(ctx: ScopedContext, subject: ExportSubject): Promise<ExportContents> {
  const { tx } = ctx;
  const { customerId, contactId } = subject;
  const threads = { thread: { customerId } };
  const messages = await tx.message.findMany({
    where: { ...threads, internal: false, deletedAt: null, ...(contactId ? { authorKind: 'customer' } : {}) },
    select: { id: true, threadId: true, authorKind: true, channel: true, body: true, createdAt: true, editedAt: true, thread: { select: { anchorType: true } } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  const acceptances = await tx.privacyAcceptance.findMany({
    where: { customerId, ...(contactId ? { contactId } : {}) },
    select: { contactId: true, version: true, acceptedAt: true, ip: true, userAgent: true },
    orderBy: { acceptedAt: 'asc' },
  });
  const messageRows = messages.map(({ thread, ...m }) => ({ ...m, anchorType: thread.anchorType }));
  if (contactId) {
    const contact = await tx.portalAccount.findFirst({
      where: { id: contactId, customerId },
      select: { id: true, name: true, email: true, phone: true, locale: true, notificationPreferences: true, createdAt: true, lastLoginAt: true },
    });
    const activity = await tx.activityLog.findMany({
      where: { customerId, contactId },
      select: { action: true, subjectType: true, subjectId: true, ip: true, userAgent: true, createdAt: true },
      orderBy: { createdAt: 'asc' },
    });
    return { records: { profile: contact ? [contact] : [], messages: messageRows, activity, acceptances }, files: [] };
  }

  const customer = await tx.customer.findFirst({
    where: { id: customerId },
    select: { id: true, name: true, email: true, phone: true, locale: true, notificationPreferences: true, createdAt: true },
  });
  const contacts = await tx.portalAccount.findMany({
    where: { customerId },
    select: { id: true, name: true, email: true, phone: true, locale: true, isPrimary: true, notificationPreferences: true, createdAt: true },
    orderBy: { createdAt: 'asc' },
  });
  const sites = await tx.site.findMany({
    where: { customerId },
    select: { id: true, label: true, addressLine1: true, addressLine2: true, city: true, postalCode: true, region: true, country: true, accessInstructions: true, createdAt: true },
    orderBy: { createdAt: 'asc' },
  });
  const assets = await tx.asset.findMany({
    where: { customerId },
    select: { id: true, siteId: true, name: true, model: true, serialNumber: true, installedOn: true, notes: true, warrantyEndOn: true, createdAt: true },
    orderBy: { createdAt: 'asc' },
  });
  const jobs = await tx.job.findMany({
    where: { customerId },
    select: {
      id: true,
      siteId: true,
      assetId: true,
      status: true,
      title: true,
      description: true,
      scheduledStart: true,
      scheduledEnd: true,
      customerNotes: true,
      completedAt: true,
      createdAt: true,
    },
    orderBy: { scheduledStart: 'asc' },
  });
  const requests = await tx.serviceRequest.findMany({
    where: { customerId },
    select: { id: true, assetId: true, jobId: true, description: true, urgency: true, status: true, preferredAt: true, declineReason: true, createdAt: true },
    orderBy: { createdAt: 'asc' },
  });
  const invoices = await tx.invoice.findMany({
    where: { customerId, status: { not: 'draft' } },
    select: {
      id: true,
      number: true,
      status: true,
      currency: true,
      issueDate: true,
      dueDate: true,
      subtotalMinor: true,
      taxMinor: true,
      totalMinor: true,
      paidMinor: true,
      refundedMinor: true,
      creditedMinor: true,
      notes: true,
      lines: { select: { position: true, description: true, quantity: true, unitPriceMinor: true, taxRateBp: true, totalMinor: true }, orderBy: { position: 'asc' } },
    },
    orderBy: [{ issueDate: 'asc' }, { number: 'asc' }],
  });
  const payments = await tx.payment.findMany({
    where: { customerId },
    select: {
      id: true,
      invoiceId: true,
      amountMinor: true,
      currency: true,
      method: true,
      status: true,
      receivedAt: true,
      refundedMinor: true,
      cardBrand: true,
      last4: true,
      tipMinor: true,
    },
    orderBy: { receivedAt: 'asc' },
  });
  const documents = await tx.document.findMany({
    where: { customerId, shared: true },
    select: { id: true, kind: true, title: true, fileName: true, contentType: true, sizeBytes: true, storageKey: true, createdAt: true },
    orderBy: { createdAt: 'asc' },
  });
  const reviews = await tx.review.findMany({
    where: { customerId },
    select: { id: true, jobId: true, rating: true, comment: true, authorName: true, status: true, response: true, createdAt: true },
  });
  const activity = await tx.activityLog.findMany({
    where: { customerId },
    select: { actorType: true, action: true, subjectType: true, subjectId: true, ip: true, userAgent: true, createdAt: true },
    orderBy: { createdAt: 'asc' },
  });
  const files = documents.map((d) => ({ path: `documents/${d.id}-${safeFileName(d.fileName)}`, storageKey: d.storageKey }));
  return {
    records: {
      profile: customer ? [{ ...customer, contacts }] : [],
      sites,
      assets,
      jobs,
      requests,
      invoices,
      payments,
      documents: documents.map((d, i) => ({
        id: d.id,
        kind: d.kind,
        title: d.title,
        fileName: d.fileName,
        contentType: d.contentType,
        sizeBytes: d.sizeBytes,
        createdAt: d.createdAt,
        file: files[i]?.path ?? null,
      })),
      messages: messageRows,
      reviews,
      activity,
      acceptances,
    },
    files,
  };
}
