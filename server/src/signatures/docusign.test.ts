// DocuSign as the provider, with the real docusign-esign SDK against a local stand-in of the
// endpoints it calls: the office configures it (secrets never read back), a request becomes an
// envelope, the customer gets DocuSign's embedded signing page, and Connect's envelope-completed
// (HMAC-verified; a bad signature is refused and changes nothing) files the signed PDF and the
// certificate and completes the request once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import { fromNewAddress, startTestApp, TEST_ORIGIN, type TestApp } from '../test/app.js';
import { customerToken, makeCustomer, makeStaff, makeTenant, staffToken } from '../test/factory.js';
import { startDocusignStandIn, type DocusignStandIn } from '../test/docusign-stand-in.js';
import { pdfText } from '../test/pdf.js';
import { tenantKey } from '../storage/storage.js';
import { sha256Hex } from './document-seal.js';
import { connectSignature } from './docusign-connect.js';

let app: TestApp;
let docusign: DocusignStandIn;
beforeAll(async () => {
  [app, docusign] = await Promise.all([startTestApp(), startDocusignStandIn()]);
});
afterAll(async () => {
  await Promise.all([app.close(), docusign.close()]);
});

const SETTINGS = `mutation($input: UpdateSignatureSettingsInput!) { updateSignatureSettings(input: $input) { provider docusignAccountId docusignIntegrationKey docusignUserId docusignBasePath docusignOAuthBasePath docusignPrivateKeySet docusignHmacKeySet } }`;
const ASK = `mutation($documentId: ID!) { requestDocumentSignature(documentId: $documentId, input: { placement: { page: 1, x: 72, y: 100, width: 200, height: 50 } }) { id status } }`;
const SIGNING_URL = `mutation($id: ID!, $returnUrl: String!) { docusignSigningUrl(requestId: $id, returnUrl: $returnUrl) }`;
const ONE = `query($id: ID!) { signingRequest(id: $id) { id status provider signerName signedDocument { id title downloadUrl } } }`;
const SIGN = `mutation($id: ID!) { signDocument(requestId: $id, input: { code: "123456", intentToSign: true, typedName: "X" }) { id } }`;
const VERIFY = `query($sha256: String!) { verifySignedDocument(sha256: $sha256) { matches signerName title } }`;
const HMAC_KEY = 'connect-hmac-key-0123456789';

const reasonOf = (res: { errors?: { extensions?: { reason?: unknown; code?: string } }[] }) => res.errors?.[0]?.extensions?.reason ?? res.errors?.[0]?.extensions?.code;

async function docusignTenant() {
  const tenant = await makeTenant(app.owner);
  const owner = (await staffToken(app, await makeStaff(app.owner, tenant.id, 'owner'))).token;
  const { customer, account } = await makeCustomer(app.owner, tenant.id);
  if (!account) throw new Error('account expected');
  const me = (await customerToken(app, account)).token;
  const configured = await app.call<{ updateSignatureSettings: Record<string, unknown> }>(
    'admin',
    SETTINGS,
    {
      input: {
        provider: 'DOCUSIGN',
        docusignAccountId: docusign.accountId,
        docusignIntegrationKey: docusign.integrationKey,
        docusignUserId: docusign.userId,
        docusignBasePath: docusign.basePath,
        docusignOAuthBasePath: docusign.oAuthBasePath,
        docusignPrivateKey: docusign.privateKey,
        docusignHmacKey: HMAC_KEY,
      },
    },
    { token: owner },
  );
  expect(configured.errors).toBeUndefined();
  const pdf = await (async () => {
    const doc = await PDFDocument.create();
    doc.addPage([612, 792]);
    return doc.save();
  })();
  const documentId = randomUUID();
  const storageKey = tenantKey(tenant.id, 'documents', `${documentId}.pdf`);
  await app.deps.storage.put(storageKey, pdf, 'application/pdf');
  await app.owner.document.create({
    data: {
      id: documentId,
      tenantId: tenant.id,
      customerId: customer.id,
      kind: 'contract',
      title: 'Deck contract',
      fileName: 'deck.pdf',
      contentType: 'application/pdf',
      sizeBytes: pdf.length,
      storageKey,
      shared: true,
    },
  });
  return { tenant, owner, customer, me, documentId, configured: configured.data?.updateSignatureSettings };
}

function connect(slug: string, body: object, signature: string | null) {
  const raw = JSON.stringify(body);
  return fetch(`${app.url}/webhooks/docusign/${slug}`, {
    method: 'POST',
    body: raw,
    headers: { 'content-type': 'application/json', ...(signature === null ? {} : { 'x-docusign-signature-1': signature }) },
  });
}

