// The built-in signing flow, for the customer: read the request and the exact PDF, consent,
// receive a one-time code, sign (stamped, certificate page, sealed) or decline. Asking for a
// signature (createSigningRequest) is for staff and other domains (quotes).
import { randomUUID } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import type { CustomerContext, ScopedContext } from '../context/context.js';
import type { Prisma, SigningRequest as SigningRequestRow } from '../generated/prisma/client.js';
import type { SigningKind, SigningStatus } from '../generated/prisma/enums.js';
import type { Document } from '../documents/documents.types.js';
import { documentSelect } from '../documents/documents.view.js';
import { viewLink } from '../documents/documents.service.js';
import { recordDocumentEvent } from '../documents/document-access.js';
import { BadInput, Conflict, NotFound } from '../errors/errors.js';
import { isId } from '../common/ids.js';
import { currentTenant } from '../platform/current-tenant.js';
import { currentCustomer } from '../customers/customers.loaders.js';
import { asSystem, inOwnTransaction } from '../platform/scope.js';
import { tenantKey } from '../storage/storage.js';
import { readStoredBytes } from '../storage/read-bytes.js';
import type { SignDocumentInput, SigningRequest, SignaturePlacement } from './signatures.types.js';
import { canSendSigningCode, checkSigningCode, CODE_TTL_MS, hashSigningCode, maskEmail, newSigningCode } from './signing-code.js';
import { disclosureIn, signerLanguage } from './signing-disclosure.js';
import { recordSigningEvent, recordSigningEventApart } from './signing-events.js';
import { readSignatureImage } from './signature-image.js';
import { signedPdf, type SignatureMark } from './signed-pdf.js';
import { sealCertificate, sealPdf, sha256Hex } from './document-seal.js';
import { runSignedHandlers } from './signing-handlers.js';
import { canMoveSigning } from './signing-status.js';
import { signingCodeLetter } from './signing-emails.js';
import { providerFor } from './signature-settings.js';
import { startDocusignEnvelope } from './docusign.provider.js';

export type { SigningRequestRow };
export { onDocumentSigned, type SignedDocument, type SignedHandler } from './signing-handlers.js';

/** Where the signature goes: a box on a page (PDF points from the bottom-left, page 1 first), or a page appended. */
export type Placement = { page: number; x: number; y: number; width: number; height: number } | 'APPEND';

export interface CreateSigningRequestInput {
  kind: SigningKind;
  subjectId: string;
  customerId: string;
  title: string;
  pdf: Uint8Array;
  fileName: string;
  placement: Placement;
}

const MAX_TITLE = 200;
const MAX_DECLINE_REASON = 1000;
const MAX_TYPED_NAME = 120;
const MAX_PDF_BYTES = 20 * 1024 * 1024;

/** What the portal reads of a request (the SigningRequest type; its links are field resolvers). */
export const signingRequestSelect = {
  id: true,
  kind: true,
  status: true,
  title: true,
  subjectId: true,
  provider: true,
  placement: true,
  consentedAt: true,
  codeExpiresAt: true,
  signedAt: true,
  signerName: true,
  declinedAt: true,
  declineReason: true,
  cancelledAt: true,
  createdAt: true,
} satisfies Prisma.SigningRequestSelect;

type SelectedRequest = Prisma.SigningRequestGetPayload<{ select: typeof signingRequestSelect }>;

export function placementOf(value: Prisma.JsonValue | null): SignaturePlacement | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const { page, x, y, width, height } = value as Record<string, unknown>;
  return typeof page === 'number' && typeof x === 'number' && typeof y === 'number' && typeof width === 'number' && typeof height === 'number'
    ? { page, x, y, width, height }
    : null;
}

export function toSigningRequest<T extends SelectedRequest>(row: T): Omit<T, 'placement'> & { placement: SignaturePlacement | null } {
  return { ...row, placement: placementOf(row.placement) };
}

