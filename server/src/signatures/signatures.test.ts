// Electronic signatures through the real endpoints on the real database: staff ask a customer to
// sign a contract document; the customer consents, receives a one-time code by email and signs;
// the signed PDF carries the stamp and a certificate page, is sealed, and its hash can be verified
// by anyone (GraphQL and REST) — a changed byte matches nothing and breaks the seal. And who may
// see what: another customer, a technician, another business, on every id-taking field.
// The test clock starts on Friday 20 Nov 2026, 15:00Z.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { fromNewAddress, startTestApp, TEST_START, type TestApp } from '../test/app.js';
import { customerToken, makeCustomer, makeStaff, makeTenant, staffToken } from '../test/factory.js';
import { withScope } from '../test/rls-scope.js';
import { pdfText } from '../test/pdf.js';
import { tenantKey } from '../storage/storage.js';
import { inTenantScope } from '../platform/scope.js';
import { sha256Hex, verifySeal } from './document-seal.js';
import { createSigningRequest, onDocumentSigned, type SignedDocument } from './signatures.service.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const REQUEST_FIELDS =
  'id kind status title subjectId provider placement { page x y width height } consentedAt codeSentTo codeExpiresAt signedAt signerName declinedAt declineReason documentUrl signedDocument { id title downloadUrl }';
const ADMIN_FIELDS =
  'id status customerId documentId signedDocumentId originalSha256 signedSha256 signerEmail signerIp signerUserAgent disclosureVersion codeVerifiedAt events { kind actorType at }';
const ASK = `mutation($documentId: ID!, $input: RequestDocumentSignatureInput!) { requestDocumentSignature(documentId: $documentId, input: $input) { ${ADMIN_FIELDS} } }`;
const ADMIN_ONE = `query($id: ID!) { signingRequest(id: $id) { ${ADMIN_FIELDS} } }`;
const ADMIN_LIST = `query($customerId: ID!) { signingRequests(customerId: $customerId) { id } }`;
const CANCEL = `mutation($id: ID!) { cancelSigningRequest(id: $id) { id status cancelledAt } }`;
const ONE = `query($id: ID!) { signingRequest(id: $id) { ${REQUEST_FIELDS} } }`;
const LIST = `query($status: SigningStatus) { signingRequests(status: $status) { id status } }`;
const DISCLOSURE = '{ signingDisclosure { version language title text } }';
const CONSENT = `mutation($id: ID!) { consentToSignElectronically(requestId: $id) { id consentedAt } }`;
const SEND_CODE = `mutation($id: ID!) { sendSigningCode(requestId: $id) { id codeSentTo codeExpiresAt } }`;
const SIGN = `mutation($id: ID!, $input: SignDocumentInput!) { signDocument(requestId: $id, input: $input) { ${REQUEST_FIELDS} } }`;
const DECLINE = `mutation($id: ID!, $reason: String!) { declineSigning(requestId: $id, reason: $reason) { id status declineReason } }`;
const VERIFY = `query($sha256: String!) { verifySignedDocument(sha256: $sha256) { matches signerName businessName title signedAt } }`;
const DOC_REQUEST = `query($id: ID!) { document(id: $id) { id signingRequest { id status } } }`;

async function contractPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([612, 792]);
  page.drawText('Change order #1: replace the back deck', { x: 72, y: 700, size: 14, font: await doc.embedFont(StandardFonts.Helvetica) });
  return doc.save();
}

interface World {
  tenant: Awaited<ReturnType<typeof makeTenant>>;
  owner: string;
  technician: string;
  customerId: string;
  customer: string;
  customerEmail: string;
  other: string;
}

async function world(): Promise<World> {
  const tenant = await makeTenant(app.owner);
  const owner = await makeStaff(app.owner, tenant.id, 'owner');
  const technician = await makeStaff(app.owner, tenant.id, 'technician');
  const me = await makeCustomer(app.owner, tenant.id);
  const other = await makeCustomer(app.owner, tenant.id);
  if (!me.account || !other.account) throw new Error('accounts expected');
  return {
    tenant,
    owner: (await staffToken(app, owner)).token,
    technician: (await staffToken(app, technician)).token,
    customerId: me.customer.id,
    customer: (await customerToken(app, me.account)).token,
    customerEmail: me.account.email,
    other: (await customerToken(app, other.account)).token,
  };
}

