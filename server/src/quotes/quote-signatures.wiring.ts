// Wires the quotes to the signatures module (imported by quotes.module.ts): a quote's signing
// request is the signatures module's, and a signed quote is approved by quoteSigned. The quotes
// say "the last page" as page -1; the signatures module wants the page's number. The customer
// starts the signing, but filing the PDF to sign is the system's (customers write no documents).
import { PDFDocument } from 'pdf-lib';
import { scopeTenant } from '../platform/current-tenant.js';
import { withScope } from '../platform/scope.js';
import { createSigningRequest } from '../signatures/signatures.service.js';
import { onDocumentSigned } from '../signatures/signing-handlers.js';
import { quoteSigned } from './quote-approval.js';
import { useSignatures } from './quote-signing.js';

useSignatures({
  async createSigningRequest(ctx, request) {
    const pages = (await PDFDocument.load(request.pdf)).getPageCount();
    const page = request.placement.page < 0 ? pages + 1 + request.placement.page : request.placement.page;
    const tenant = await scopeTenant(ctx);
    return withScope(ctx, { tenantId: tenant.id, role: 'system' }, (system) => createSigningRequest(system, { ...request, placement: { ...request.placement, page } }));
  },
});

onDocumentSigned('QUOTE', (ctx, signed) => quoteSigned(ctx, { subjectId: signed.subjectId, signingRequestId: signed.requestId, documentId: signed.signedDocumentId }));