/** A placement inside the PDF's pages, or BAD_USER_INPUT on `placement`. */
export async function checkedPdf(pdf: Uint8Array, placement: Placement): Promise<PDFDocument> {
  if (pdf.length > MAX_PDF_BYTES) throw new BadInput('pdf', 'The document is larger than 20 MB.', 'FILE_TOO_LARGE');
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(pdf);
  } catch {
    throw new BadInput('pdf', 'Only a PDF can be signed.', 'NOT_A_PDF');
  }
  if (placement !== 'APPEND') {
    const page = Number.isInteger(placement.page) ? doc.getPages()[placement.page - 1] : undefined;
    const box = [placement.x, placement.y, placement.width, placement.height];
    const { width, height } = page?.getSize() ?? { width: 0, height: 0 };
    if (
      !page ||
      box.some((n) => !Number.isFinite(n)) ||
      placement.width < 40 ||
      placement.height < 15 ||
      placement.x < 0 ||
      placement.y < 0 ||
      placement.x + placement.width > width ||
      placement.y + placement.height > height
    ) {
      throw new BadInput('placement', 'Place the signature inside a page of the document.', 'PLACEMENT_OFF_PAGE');
    }
  }
  return doc;
}

/**
 * Opens a PENDING request on a customer document already filed (its PDF checked by the caller).
 * Staff or system scope. DocuSign tenants get their envelope here too.
 */
export async function openSigningRequest(
  ctx: ScopedContext,
  input: { kind: SigningKind; subjectId: string; customerId: string; title: string; documentId: string; pdf: Uint8Array; placement: Placement },
): Promise<SigningRequestRow> {
  const tenantId = ctx.rls?.tenantId;
  if (!tenantId) throw new Error('a signing request needs a tenant scope');
  const provider = await providerFor(ctx);
  const row = await ctx.tx.signingRequest.create({
    data: {
      tenantId,
      customerId: input.customerId,
      kind: input.kind,
      subjectId: input.subjectId,
      title: input.title,
      provider,
      documentId: input.documentId,
      originalSha256: sha256Hex(input.pdf),
      placement: input.placement === 'APPEND' ? undefined : input.placement,
      requestedBy: ctx.principal.kind === 'staff' ? ctx.principal.staffUserId : null,
      createdAt: ctx.now(),
    },
  });
  await recordSigningEvent(ctx, row.id, 'requested');
  if (provider === 'DOCUSIGN') return startDocusignEnvelope(ctx, row, input.pdf);
  return row;
}

/**
 * Asks a customer to sign a PDF: stores it as a shared customer document (kind contract), records
 * its SHA-256, and returns the PENDING request. Staff or system scope of the tenant. Tells nobody:
 * the caller (a quote being sent) writes its own email or notification.
 */
export async function createSigningRequest(ctx: ScopedContext, input: CreateSigningRequestInput): Promise<SigningRequestRow> {
  const tenantId = ctx.rls?.tenantId;
  if (!tenantId) throw new Error('a signing request needs a tenant scope');
  const title = input.title.trim().slice(0, MAX_TITLE);
  if (!title) throw new BadInput('title', 'Give the document a title.');
  await checkedPdf(input.pdf, input.placement);
  const customer = isId(input.customerId) ? await ctx.tx.customer.findFirst({ where: { id: input.customerId }, select: { id: true } }) : null;
  if (!customer) throw new NotFound('This customer');
  const documentId = randomUUID();
  const storageKey = tenantKey(tenantId, 'documents', 'signing', `${documentId}.pdf`);
  await ctx.deps.storage.put(storageKey, input.pdf, 'application/pdf');
  await ctx.tx.document.createMany({
    data: [
      {
        id: documentId,
        tenantId,
        customerId: customer.id,
        kind: 'contract',
        title,
        fileName: safeFileName(input.fileName),
        contentType: 'application/pdf',
        sizeBytes: input.pdf.length,
        storageKey,
        shared: true,
        createdAt: ctx.now(),
      },
    ],
  });
  await recordDocumentEvent(ctx, documentId, 'uploaded');
  return openSigningRequest(ctx, { kind: input.kind, subjectId: input.subjectId, customerId: customer.id, title, documentId, pdf: input.pdf, placement: input.placement });
}

function safeFileName(name: string): string {
  const cleaned = name
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .trim()
    .slice(0, 150);
  return cleaned.toLowerCase().endsWith('.pdf') ? cleaned : `${cleaned || 'document'}.pdf`;
}

// ---------------------------------------------------------------------------------------------
// The customer's side. Every read is in the customer's own scope (row-level security: their own
// requests only); the steps write through the tenant's system scope once that read found the row.

async function ownRequest(ctx: CustomerContext, id: string): Promise<SigningRequestRow> {
  const row = isId(id) ? await ctx.tx.signingRequest.findFirst({ where: { id, customerId: ctx.principal.customerId } }) : null;
  if (!row) throw new NotFound('This signing request');
  return row;
}