async function contractDocument(w: World, shared = false): Promise<{ id: string; pdf: Uint8Array }> {
  const pdf = await contractPdf();
  const id = randomUUID();
  const storageKey = tenantKey(w.tenant.id, 'documents', `${id}.pdf`);
  await app.deps.storage.put(storageKey, pdf, 'application/pdf');
  await app.owner.document.create({
    data: {
      id,
      tenantId: w.tenant.id,
      customerId: w.customerId,
      kind: 'contract',
      title: 'Change order #1',
      fileName: 'change-order-1.pdf',
      contentType: 'application/pdf',
      sizeBytes: pdf.length,
      storageKey,
      shared,
    },
  });
  return { id, pdf };
}

async function ask(w: World, placement: Record<string, unknown> = { placement: { page: 1, x: 72, y: 100, width: 220, height: 60 } }) {
  const doc = await contractDocument(w);
  const res = await app.call<{ requestDocumentSignature: { id: string; originalSha256: string } }>('admin', ASK, { documentId: doc.id, input: placement }, { token: w.owner });
  expect(res.errors).toBeUndefined();
  const request = res.data?.requestDocumentSignature;
  if (!request) throw new Error('no request');
  return { ...request, doc };
}

/** The code in the last signing-code email to this address. */
async function lastCode(to: string): Promise<string> {
  const email = await app.owner.outboxEmail.findFirst({ where: { toAddress: to, subject: { contains: 'signing code' } }, orderBy: { createdAt: 'desc' } });
  const code = /\b(\d{6})\b/.exec(email?.text ?? '')?.[1];
  if (!code) throw new Error('no code sent');
  return code;
}

const reasonOf = (res: { errors?: { extensions?: { reason?: unknown; code?: string } }[] }) => res.errors?.[0]?.extensions?.reason ?? res.errors?.[0]?.extensions?.code;

