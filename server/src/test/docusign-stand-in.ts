// A small local HTTPS stand-in for the DocuSign endpoints the DocuSign provider calls (OAuth JWT
// grant, create envelope, recipient view, get documents), so the real `docusign-esign` SDK runs in
// tests without the network. HTTPS because the SDK always asks https://<oAuthBasePath>: the
// stand-in's self-signed certificate (for 127.0.0.1) is trusted by this process only (trust()).
import { createServer, type Server } from 'node:https';
import https from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createVerify, generateKeyPairSync, randomUUID } from 'node:crypto';
import forge from 'node-forge';
import { PDFDocument, StandardFonts } from 'pdf-lib';

export interface StandInEnvelope {
  envelopeId: string;
  accountId: string;
  emailSubject: string;
  document: Buffer;
  signer: { email: string; name: string; clientUserId: string; tab: Record<string, string> };
  views: { returnUrl: string; clientUserId: string }[];
}

export interface DocusignStandIn {
  /** For the tenant's settings: the REST base path and the OAuth host. */
  basePath: string;
  oAuthBasePath: string;
  integrationKey: string;
  userId: string;
  accountId: string;
  /** The integration key's RSA private key (PEM); the stand-in checks assertions with its public half. */
  privateKey: string;
  envelopes: Map<string, StandInEnvelope>;
  tokensIssued: number;
  close(): Promise<void>;
}

function selfSigned(): { key: string; cert: string } {
  const keys = forge.pki.rsa.generateKeyPair(2048);
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = '01';
  cert.validity.notBefore = new Date(Date.now() - 86_400_000);
  cert.validity.notAfter = new Date(Date.now() + 86_400_000);
  const subject = [{ name: 'commonName', value: '127.0.0.1' }];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] }]);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  return { key: forge.pki.privateKeyToPem(keys.privateKey), cert: forge.pki.certificateToPem(cert) };
}

async function read(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** Answers JSON; true, so a handler can `return json(…)`. */
function json(res: ServerResponse, status: number, body: unknown): true {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
  return true;
}

/** A JWT (RS256) signed by `publicKey`'s private half, or null. */
function verifiedJwt(assertion: string, publicKey: string): Record<string, unknown> | null {
  const [header, payload, signature] = assertion.split('.');
  if (!header || !payload || !signature) return null;
  const ok = createVerify('RSA-SHA256').update(`${header}.${payload}`).verify(publicKey, Buffer.from(signature, 'base64url'));
  return ok ? (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>) : null;
}

async function pdfSaying(lines: string[]): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([612, 792]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  lines.forEach((line, i) => {
    page.drawText(line, { x: 72, y: 700 - i * 20, size: 12, font });
  });
  return Buffer.from(await doc.save());
}

let trusted = false;

export async function startDocusignStandIn(): Promise<DocusignStandIn> {
  const tls = selfSigned();
  if (!trusted) {
    // Only this test process trusts the stand-in's certificate (the SDK uses node's global agent).
    https.globalAgent.options.ca = [tls.cert];
    trusted = true;
  } else {
    const known = https.globalAgent.options.ca;
    https.globalAgent.options.ca = [...(Array.isArray(known) ? known : known ? [known] : []), tls.cert] as string[];
  }
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const integrationKey = randomUUID();
  const userId = randomUUID();
  const accountId = randomUUID();
  const token = `standin-${randomUUID()}`;
  const publicPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const envelopes = new Map<string, StandInEnvelope>();
  const state = { tokensIssued: 0 };

  const server: Server = createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'https://127.0.0.1');
      const body = await read(req);
      if (req.method === 'POST' && url.pathname === '/oauth/token') {
        const form = new URLSearchParams(body.toString('utf8'));
        const claims = form.get('grant_type') === 'urn:ietf:params:oauth:grant-type:jwt-bearer' ? verifiedJwt(form.get('assertion') ?? '', publicPem) : null;
        if (claims?.iss !== integrationKey || claims.sub !== userId) return json(res, 400, { error: 'invalid_grant' });
        state.tokensIssued++;
        return json(res, 200, { access_token: token, token_type: 'Bearer', expires_in: 3600 });
      }
      if (req.headers.authorization !== `Bearer ${token}`) return json(res, 401, { errorCode: 'AUTHORIZATION_INVALID_TOKEN' });
      const route = /^\/restapi\/v2\.1\/accounts\/([^/]+)\/envelopes(?:\/([^/]+)(\/views\/recipient|\/documents\/([^/]+))?)?$/.exec(url.pathname);
      if (!route || route[1] !== accountId) return json(res, 404, { errorCode: 'NOT_FOUND' });
      const [, account, envelopeId, tail, documentId] = route;
      if (req.method === 'POST' && !envelopeId) {
        const definition = JSON.parse(body.toString('utf8')) as {
          emailSubject: string;
          documents: { documentBase64: string }[];
          recipients: { signers: { email: string; name: string; clientUserId: string; tabs: { signHereTabs: Record<string, string>[] } }[] };
        };
        const signer = definition.recipients.signers[0];
        const document = definition.documents[0];
        if (!signer || !document) return json(res, 400, { errorCode: 'INVALID_REQUEST_BODY' });
        const id = randomUUID();
        envelopes.set(id, {
          envelopeId: id,
          accountId: account,
          emailSubject: definition.emailSubject,
          document: Buffer.from(document.documentBase64, 'base64'),
          signer: { email: signer.email, name: signer.name, clientUserId: signer.clientUserId, tab: signer.tabs.signHereTabs[0] ?? {} },
          views: [],
        });
        return json(res, 201, { envelopeId: id, status: 'sent' });
      }
      const envelope = envelopeId ? envelopes.get(envelopeId) : undefined;
      if (!envelope) return json(res, 404, { errorCode: 'ENVELOPE_DOES_NOT_EXIST' });
      if (req.method === 'POST' && tail === '/views/recipient') {
        const view = JSON.parse(body.toString('utf8')) as { returnUrl: string; clientUserId: string; email: string };
        if (view.clientUserId !== envelope.signer.clientUserId || view.email !== envelope.signer.email) return json(res, 400, { errorCode: 'UNKNOWN_ENVELOPE_RECIPIENT' });
        envelope.views.push({ returnUrl: view.returnUrl, clientUserId: view.clientUserId });
        return json(res, 201, { url: `https://127.0.0.1/signing/${envelope.envelopeId}?token=${randomUUID()}` });
      }
      if (req.method === 'GET' && documentId) {
        const pdf =
          documentId === 'combined'
            ? await pdfSaying(['Signed with DocuSign', envelope.emailSubject, envelope.signer.name])
            : documentId === 'certificate'
              ? await pdfSaying(['Certificate Of Completion', `Envelope Id: ${envelope.envelopeId}`])
              : null;
        if (!pdf) return json(res, 404, { errorCode: 'DOCUMENT_DOES_NOT_EXIST' });
        res.writeHead(200, { 'content-type': 'application/pdf' });
        return res.end(pdf);
      }
      return json(res, 404, { errorCode: 'NOT_FOUND' });
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    basePath: `https://127.0.0.1:${port}/restapi`,
    oAuthBasePath: `127.0.0.1:${port}`,
    integrationKey,
    userId,
    accountId,
    privateKey: privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
    envelopes,
    get tokensIssued() {
      return state.tokensIssued;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