async function pendingRequest(ctx: CustomerContext, id: string): Promise<SigningRequestRow> {
  const row = await ownRequest(ctx, id);
  if (row.status !== 'PENDING') throw new Conflict('This document is no longer waiting for a signature.', 'SIGNING_CLOSED');
  return row;
}

async function reread(ctx: CustomerContext, id: string): Promise<SigningRequest> {
  const row = await ctx.tx.signingRequest.findFirst({ where: { id, customerId: ctx.principal.customerId }, select: signingRequestSelect });
  if (!row) throw new NotFound('This signing request');
  return toSigningRequest(row);
}

export async function listMySigningRequests(ctx: CustomerContext, status: SigningStatus | null): Promise<SigningRequest[]> {
  const rows = await ctx.tx.signingRequest.findMany({
    where: { customerId: ctx.principal.customerId, ...(status ? { status } : {}) },
    select: signingRequestSelect,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 100,
  });
  return rows.map(toSigningRequest);
}

export async function getMySigningRequest(ctx: CustomerContext, id: string): Promise<SigningRequest> {
  const row = await reread(ctx, isId(id) ? id : '00000000-0000-0000-0000-000000000000');
  if (row.status === 'PENDING') await recordSigningEventApart(ctx, row.id, 'viewed');
  return row;
}

export async function consentToSignElectronically(ctx: CustomerContext, requestId: string): Promise<SigningRequest> {
  const row = await pendingRequest(ctx, requestId);
  if (!row.consentedAt) {
    const disclosure = disclosureIn(await signerLanguage(ctx));
    await asSystem(ctx, (system) =>
      system.tx.signingRequest.update({ where: { tenantId_id: { tenantId: row.tenantId, id: row.id } }, data: { consentedAt: ctx.now(), disclosureVersion: disclosure.version } }),
    );
    await recordSigningEvent(ctx, row.id, 'consented');
  }
  return reread(ctx, row.id);
}

async function signerEmail(ctx: CustomerContext): Promise<string> {
  const account = await ctx.tx.portalAccount.findFirst({ where: { id: ctx.principal.accountId }, select: { email: true } });
  return account?.email ?? (await currentCustomer(ctx)).email;
}

export async function sendSigningCode(ctx: CustomerContext, requestId: string): Promise<SigningRequest> {
  const row = await pendingRequest(ctx, requestId);
  if (row.provider !== 'BUILTIN') throw new Conflict('This document is signed with DocuSign.', 'SIGNED_WITH_DOCUSIGN');
  if (!row.consentedAt) throw new Conflict('Agree to sign electronically first.', 'CONSENT_REQUIRED');
  const now = ctx.now();
  const allowed = canSendSigningCode(row, now);
  if (allowed === 'CODE_RESEND_LIMIT') throw new Conflict('No more codes can be sent for this document: contact the business.', 'CODE_RESEND_LIMIT');
  if (allowed === 'CODE_RESEND_TOO_SOON') throw new Conflict('Wait a minute before asking for another code.', 'CODE_RESEND_TOO_SOON');
  const code = newSigningCode();
  const to = await signerEmail(ctx);
  // One code at a time: a new one replaces the last, with fresh attempts.
  const claimed = await asSystem(ctx, (system) =>
    system.tx.signingRequest.updateMany({
      where: { id: row.id, status: 'PENDING', codesSent: row.codesSent },
      data: {
        codeHash: hashSigningCode(ctx.deps.config.jwtSecret, row.id, code),
        codeSentTo: to,
        codeSentAt: now,
        codeExpiresAt: new Date(now.getTime() + CODE_TTL_MS),
        codeAttempts: 0,
        codesSent: { increment: 1 },
      },
    }),
  );
  if (claimed.count !== 1) throw new Conflict('Wait a minute before asking for another code.', 'CODE_RESEND_TOO_SOON');
  const [tenant, language] = await Promise.all([currentTenant(ctx), signerLanguage(ctx)]);
  await ctx.deps.mailer.send(ctx, {
    tenantId: tenant.id,
    customerId: ctx.principal.customerId,
    to,
    ...signingCodeLetter(language, { code, title: row.title, business: tenant.name }),
  });
  await recordSigningEvent(ctx, row.id, 'code_sent');
  return reread(ctx, row.id);
}

