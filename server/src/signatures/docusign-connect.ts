// DocuSign Connect (POST /webhooks/docusign/<tenantSlug>): envelope events for one tenant, verified
// with its Connect HMAC key (X-DocuSign-Signature-1: base64 HMAC-SHA256 of the raw body) before
// anything is read. On envelope-completed the combined signed PDF and DocuSign's certificate are
// fetched back into documents and the request completes, running the same onDocumentSigned
// handlers as the built-in provider. A repeated delivery changes nothing.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { AppDeps, ScopedContext } from '../context/context.js';
import { tenantIdBySlug } from '../db/rls.js';
import { AppError } from '../errors/errors.js';
import { inTenantScope } from '../platform/scope.js';
import { sha256Hex } from './document-seal.js';
import { envelopesApi, tenantCredentials } from './docusign.provider.js';
import { docusignHmacKey } from './signature-settings.js';
import { fileSignedPdf } from './signatures.service.js';
import { recordSigningEvent } from './signing-events.js';
import { runSignedHandlers } from './signing-handlers.js';

export interface ConnectDelivery {
  tenantSlug: string;
  body: Buffer;
  signature: string | null;
  requestId: string;
  client: { ip: string | null; userAgent: string | null };
}

function unknownEndpoint(): AppError {
  return new AppError('NOT_FOUND', 'This webhook endpoint is not configured.');
}

export function connectSignature(hmacKey: string, body: Buffer): string {
  return createHmac('sha256', hmacKey).update(body).digest('base64');
}

function signatureMatches(hmacKey: string, body: Buffer, given: string | null): boolean {
  if (!given) return false;
  const expected = Buffer.from(connectSignature(hmacKey, body));
  const actual = Buffer.from(given.trim());
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

function envelopeOf(body: Buffer): { event: string; envelopeId: string } | null {
  try {
    const parsed = JSON.parse(body.toString('utf8')) as { event?: unknown; data?: { envelopeId?: unknown } };
    return typeof parsed.event === 'string' && typeof parsed.data?.envelopeId === 'string' ? { event: parsed.event, envelopeId: parsed.data.envelopeId } : null;
  } catch {
    return null;
  }
}

const asBuffer = (value: Buffer | string): Buffer => (Buffer.isBuffer(value) ? value : Buffer.from(value, 'binary'));

async function complete(ctx: ScopedContext, envelopeId: string): Promise<boolean> {
  const row = await ctx.tx.signingRequest.findFirst({ where: { envelopeId, provider: 'DOCUSIGN' } });
  if (row?.status !== 'PENDING') return false;
  const credentials = await tenantCredentials(ctx);
  const api = await envelopesApi(credentials);
  const [combined, certificate] = await Promise.all([
    api.getDocument(credentials.accountId, envelopeId, 'combined'),
    api.getDocument(credentials.accountId, envelopeId, 'certificate'),
  ]);
  const [original, customer] = await Promise.all([
    ctx.tx.document.findFirst({ where: { id: row.documentId }, select: { jobId: true, projectId: true } }),
    ctx.tx.customer.findFirst({ where: { id: row.customerId }, select: { name: true, email: true } }),
  ]);
  const beside = { jobId: original?.jobId ?? null, projectId: original?.projectId ?? null };
  const signed = asBuffer(combined);
  const signedDocumentId = await fileSignedPdf(ctx, row, signed, `${row.title} (signed)`, beside);
  await fileSignedPdf(ctx, row, asBuffer(certificate), `${row.title} (DocuSign certificate)`, beside);
  const now = ctx.now();
  const signerName = customer?.name ?? '';
  const moved = await ctx.tx.signingRequest.updateMany({
    where: { id: row.id, status: 'PENDING' },
    data: { status: 'SIGNED', signedAt: now, signerName, signerEmail: customer?.email ?? null, signedDocumentId, signedSha256: sha256Hex(signed) },
  });
  if (moved.count !== 1) return false;
  await recordSigningEvent(ctx, row.id, 'signed');
  await runSignedHandlers(ctx, row.kind, { requestId: row.id, subjectId: row.subjectId, customerId: row.customerId, signedDocumentId, signerName, signedAt: now });
  return true;
}

export async function receiveDocusignConnect(deps: AppDeps, delivery: ConnectDelivery): Promise<{ applied: boolean }> {
  const tenantId = await tenantIdBySlug(deps.db, delivery.tenantSlug).catch(() => null);
  if (!tenantId) throw unknownEndpoint();
  return inTenantScope(
    deps,
    { tenantId, role: 'system' },
    async (ctx) => {
      const settings = await ctx.tx.signatureSettings.findFirst({ where: { tenantId } });
      const key = docusignHmacKey(ctx, settings);
      if (!key) throw unknownEndpoint();
      if (!signatureMatches(key, delivery.body, delivery.signature)) {
        throw new AppError('BAD_USER_INPUT', 'The webhook signature is not valid.', { field: 'x-docusign-signature-1' });
      }
      const envelope = envelopeOf(delivery.body);
      if (envelope?.event !== 'envelope-completed') return { applied: false };
      return { applied: await complete(ctx, envelope.envelopeId) };
    },
    { endpoint: 'admin', requestId: delivery.requestId, client: delivery.client },
  );
}