describe('DocuSign as the signature provider', () => {
  it('sends an envelope, opens embedded signing for the customer, and completes the request from Connect once', async () => {
    const w = await docusignTenant();
    // Secrets are never read back: only whether they are set.
    expect(w.configured).toMatchObject({ provider: 'DOCUSIGN', docusignAccountId: docusign.accountId, docusignPrivateKeySet: true, docusignHmacKeySet: true });
    expect(JSON.stringify(w.configured)).not.toContain('PRIVATE KEY');
    const stored = await app.owner.signatureSettings.findFirstOrThrow({ where: { tenantId: w.tenant.id } });
    expect(stored.docusignHmacKeyEnc).not.toContain(HMAC_KEY);

    const asked = await app.call<{ requestDocumentSignature: { id: string } }>('admin', ASK, { documentId: w.documentId }, { token: w.owner });
    expect(asked.errors).toBeUndefined();
    const requestId = asked.data?.requestDocumentSignature.id ?? '';
    const row = await app.owner.signingRequest.findFirstOrThrow({ where: { id: requestId } });
    expect(row.provider).toBe('DOCUSIGN');
    const envelope = docusign.envelopes.get(row.envelopeId ?? '');
    expect(envelope?.signer).toMatchObject({
      email: w.customer.email,
      name: w.customer.name,
      clientUserId: w.customer.id,
      tab: { pageNumber: '1', xPosition: '72', yPosition: '642' },
    });

    // Signing happens at DocuSign, not with the built-in code.
    expect(reasonOf(await app.call('portal', SIGN, { id: requestId }, { token: w.me }))).toBe('SIGNED_WITH_DOCUSIGN');
    expect(reasonOf(await app.call('portal', SIGNING_URL, { id: requestId, returnUrl: 'https://evil.example/phish' }, { token: w.me }))).toBe('INVALID_URL');
    const returnUrl = `${TEST_ORIGIN}/portal/sign/${requestId}`;
    const view = await app.call<{ docusignSigningUrl: string }>('portal', SIGNING_URL, { id: requestId, returnUrl }, { token: w.me });
    expect(view.errors).toBeUndefined();
    expect(view.data?.docusignSigningUrl).toMatch(new RegExp(`/signing/${row.envelopeId ?? ''}`));
    expect(envelope?.views).toEqual([{ returnUrl, clientUserId: w.customer.id }]);

    const completed = { event: 'envelope-completed', apiVersion: 'v2.1', data: { accountId: docusign.accountId, envelopeId: row.envelopeId } };
    // A bad or missing HMAC is refused and changes nothing.
    expect((await connect(w.tenant.slug, completed, connectSignature('another-key', Buffer.from(JSON.stringify(completed))))).status).toBe(400);
    expect((await connect(w.tenant.slug, completed, null)).status).toBe(400);
    expect((await app.owner.signingRequest.findFirstOrThrow({ where: { id: requestId } })).status).toBe('PENDING');
    expect((await connect('no-such-business', completed, 'x')).status).toBe(404);

    const good = connectSignature(HMAC_KEY, Buffer.from(JSON.stringify(completed)));
    const delivered = await connect(w.tenant.slug, completed, good);
    expect(delivered.status).toBe(200);
    expect(await delivered.json()).toEqual({ received: true, applied: true });
    const again = await connect(w.tenant.slug, completed, good);
    expect(await again.json()).toEqual({ received: true, applied: false });

    const signed = await app.call<{ signingRequest: { status: string; signerName: string; signedDocument: { title: string; downloadUrl: string } } }>(
      'portal',
      ONE,
      { id: requestId },
      { token: w.me },
    );
    expect(signed.data?.signingRequest).toMatchObject({ status: 'SIGNED', signerName: w.customer.name, signedDocument: { title: 'Deck contract (signed)' } });
    const file = new Uint8Array(await (await fetch(`${app.url}${signed.data?.signingRequest.signedDocument.downloadUrl ?? ''}`)).arrayBuffer());
    expect(await pdfText(file)).toContain('Signed with DocuSign');
    const certificate = await app.owner.document.findFirst({ where: { tenantId: w.tenant.id, title: 'Deck contract (DocuSign certificate)' } });
    expect(certificate?.shared).toBe(true);
    const verified = await app.call<{ verifySignedDocument: Record<string, unknown> }>('portal', VERIFY, { sha256: sha256Hex(file) }, fromNewAddress());
    expect(verified.data?.verifySignedDocument).toEqual({ matches: true, signerName: w.customer.name, title: 'Deck contract' });
  });

  it('lets only owners and admins change the provider', async () => {
    const tenant = await makeTenant(app.owner);
    for (const role of ['dispatcher', 'technician'] as const) {
      const token = (await staffToken(app, await makeStaff(app.owner, tenant.id, role))).token;
      expect(reasonOf(await app.call('admin', SETTINGS, { input: { provider: 'BUILTIN' } }, { token }))).toBe('FORBIDDEN');
      expect(reasonOf(await app.call('admin', '{ signatureSettings { provider } }', {}, { token }))).toBe('FORBIDDEN');
    }
    const admin = (await staffToken(app, await makeStaff(app.owner, tenant.id, 'admin'))).token;
    expect(reasonOf(await app.call('admin', SETTINGS, { input: { provider: 'DOCUSIGN' } }, { token: admin }))).toBe('DOCUSIGN_NOT_CONFIGURED');
    expect(reasonOf(await app.call('admin', SETTINGS, { input: { docusignPrivateKey: 'not a key' } }, { token: admin }))).toBe('INVALID_PRIVATE_KEY');
  });
});