/** A wrong code counts against the code and is in the trail, though the answer is an error (its own transaction). */
async function countWrongCode(ctx: CustomerContext, row: SigningRequestRow): Promise<void> {
  await inOwnTransaction(ctx, { tenantId: row.tenantId, role: 'system' }, async (system) => {
    await system.tx.signingRequest.updateMany({ where: { id: row.id, codeHash: row.codeHash }, data: { codeAttempts: { increment: 1 } } });
    await recordSigningEvent(system, row.id, 'code_failed');
  });
}

const SIGNED_WORD = { en: 'signed', fr: 'signé', es: 'firmado' } as const;

export async function signDocument(ctx: CustomerContext, requestId: string, input: SignDocumentInput): Promise<SigningRequest> {
  const row = await pendingRequest(ctx, requestId);
  if (row.provider !== 'BUILTIN') throw new Conflict('This document is signed with DocuSign.', 'SIGNED_WITH_DOCUSIGN');
  if (!row.consentedAt || !row.disclosureVersion) throw new Conflict('Agree to sign electronically first.', 'CONSENT_REQUIRED');
  if (!input.intentToSign) throw new BadInput('intentToSign', 'Confirm that you mean to sign this document.', 'INTENT_REQUIRED');
  const mark = signatureMark(input);
  const check = checkSigningCode(row, ctx.deps.config.jwtSecret, row.id, input.code, ctx.now());
  if (check === 'CODE_WRONG') {
    await countWrongCode(ctx, row);
    throw new BadInput('code', 'This code is not the one we sent.', 'CODE_WRONG');
  }
  if (check === 'CODE_REQUIRED') throw new Conflict('Ask for a code first: we email it to you.', 'CODE_REQUIRED');
  if (check === 'CODE_EXPIRED') throw new BadInput('code', 'This code has expired: ask for a new one.', 'CODE_EXPIRED');
  if (check === 'CODE_TOO_MANY_ATTEMPTS') throw new BadInput('code', 'Too many wrong codes: ask for a new one.', 'CODE_TOO_MANY_ATTEMPTS');

  const now = ctx.now();
  const [tenant, customer, language] = await Promise.all([currentTenant(ctx), currentCustomer(ctx), signerLanguage(ctx)]);
  const email = row.codeSentTo ?? (await signerEmail(ctx));
  const signerName = 'typedName' in mark ? mark.typedName : customer.name;
  return asSystem(ctx, async (system) => {
    const original = await system.tx.document.findFirst({ where: { id: row.documentId }, select: { storageKey: true, jobId: true, projectId: true } });
    const bytes = original ? await readStoredBytes(ctx.deps.storage, original.storageKey) : null;
    if (!original || !bytes) throw new NotFound('This document');
    const stamped = await signedPdf(
      bytes,
      placementOf(row.placement) ?? 'APPEND',
      mark,
      {
        requestId: row.id,
        title: row.title,
        business: tenant.name,
        signerName,
        signerEmail: email,
        signedAt: now,
        timeZone: tenant.timeZone,
        ip: ctx.client.ip,
        userAgent: ctx.client.userAgent,
        disclosureVersion: row.disclosureVersion ?? '',
        consentedAt: row.consentedAt ?? now,
        codeVerifiedAt: now,
        originalSha256: row.originalSha256,
      },
      language,
    );
    const sealed = await sealPdf(stamped, sealCertificate(ctx.deps.config.signingSeal), now, tenant.name);
    const signedDocumentId = await fileSignedPdf(system, row, sealed, `${row.title} (${SIGNED_WORD[language]})`, original);
    const claimed = await system.tx.signingRequest.updateMany({
      where: { id: row.id, status: 'PENDING' },
      data: {
        status: 'SIGNED',
        signedAt: now,
        signerName,
        signerEmail: email,
        signerIp: ctx.client.ip,
        signerUserAgent: ctx.client.userAgent?.slice(0, 300) ?? null,
        codeVerifiedAt: now,
        codeHash: null,
        signedDocumentId,
        signedSha256: sha256Hex(sealed),
      },
    });
    if (claimed.count !== 1 || !canMoveSigning(row.status, 'SIGNED')) throw new Conflict('This document is no longer waiting for a signature.', 'SIGNING_CLOSED');
    await recordSigningEvent(system, row.id, 'code_verified');
    await recordSigningEvent(system, row.id, 'signed');
    await runSignedHandlers(system, row.kind, { requestId: row.id, subjectId: row.subjectId, customerId: row.customerId, signedDocumentId, signerName, signedAt: now });
    return toSigningRequest(await system.tx.signingRequest.findFirstOrThrow({ where: { id: row.id }, select: signingRequestSelect }));
  });
}