describe('signing a contract document', () => {
  it('stamps the signature, appends the certificate, seals the PDF and records both hashes', async () => {
    const w = await world();
    const asked = await ask(w);
    expect(asked.originalSha256).toBe(sha256Hex(asked.doc.pdf));

    const opened = await app.call<{ signingRequest: { status: string; documentUrl: string; kind: string; subjectId: string } }>(
      'portal',
      ONE,
      { id: asked.id },
      { token: w.customer },
    );
    expect(opened.data?.signingRequest).toMatchObject({ status: 'PENDING', kind: 'DOCUMENT', subjectId: asked.doc.id });
    // The exact PDF to sign, shown inline.
    const shown = await fetch(`${app.url}${opened.data?.signingRequest.documentUrl ?? ''}`);
    expect(sha256Hex(new Uint8Array(await shown.arrayBuffer()))).toBe(asked.originalSha256);
    const docRequest = await app.call<{ document: { signingRequest: { id: string; status: string } } }>('portal', DOC_REQUEST, { id: asked.doc.id }, { token: w.customer });
    expect(docRequest.data?.document.signingRequest).toEqual({ id: asked.id, status: 'PENDING' });

    const disclosure = await app.call<{ signingDisclosure: { version: string; language: string } }>('portal', DISCLOSURE, {}, { token: w.customer });
    expect(disclosure.data?.signingDisclosure.language).toBe('en');
    await app.call('portal', CONSENT, { id: asked.id }, { token: w.customer });
    const sent = await app.call<{ sendSigningCode: { codeSentTo: string } }>('portal', SEND_CODE, { id: asked.id }, { token: w.customer });
    expect(sent.data?.sendSigningCode.codeSentTo).toMatch(/^c•••@example\.com$/);
    const code = await lastCode(w.customerEmail);

    const address = fromNewAddress().headers?.['x-forwarded-for'] ?? '';
    const headers = { 'x-forwarded-for': address, 'user-agent': 'SigningTest/1.0' };
    const signed = await app.call<{ signDocument: { status: string; signerName: string; signedDocument: { id: string; downloadUrl: string } } }>(
      'portal',
      SIGN,
      { id: asked.id, input: { code, intentToSign: true, typedName: 'Jordan Ellis' } },
      { token: w.customer, headers },
    );
    expect(signed.errors).toBeUndefined();
    expect(signed.data?.signDocument).toMatchObject({ status: 'SIGNED', signerName: 'Jordan Ellis' });

    const file = new Uint8Array(await (await fetch(`${app.url}${signed.data?.signDocument.signedDocument.downloadUrl ?? ''}`)).arrayBuffer());
    const staffView = await app.call<{
      signingRequest: { signedSha256: string; signerIp: string; signerUserAgent: string; disclosureVersion: string; events: { kind: string }[] };
    }>('admin', ADMIN_ONE, { id: asked.id }, { token: w.owner });
    const audit = staffView.data?.signingRequest;
    expect(audit?.signedSha256).toBe(sha256Hex(file));
    expect(audit?.signerUserAgent).toBe('SigningTest/1.0');
    expect(audit?.signerIp).toBe(address);
    expect(audit?.disclosureVersion).toBe(disclosure.data?.signingDisclosure.version);
    expect(audit?.events.map((e) => e.kind)).toEqual(['requested', 'viewed', 'consented', 'code_sent', 'code_verified', 'signed']);

    const text = await pdfText(file);
    expect(text).toContain('Change order #1: replace the back deck');
    expect(text).toContain('Jordan Ellis');
    expect(text).toContain('Certificate of electronic signature');
    expect(text).toContain(asked.originalSha256);
    expect(text).toContain(asked.id);
    expect(text).toContain(w.customerEmail);
    expect(text).toContain('SigningTest/1.0');
    expect(text).toContain(w.tenant.name);
    expect(verifySeal(file)).toMatchObject({ intact: true, sealedBy: 'Portico document seal' });

    // Anyone can check it by its hash; a changed byte matches nothing and breaks the seal.
    const verified = await app.call<{ verifySignedDocument: Record<string, unknown> }>('portal', VERIFY, { sha256: sha256Hex(file) }, fromNewAddress());
    expect(verified.data?.verifySignedDocument).toEqual({
      matches: true,
      signerName: 'Jordan Ellis',
      businessName: w.tenant.name,
      title: 'Change order #1',
      signedAt: TEST_START.toISOString(),
    });
    const tampered = Buffer.from(file);
    tampered[20] = tampered[20] === 0x41 ? 0x42 : 0x41;
    const notVerified = await app.call<{ verifySignedDocument: Record<string, unknown> }>('portal', VERIFY, { sha256: sha256Hex(tampered) }, fromNewAddress());
    expect(notVerified.data?.verifySignedDocument).toMatchObject({ matches: false, signerName: null, businessName: null });
    expect(verifySeal(tampered).intact).toBe(false);

    const rest = await fetch(`${app.url}/public/v1/signatures/verify?sha256=${sha256Hex(file)}`, { headers: fromNewAddress().headers });
    expect(rest.headers.get('access-control-allow-origin')).toBe('*');
    expect(await rest.json()).toMatchObject({ matches: true, signerName: 'Jordan Ellis', businessName: w.tenant.name, title: 'Change order #1' });
    const posted = await fetch(`${app.url}/public/v1/signatures/verify`, {
      method: 'POST',
      body: file,
      headers: { 'content-type': 'application/pdf', ...fromNewAddress().headers },
    });
    expect(await posted.json()).toMatchObject({ matches: true, sealIntact: true });
    const form = new FormData();
    form.append('file', new Blob([tampered], { type: 'application/pdf' }), 'contract.pdf');
    const postedTampered = await fetch(`${app.url}/public/v1/signatures/verify`, { method: 'POST', body: form, headers: fromNewAddress().headers });
    expect(await postedTampered.json()).toMatchObject({ matches: false, sealIntact: false, signerName: null });
  });

  it('appends a signature page when staff chose so, with a drawn signature', async () => {
    const w = await world();
    const asked = await ask(w, { append: true });
    await app.call('portal', CONSENT, { id: asked.id }, { token: w.customer });
    await app.call('portal', SEND_CODE, { id: asked.id }, { token: w.customer });
    const png = await (async () => {
      const sharp = (await import('sharp')).default;
      return sharp({ create: { width: 200, height: 60, channels: 4, background: { r: 0, g: 0, b: 80, alpha: 1 } } })
        .png()
        .toBuffer();
    })();
    const signed = await app.call<{ signDocument: { status: string; signedDocument: { downloadUrl: string } } }>(
      'portal',
      SIGN,
      { id: asked.id, input: { code: await lastCode(w.customerEmail), intentToSign: true, drawnSignature: `data:image/png;base64,${png.toString('base64')}` } },
      { token: w.customer },
    );
    expect(signed.errors).toBeUndefined();
    const file = new Uint8Array(await (await fetch(`${app.url}${signed.data?.signDocument.signedDocument.downloadUrl ?? ''}`)).arrayBuffer());
    // The contract's page, the signature page and the certificate page.
    expect((await PDFDocument.load(file)).getPageCount()).toBe(3);
  });

  it('requires consent, then a code, then the right code in time, and explicit intent', async () => {
    const w = await world();
    const asked = await ask(w);
    const sign = (code: string, extra: Record<string, unknown> = {}) =>
      app.call('portal', SIGN, { id: asked.id, input: { code, intentToSign: true, typedName: 'Jordan Ellis', ...extra } }, { token: w.customer });

    expect(reasonOf(await sign('123456'))).toBe('CONSENT_REQUIRED');
    expect(reasonOf(await app.call('portal', SEND_CODE, { id: asked.id }, { token: w.customer }))).toBe('CONSENT_REQUIRED');
    await app.call('portal', CONSENT, { id: asked.id }, { token: w.customer });
    expect(reasonOf(await sign('123456'))).toBe('CODE_REQUIRED');

    await app.call('portal', SEND_CODE, { id: asked.id }, { token: w.customer });
    const code = await lastCode(w.customerEmail);
    expect(reasonOf(await app.call('portal', SEND_CODE, { id: asked.id }, { token: w.customer }))).toBe('CODE_RESEND_TOO_SOON');
    expect(reasonOf(await sign(code, { intentToSign: false }))).toBe('INTENT_REQUIRED');
    expect(reasonOf(await sign(code, { typedName: '  ' }))).toBe('SIGNATURE_REQUIRED');
    expect(reasonOf(await sign(code, { typedName: null, drawnSignature: 'data:image/png;base64,AAAA' }))).toBe('SIGNATURE_IMAGE_INVALID');
    const wrong = code === '000000' ? '111111' : '000000';
    expect(reasonOf(await sign(wrong))).toBe('CODE_WRONG');

    // Expired ten minutes after it was sent.
    app.clock.now = new Date(TEST_START.getTime() + 10 * 60_000);
    try {
      expect(reasonOf(await sign(code))).toBe('CODE_EXPIRED');
      // A new code (a minute apart from the last), then too many wrong tries lock it.
      await app.call('portal', SEND_CODE, { id: asked.id }, { token: w.customer });
      const fresh = await lastCode(w.customerEmail);
      const bad = fresh === '000000' ? '111111' : '000000';
      for (let i = 0; i < 5; i++) expect(reasonOf(await sign(bad))).toBe('CODE_WRONG');
      expect(reasonOf(await sign(fresh))).toBe('CODE_TOO_MANY_ATTEMPTS');
      const row = await app.owner.signingRequest.findFirstOrThrow({ where: { id: asked.id } });
      expect(row).toMatchObject({ status: 'PENDING', codeAttempts: 5, codesSent: 2 });
      expect(row.codeHash).not.toContain(fresh);
      const failed = await app.owner.signatureEvent.count({ where: { requestId: asked.id, kind: 'code_failed' } });
      expect(failed).toBe(6);
    } finally {
      app.clock.now = new Date(TEST_START);
    }
  });

  it('lets the customer decline with a reason, after which nothing can be signed', async () => {
    const w = await world();
    const asked = await ask(w, { append: true });
    expect(reasonOf(await app.call('portal', DECLINE, { id: asked.id, reason: ' ' }, { token: w.customer }))).toBe('REASON_REQUIRED');
    const declined = await app.call<{ declineSigning: { status: string; declineReason: string } }>(
      'portal',
      DECLINE,
      { id: asked.id, reason: 'The price changed' },
      { token: w.customer },
    );
    expect(declined.data?.declineSigning).toMatchObject({ status: 'DECLINED', declineReason: 'The price changed' });
    expect(reasonOf(await app.call('portal', CONSENT, { id: asked.id }, { token: w.customer }))).toBe('SIGNING_CLOSED');
    expect(reasonOf(await app.call('admin', CANCEL, { id: asked.id }, { token: w.owner }))).toBe('SIGNING_CLOSED');
  });

  it('lets the office cancel a pending request and refuses a second request on the same document', async () => {
    const w = await world();
    const asked = await ask(w, { append: true });
    expect(reasonOf(await app.call('admin', ASK, { documentId: asked.doc.id, input: { append: true } }, { token: w.owner }))).toBe('SIGNING_ALREADY_REQUESTED');
    expect(reasonOf(await app.call('admin', ASK, { documentId: asked.doc.id, input: {} }, { token: w.owner }))).toBe('PLACEMENT_REQUIRED');
    const other = await contractDocument(w);
    expect(reasonOf(await app.call('admin', ASK, { documentId: other.id, input: { placement: { page: 2, x: 0, y: 0, width: 100, height: 40 } } }, { token: w.owner }))).toBe(
      'PLACEMENT_OFF_PAGE',
    );
    const cancelled = await app.call<{ cancelSigningRequest: { status: string } }>('admin', CANCEL, { id: asked.id }, { token: w.owner });
    expect(cancelled.data?.cancelSigningRequest.status).toBe('CANCELLED');
    const list = await app.call<{ signingRequests: { id: string; status: string }[] }>('portal', LIST, { status: 'PENDING' }, { token: w.customer });
    expect(list.data?.signingRequests).toEqual([]);
  });
});

