// Carries out a customer's erasure in one transaction, in the tenant's scope as the system. What
// the law makes the business keep (invoices and their lines, payments, credit notes, quotes it
// issued) stays, with the customer's name as the minimum identity the invoices read; everything
// else personal is deleted or pseudonymised. Files go before rows, like housekeeping does: a row
// without its file is harmless, a file without its row is never found again. The retention task
// (retention.ts) anonymises the rest once retainUntil passes.
import type { ScopedContext } from '../context/context.js';
import { recordActivity } from '../activity/activity.js';
import { scopeTenant } from '../platform/current-tenant.js';

export const ERASED = '[erased]';
/** Documents the business must keep: its invoices and contracts, and whatever was signed. */
const LEGAL_DOCUMENT_KINDS = ['invoice', 'contract'] as const;

export function erasedEmail(customerId: string): string {
  return `erased-${customerId.replace(/-/g, '').slice(0, 12)}@invalid`;
}

export function addYears(at: Date, years: number): Date {
  const next = new Date(at.getTime());
  next.setUTCFullYear(next.getUTCFullYear() + years);
  return next;
}

export async function eraseCustomer(ctx: ScopedContext, customerId: string): Promise<{ erasedAt: Date; retainUntil: Date }> {
  const { tx } = ctx;
  const tenant = await scopeTenant(ctx);
  const now = ctx.now();
  const where = { customerId };

  // Files first: documents not kept, request and message attachments, uploads, project photos.
  const signed = await tx.signingRequest.findMany({ where, select: { documentId: true, signedDocumentId: true } });
  const keptIds = signed.flatMap((s) => [s.documentId, s.signedDocumentId]).filter((id): id is string => id !== null);
  const documents = await tx.document.findMany({ where: { ...where, kind: { notIn: [...LEGAL_DOCUMENT_KINDS] }, id: { notIn: keptIds } }, select: { id: true, storageKey: true } });
  const requestFiles = await tx.requestAttachment.findMany({ where: { request: where }, select: { storageKey: true } });
  const messageFiles = await tx.messageAttachment.findMany({ where: { message: { thread: where } }, select: { storageKey: true } });
  const uploads = await tx.upload.findMany({ where, select: { storageKey: true } });
  for (const file of [...documents, ...requestFiles, ...messageFiles, ...uploads]) await ctx.deps.storage.delete(file.storageKey);
  await tx.document.deleteMany({ where: { id: { in: documents.map((d) => d.id) } } });
  await tx.requestAttachment.deleteMany({ where: { request: where } });
  await tx.messageAttachment.deleteMany({ where: { message: { thread: where } } });
  await tx.upload.deleteMany({ where });

  // The people: contacts (their sessions, links, shares and acceptances go with them), and the
  // customer's own sessions and links.
  await tx.session.deleteMany({ where });
  await tx.oneTimeToken.deleteMany({ where });
  await tx.portalAccount.deleteMany({ where });

  // What they told the business, or the business noted about them.
  await tx.site.updateMany({ where, data: { label: ERASED, addressLine1: ERASED, addressLine2: null, city: ERASED, postalCode: ERASED, region: null, accessInstructions: null } });
  await tx.asset.updateMany({ where, data: { notes: null } });
  await tx.job.updateMany({ where, data: { customerNotes: null, description: null } });
  await tx.jobInternalNote.deleteMany({ where: { job: where } });
  await tx.message.updateMany({ where: { thread: where }, data: { body: ERASED } });
  await tx.review.deleteMany({ where });
  await tx.serviceRequest.updateMany({ where, data: { description: ERASED, declineReason: null } });
  await tx.communication.deleteMany({ where });
  await tx.notification.deleteMany({ where });
  await tx.calendarFeed.deleteMany({ where });
  await tx.meterApiToken.deleteMany({ where });
  await tx.outboxEmail.deleteMany({ where });
  await tx.supplyOrder.updateMany({
    where,
    data: { deliveryName: ERASED, deliveryLine1: ERASED, deliveryLine2: null, deliveryCity: ERASED, deliveryPostalCode: ERASED, deliveryRegion: null, notes: null },
  });
  await tx.signingRequest.updateMany({ where, data: { signerEmail: null, codeSentTo: null, signerIp: null, signerUserAgent: null } });
  // The audit log is append-only; this function is its one allowed change: where the customer acted from.
  await tx.$executeRaw`SELECT app_erase_audit_identity(${customerId}::uuid)`;

  // Saved ways to pay.
  await tx.agreementAutopay.deleteMany({ where });
  await tx.meterContractAutopay.deleteMany({ where });
  await tx.sandboxPaymentMethod.deleteMany({ where });
  await tx.paymentCustomer.deleteMany({ where });
  await tx.paymentMandate.updateMany({ where, data: { ip: null, userAgent: null } });
  await tx.payment.updateMany({ where, data: { clientSecret: null } });

  const retainUntil = addYears(now, tenant.legalRetentionYears);
  await tx.customer.update({
    where: { tenantId_id: { tenantId: tenant.id, id: customerId } },
    data: { email: erasedEmail(customerId), phone: null, locale: null, notificationPreferences: {}, erasedAt: now, retainUntil },
  });
  await recordActivity(ctx, { tenantId: tenant.id, actorType: 'system', actorId: null, customerId, action: 'privacy.erased' });
  return { erasedAt: now, retainUntil };
}