/** Files a signed PDF as a new shared document of the customer, beside the original (same job, project). */
export async function fileSignedPdf(
  system: ScopedContext,
  row: Pick<SigningRequestRow, 'id' | 'tenantId' | 'customerId'>,
  pdf: Uint8Array,
  title: string,
  original: { jobId: string | null; projectId: string | null },
): Promise<string> {
  const id = randomUUID();
  const storageKey = tenantKey(row.tenantId, 'documents', 'signed', `${row.id}-${id}.pdf`);
  await system.deps.storage.put(storageKey, pdf, 'application/pdf');
  await system.tx.document.createMany({
    data: [
      {
        id,
        tenantId: row.tenantId,
        customerId: row.customerId,
        jobId: original.jobId,
        projectId: original.projectId,
        kind: 'contract',
        title: title.slice(0, MAX_TITLE),
        fileName: safeFileName(title),
        contentType: 'application/pdf',
        sizeBytes: pdf.length,
        storageKey,
        shared: true,
        createdAt: system.now(),
      },
    ],
  });
  await recordDocumentEvent(system, id, 'generated');
  return id;
}

function signatureMark(input: SignDocumentInput): SignatureMark {
  if (input.drawnSignature) {
    const image = readSignatureImage(input.drawnSignature);
    if ('refused' in image && image.refused === 'SIGNATURE_IMAGE_TOO_LARGE')
      throw new BadInput('drawnSignature', 'The drawn signature is larger than 200 KB.', 'SIGNATURE_IMAGE_TOO_LARGE');
    if ('refused' in image) throw new BadInput('drawnSignature', 'Draw your signature again.', 'SIGNATURE_IMAGE_INVALID');
    return { png: image.png };
  }
  const typedName = input.typedName?.trim().replace(/\s+/g, ' ') ?? '';
  if (!typedName) throw new BadInput('typedName', 'Type your name or draw your signature.', 'SIGNATURE_REQUIRED');
  if (typedName.length > MAX_TYPED_NAME) throw new BadInput('typedName', `Please keep your name under ${MAX_TYPED_NAME} characters.`);
  return { typedName };
}

export async function declineSigning(ctx: CustomerContext, requestId: string, reason: string): Promise<SigningRequest> {
  const row = await pendingRequest(ctx, requestId);
  const text = reason.trim();
  if (!text) throw new BadInput('reason', 'Tell the business why you decline.', 'REASON_REQUIRED');
  if (text.length > MAX_DECLINE_REASON) throw new BadInput('reason', `Please keep the reason under ${MAX_DECLINE_REASON} characters.`);
  await asSystem(ctx, async (system) => {
    const moved = await system.tx.signingRequest.updateMany({
      where: { id: row.id, status: 'PENDING' },
      data: { status: 'DECLINED', declinedAt: ctx.now(), declineReason: text, codeHash: null },
    });
    if (moved.count !== 1) throw new Conflict('This document is no longer waiting for a signature.', 'SIGNING_CLOSED');
    await recordSigningEvent(system, row.id, 'declined');
  });
  return reread(ctx, row.id);
}

export async function signingDocumentUrl(ctx: CustomerContext, requestId: string): Promise<string> {
  const row = await ownRequest(ctx, requestId);
  return viewLink(ctx, row.documentId);
}

export async function maskedCodeRecipient(ctx: CustomerContext, requestId: string): Promise<string | null> {
  const row = await ownRequest(ctx, requestId);
  return row.codeSentTo ? maskEmail(row.codeSentTo) : null;
}

export async function signedDocumentOf(ctx: CustomerContext, requestId: string): Promise<Document | null> {
  const row = await ownRequest(ctx, requestId);
  if (!row.signedDocumentId) return null;
  return ctx.tx.document.findFirst({ where: { id: row.signedDocumentId, customerId: ctx.principal.customerId, shared: true }, select: documentSelect });
}

export async function documentSigningRequest(ctx: CustomerContext, documentId: string): Promise<SigningRequest | null> {
  const row = await ctx.tx.signingRequest.findFirst({
    where: { documentId, customerId: ctx.principal.customerId },
    select: signingRequestSelect,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
  });
  return row ? toSigningRequest(row) : null;
}
