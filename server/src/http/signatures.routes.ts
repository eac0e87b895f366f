// Verify-by-hash for anyone (signatures/verify-by-hash.ts), open to every origin, rate-limited:
//   GET  /public/v1/signatures/verify?sha256=<hex>
//   POST /public/v1/signatures/verify      the PDF as the raw body, or multipart/form-data field `file` (≤ 20 MB)
// The answer: { matches, sha256, sealIntact (POST), signerName, businessName, title, signedAt }.
// And DocuSign Connect: POST /webhooks/docusign/:tenantSlug (signatures/docusign-connect.ts).
import express, { type Request, type Response } from 'express';
import type { AppDeps } from '../context/context.js';
import { BadInput, RateLimited } from '../errors/errors.js';
import { newContext } from '../platform/scope.js';
import { clientOf, requestIdOf, sendError, type RestRoutes } from './rest.js';
import { checkedSha256, limitVerification, lookUpSignedDocument } from '../signatures/verify-by-hash.js';
import { sha256Hex, verifySeal } from '../signatures/document-seal.js';
import { receiveDocusignConnect } from '../signatures/docusign-connect.js';

const MAX_PDF_BYTES = 20 * 1024 * 1024;
const raw = express.raw({ type: () => true, limit: MAX_PDF_BYTES + 64 * 1024 });

function cors(res: Response): void {
  // Anyone may check a document; credentials are never honoured (no cookies read).
  res.setHeader('access-control-allow-origin', '*');
  res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
  res.setHeader('access-control-allow-headers', 'Content-Type');
  res.setHeader('access-control-expose-headers', 'Retry-After');
}

/** The one file of a multipart/form-data body (field `file`, or the first file part). */
export function multipartFile(body: Buffer, contentType: string): Buffer | null {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  const mark = boundary?.[1] ?? boundary?.[2];
  if (!mark) return null;
  const delimiter = Buffer.from(`--${mark}`);
  let start = body.indexOf(delimiter);
  let fallback: Buffer | null = null;
  while (start >= 0) {
    const next = body.indexOf(delimiter, start + delimiter.length);
    if (next < 0) break;
    const part = body.subarray(start + delimiter.length + 2, next - 2);
    const headerEnd = part.indexOf('\r\n\r\n');
    if (headerEnd >= 0) {
      const headers = part.subarray(0, headerEnd).toString('latin1');
      const content = part.subarray(headerEnd + 4);
      if (/name="file"/i.test(headers)) return content;
      if (/filename=/i.test(headers)) fallback ??= content;
    }
    start = next;
  }
  return fallback;
}

async function answer(deps: AppDeps, req: Request, res: Response, read: () => { sha256: string; pdf: Buffer | null }): Promise<void> {
  const requestId = requestIdOf(req);
  res.setHeader('x-request-id', requestId);
  res.setHeader('cache-control', 'no-store');
  cors(res);
  const ctx = newContext({ deps, endpoint: 'portal', requestId, client: clientOf(req) });
  try {
    const limited = await limitVerification(ctx);
    if (limited) {
      res.setHeader('retry-after', String(limited.retryAfterSeconds));
      throw new RateLimited(limited.retryAfterSeconds);
    }
    const { sha256, pdf } = read();
    const found = await lookUpSignedDocument(ctx, sha256);
    res.status(200).json({
      matches: found.matches,
      sha256,
      ...(pdf ? { sealIntact: verifySeal(pdf).intact } : {}),
      signerName: found.signerName,
      businessName: found.businessName,
      title: found.title,
      signedAt: found.signedAt?.toISOString() ?? null,
    });
  } catch (error) {
    sendError(res, deps, error);
  }
}

export const signatureRoutes: RestRoutes = (app, deps) => {
  const path = '/public/v1/signatures/verify';
  app.options(path, (_req, res) => {
    cors(res);
    res.setHeader('access-control-max-age', '86400');
    res.status(204).end();
  });
  app.get(path, (req, res) => void answer(deps, req, res, () => ({ sha256: checkedSha256('sha256', typeof req.query.sha256 === 'string' ? req.query.sha256 : ''), pdf: null })));
  app.post(
    path,
    raw,
    (req, res) =>
      void answer(deps, req, res, () => {
        const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
        const type = req.headers['content-type'] ?? '';
        const pdf = /^multipart\/form-data/i.test(type) ? multipartFile(body, type) : body;
        if (!pdf || pdf.length === 0) throw new BadInput('file', 'Send the PDF to check.', 'FILE_REQUIRED');
        if (pdf.length > MAX_PDF_BYTES) throw new BadInput('file', 'The document is larger than 20 MB.', 'FILE_TOO_LARGE');
        return { sha256: sha256Hex(pdf), pdf };
      }),
  );
  app.post('/webhooks/docusign/:tenantSlug', express.raw({ type: () => true, limit: '2mb' }), async (req, res) => {
    const signature = req.headers['x-docusign-signature-1'];
    try {
      const outcome = await receiveDocusignConnect(deps, {
        tenantSlug: req.params.tenantSlug,
        body: Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0),
        signature: typeof signature === 'string' ? signature : null,
        requestId: requestIdOf(req),
        client: clientOf(req),
      });
      res.status(200).json({ received: true, applied: outcome.applied });
    } catch (error) {
      sendError(res, deps, error);
    }
  });
};
