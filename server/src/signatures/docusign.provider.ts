// DocuSign as the signature provider, behind the same signing requests as the built-in one: one
// envelope per request (JWT grant as the business's integration user), embedded signing for the
// signed-in customer (the recipient view), and the signed PDF and DocuSign's certificate fetched
// back into documents when Connect reports the envelope completed (docusign-connect.ts).
import docusign from 'docusign-esign';
import { PDFDocument } from 'pdf-lib';
import type { CustomerContext, ScopedContext } from '../context/context.js';
import type { SigningRequest as SigningRequestRow } from '../generated/prisma/client.js';
import { isId } from '../common/ids.js';
import { AppError, BadInput, Conflict, NotFound } from '../errors/errors.js';
import { asSystem } from '../platform/scope.js';
import { docusignCredentialsOf, type DocusignCredentials } from './signature-settings.js';
import { placementOf } from './signatures.service.js';

const DOCUMENT_ID = '1';
const SIGNER_ID = '1';

function unavailable(): AppError {
  return new AppError('INTERNAL', 'DocuSign could not be reached. Try again in a moment.', { reason: 'DOCUSIGN_UNAVAILABLE' });
}

export async function envelopesApi(credentials: DocusignCredentials): Promise<InstanceType<typeof docusign.EnvelopesApi>> {
  const client = new docusign.ApiClient({ basePath: credentials.basePath, oAuthBasePath: credentials.oAuthBasePath });
  // The constructor derives the OAuth host from the REST base path (demo or production); the setting says which.
  client.setOAuthBasePath(credentials.oAuthBasePath);
  const token = await client.requestJWTUserToken(credentials.integrationKey, credentials.userId, ['signature', 'impersonation'], Buffer.from(credentials.privateKey), 3600);
  client.addDefaultHeader('Authorization', `Bearer ${token.body.access_token}`);
  return new docusign.EnvelopesApi(client);
}

export async function tenantCredentials(ctx: ScopedContext): Promise<DocusignCredentials> {
  const tenantId = ctx.rls?.tenantId;
  const row = tenantId ? await ctx.tx.signatureSettings.findFirst({ where: { tenantId } }) : null;
  const credentials = docusignCredentialsOf(ctx, row);
  if (!credentials) throw new Conflict('Fill in every DocuSign setting before choosing DocuSign.', 'DOCUSIGN_NOT_CONFIGURED');
  return credentials;
}

/** The PDF DocuSign gets, and where its Sign Here tab goes (DocuSign measures from the top-left). */
async function envelopeDocument(pdf: Uint8Array, row: SigningRequestRow): Promise<{ bytes: Uint8Array; tab: { pageNumber: string; xPosition: string; yPosition: string } }> {
  const doc = await PDFDocument.load(pdf);
  const placement = placementOf(row.placement);
  const page = placement ? doc.getPages()[placement.page - 1] : undefined;
  if (placement && page) {
    const top = page.getHeight() - (placement.y + placement.height);
    return { bytes: pdf, tab: { pageNumber: String(placement.page), xPosition: String(Math.round(placement.x)), yPosition: String(Math.round(top)) } };
  }
  // A signature page appended, as the built-in provider does.
  doc.addPage([595.28, 841.89]);
  return { bytes: await doc.save(), tab: { pageNumber: String(doc.getPageCount()), xPosition: '72', yPosition: '160' } };
}

/** Sends the request's PDF to DocuSign as an envelope for embedded signing by the customer. */
export async function startDocusignEnvelope(ctx: ScopedContext, row: SigningRequestRow, pdf: Uint8Array): Promise<SigningRequestRow> {
  const credentials = await tenantCredentials(ctx);
  const customer = await ctx.tx.customer.findFirst({ where: { id: row.customerId }, select: { name: true, email: true } });
  if (!customer) throw new NotFound('This customer');
  const { bytes, tab } = await envelopeDocument(pdf, row);
  let envelopeId: string | undefined;
  try {
    const api = await envelopesApi(credentials);
    const summary = await api.createEnvelope(credentials.accountId, {
      envelopeDefinition: {
        emailSubject: row.title.slice(0, 100),
        status: 'sent',
        documents: [{ documentBase64: Buffer.from(bytes).toString('base64'), name: row.title, fileExtension: 'pdf', documentId: DOCUMENT_ID }],
        recipients: {
          signers: [
            {
              email: customer.email,
              name: customer.name,
              recipientId: SIGNER_ID,
              routingOrder: '1',
              clientUserId: row.customerId,
              tabs: { signHereTabs: [{ documentId: DOCUMENT_ID, ...tab }] },
            },
          ],
        },
      },
    });
    envelopeId = summary.envelopeId;
  } catch (error) {
    ctx.log.warn({ err: error, request: row.id }, 'DocuSign refused the envelope');
    throw unavailable();
  }
  if (!envelopeId) throw unavailable();
  return ctx.tx.signingRequest.update({ where: { tenantId_id: { tenantId: row.tenantId, id: row.id } }, data: { envelopeId } });
}

/** Only back to the portal: a return address elsewhere would make this an open redirect. */
function checkedReturnUrl(ctx: CustomerContext, returnUrl: string): string {
  let url: URL;
  try {
    url = new URL(returnUrl);
  } catch {
    throw new BadInput('returnUrl', 'Give the portal page to come back to.', 'INVALID_URL');
  }
  const allowed = [ctx.deps.config.portalUrl, ...ctx.deps.config.allowedOrigins].map((origin) => new URL(origin).origin);
  if (!allowed.includes(url.origin)) throw new BadInput('returnUrl', 'Give the portal page to come back to.', 'INVALID_URL');
  return url.toString();
}

/** DocuSign's signing page for the signed-in customer, for a PENDING request of provider DOCUSIGN. */
export async function docusignSigningUrl(ctx: CustomerContext, requestId: string, returnUrl: string): Promise<string> {
  const row = isId(requestId) ? await ctx.tx.signingRequest.findFirst({ where: { id: requestId, customerId: ctx.principal.customerId } }) : null;
  if (!row) throw new NotFound('This signing request');
  if (row.status !== 'PENDING') throw new Conflict('This document is no longer waiting for a signature.', 'SIGNING_CLOSED');
  const back = checkedReturnUrl(ctx, returnUrl);
  const envelopeId = row.envelopeId;
  if (row.provider !== 'DOCUSIGN' || !envelopeId) throw new BadInput('requestId', 'This document is signed in the portal, not with DocuSign.', 'NOT_DOCUSIGN');
  // The credentials are the business's back office's: read through the tenant's system scope.
  return asSystem(ctx, async (system) => {
    const credentials = await tenantCredentials(system);
    const customer = await system.tx.customer.findFirst({ where: { id: row.customerId }, select: { name: true, email: true } });
    if (!customer) throw new NotFound('This signing request');
    let url: string | undefined;
    try {
      const api = await envelopesApi(credentials);
      const view = await api.createRecipientView(credentials.accountId, envelopeId, {
        recipientViewRequest: { returnUrl: back, authenticationMethod: 'none', email: customer.email, userName: customer.name, clientUserId: row.customerId },
      });
      url = view.url;
    } catch (error) {
      ctx.log.warn({ err: error, request: row.id }, 'DocuSign refused the recipient view');
      throw unavailable();
    }
    if (!url) throw unavailable();
    return url;
  });
}