describe('who may reach a signing request', () => {
  it('another customer, a technician and another business get NOT_FOUND or FORBIDDEN on every field taking its id', async () => {
    const w = await world();
    const asked = await ask(w);
    const stranger = await world();
    const id = asked.id;
    const portalOps: [string, Record<string, unknown>][] = [
      [ONE, { id }],
      [CONSENT, { id }],
      [SEND_CODE, { id }],
      [SIGN, { id, input: { code: '123456', intentToSign: true, typedName: 'X' } }],
      [DECLINE, { id, reason: 'no' }],
      [`mutation($id: ID!) { docusignSigningUrl(requestId: $id, returnUrl: "https://example.com") }`, { id }],
    ];
    for (const token of [w.other, stranger.customer]) {
      for (const [query, variables] of portalOps) expect(reasonOf(await app.call('portal', query, variables, { token }))).toBe('NOT_FOUND');
      const listed = await app.call<{ signingRequests: unknown[] }>('portal', LIST, {}, { token });
      expect(listed.data?.signingRequests).toEqual([]);
    }
    for (const [query, variables] of [
      [ADMIN_ONE, { id }],
      [CANCEL, { id }],
      [ADMIN_LIST, { customerId: w.customerId }],
      [ASK, { documentId: asked.doc.id, input: { append: true } }],
    ] as const) {
      expect(reasonOf(await app.call('admin', query, variables, { token: stranger.owner }))).toBe('NOT_FOUND');
      expect(reasonOf(await app.call('admin', query, variables, { token: w.technician }))).toBe('FORBIDDEN');
    }
    // Row-level security, whatever the SQL: a technician and another customer see no request or event.
    const technicianId = (await app.owner.staffUser.findFirstOrThrow({ where: { tenantId: w.tenant.id, role: 'technician' } })).id;
    const seen = await withScope(app.db, { tenantId: w.tenant.id, role: 'staff', staffId: technicianId, staffRole: 'technician' }, async (tx) => [
      await tx.signingRequest.count(),
      await tx.signatureEvent.count(),
    ]);
    expect(seen).toEqual([0, 0]);
    const otherCustomer = await app.owner.customer.findFirstOrThrow({ where: { tenantId: w.tenant.id, id: { not: w.customerId } } });
    const theirs = await withScope(app.db, { tenantId: w.tenant.id, role: 'customer', customerId: otherCustomer.id }, async (tx) => [
      await tx.signingRequest.count(),
      await tx.signatureEvent.count(),
    ]);
    expect(theirs).toEqual([0, 0]);
    // And nobody changes the audit trail.
    await expect(withScope(app.db, { tenantId: w.tenant.id, role: 'system' }, (tx) => tx.signatureEvent.deleteMany({ where: { requestId: id } }))).rejects.toThrow();
  });
});

describe('signing a quote (for the quotes domain)', () => {
  it('runs the registered handlers inside the signing transaction with what was signed', async () => {
    const w = await world();
    const seen: SignedDocument[] = [];
    onDocumentSigned('QUOTE', async (ctx, signed) => {
      // The system scope of the tenant: it can read the request it is told about.
      expect(await ctx.tx.signingRequest.count({ where: { id: signed.requestId, status: 'SIGNED' } })).toBe(1);
      seen.push(signed);
    });
    const quoteId = randomUUID();
    const request = await inTenantScope(app.deps, { tenantId: w.tenant.id, role: 'system' }, async (ctx) =>
      createSigningRequest(ctx, {
        kind: 'QUOTE',
        subjectId: quoteId,
        customerId: w.customerId,
        title: 'Quote Q-0001',
        pdf: await contractPdf(),
        fileName: 'Q-0001.pdf',
        placement: 'APPEND',
      }),
    );
    expect(request).toMatchObject({ status: 'PENDING', kind: 'QUOTE', subjectId: quoteId, provider: 'BUILTIN' });
    await app.call('portal', CONSENT, { id: request.id }, { token: w.customer });
    await app.call('portal', SEND_CODE, { id: request.id }, { token: w.customer });
    const signed = await app.call(
      'portal',
      SIGN,
      { id: request.id, input: { code: await lastCode(w.customerEmail), intentToSign: true, typedName: 'Jordan Ellis' } },
      { token: w.customer },
    );
    expect(signed.errors).toBeUndefined();
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ requestId: request.id, subjectId: quoteId, customerId: w.customerId, signerName: 'Jordan Ellis', signedAt: TEST_START });
  });
});
