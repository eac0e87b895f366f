// The seal on every signed PDF: a PKCS#7 signature (@signpdf) over the whole file but the signature
// itself, with the platform's certificate, so any later change to the file is detectable. The
// certificate is SIGNING_CERT_P12_BASE64 (+ SIGNING_CERT_PASSWORD) when set; otherwise one is
// generated once (self-signed, "Portico document seal") and kept in `.data/signing-seal.p12`,
// like the storage master key; test apps draw one per process.
import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import forge from 'node-forge';
import { PDFDocument } from 'pdf-lib';
import { SignPdf } from '@signpdf/signpdf';
import { P12Signer } from '@signpdf/signer-p12';
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';

export interface SealCertificate {
  p12: Buffer;
  password: string;
}

/** Where the seal's certificate comes from (config.ts: readSigningSealConfig). */
export type SealSource = { p12Base64: string; password: string } | { devFile: string };

const SEAL_NAME = 'Portico document seal';
// The PKCS#7 of a 2048-bit RSA seal with its certificate is ~3 KB; room for a 4096-bit one and a chain.
const SIGNATURE_LENGTH = 16_384;

/** A new self-signed seal certificate (10 years), as a PKCS#12 file under `password`. */
export function generateSealCertificate(password: string, now: Date = new Date()): SealCertificate {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const key = forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs1', format: 'pem' }).toString());
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString());
  cert.serialNumber = `01${randomBytes(8).toString('hex')}`;
  cert.validity.notBefore = new Date(now.getTime() - 86_400_000);
  cert.validity.notAfter = new Date(now.getTime() + 10 * 365 * 86_400_000);
  const subject = [
    { name: 'commonName', value: SEAL_NAME },
    { name: 'organizationName', value: 'Portico' },
  ];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true },
  ]);
  cert.sign(key, forge.md.sha256.create());
  const asn1 = forge.pkcs12.toPkcs12Asn1(key, [cert], password, { algorithm: '3des', friendlyName: SEAL_NAME });
  return { p12: Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary'), password };
}

let processSeal: SealCertificate | null = null;
const fileSeals = new Map<string, SealCertificate>();

/** The seal for this configuration: the given certificate, the development file's, or the process's own. */
export function sealCertificate(source: SealSource | undefined): SealCertificate {
  if (source && 'p12Base64' in source) return { p12: Buffer.from(source.p12Base64, 'base64'), password: source.password };
  if (source && 'devFile' in source) {
    let seal = fileSeals.get(source.devFile);
    if (!seal) {
      seal = devSeal(source.devFile);
      fileSeals.set(source.devFile, seal);
    }
    return seal;
  }
  processSeal ??= generateSealCertificate(randomBytes(12).toString('hex'));
  return processSeal;
}

/** The development seal in `file` (the password beside it), written once; processes starting together share it. */
function devSeal(file: string): SealCertificate {
  const read = (): SealCertificate => {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { p12: string; password: string };
    return { p12: Buffer.from(stored.p12, 'base64'), password: stored.password };
  };
  try {
    return read();
  } catch {
    mkdirSync(path.dirname(file), { recursive: true });
    const seal = generateSealCertificate(randomBytes(12).toString('hex'));
    // Written whole under another name, then linked into place: link fails if another process got there first.
    const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    writeFileSync(temp, JSON.stringify({ p12: seal.p12.toString('base64'), password: seal.password }), { mode: 0o600 });
    try {
      linkSync(temp, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      rmSync(temp, { force: true });
    }
    return read();
  }
}

/** Seals a PDF: adds the signature dictionary and signs the file's bytes around it. */
export async function sealPdf(pdf: Uint8Array, seal: SealCertificate, at: Date, business: string): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf);
  pdflibAddPlaceholder({
    pdfDoc: doc,
    reason: 'Electronically signed; sealed against changes',
    contactInfo: business,
    name: SEAL_NAME,
    location: 'Portico',
    signingTime: at,
    signatureLength: SIGNATURE_LENGTH,
    appName: 'Portico',
  });
  const withPlaceholder = await doc.save({ useObjectStreams: false });
  const signer = new P12Signer(seal.p12, { passphrase: seal.password });
  return new Uint8Array(await new SignPdf().sign(Buffer.from(withPlaceholder), signer, at));
}

export interface SealCheck {
  /** The PKCS#7 signature matches the bytes it covers, and covers the whole file but itself. */
  intact: boolean;
  /** Who sealed it (the certificate's common name), when a seal was found. */
  sealedBy: string | null;
  reason: 'INTACT' | 'NO_SEAL' | 'NOT_WHOLE_FILE' | 'DIGEST_MISMATCH' | 'SIGNATURE_INVALID' | 'UNREADABLE';
}

/**
 * Checks the last seal of a PDF: its ByteRange must cover the whole file but the signature's
 * hex string, the messageDigest attribute must be the SHA-256 of those bytes, and the signature
 * over the signed attributes must verify with the embedded certificate's key.
 */
export function verifySeal(pdf: Uint8Array): SealCheck {
  const bytes = Buffer.from(pdf);
  const text = bytes.toString('latin1');
  const ranges = [...text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)];
  const last = ranges.at(-1);
  if (!last) return { intact: false, sealedBy: null, reason: 'NO_SEAL' };
  const [a, b, c, d] = last.slice(1, 5).map(Number) as [number, number, number, number];
  if (a !== 0 || c <= b || c + d !== bytes.length) return { intact: false, sealedBy: null, reason: 'NOT_WHOLE_FILE' };
  const hole = text.slice(b, c);
  const hex = /^<([0-9A-Fa-f]+)>$/.exec(hole)?.[1];
  if (!hex) return { intact: false, sealedBy: null, reason: 'UNREADABLE' };
  let message: forge.pkcs7.PkcsSignedData;
  try {
    const der = Buffer.from(hex.replace(/(00)+$/, ''), 'hex');
    message = forge.pkcs7.messageFromAsn1(forge.asn1.fromDer(forge.util.createBuffer(der.toString('binary')), false)) as forge.pkcs7.PkcsSignedData;
  } catch {
    return { intact: false, sealedBy: null, reason: 'UNREADABLE' };
  }
  const cert = message.certificates[0];
  if (!cert) return { intact: false, sealedBy: null, reason: 'UNREADABLE' };
  const commonName = cert.subject.getField('CN') as { value?: unknown } | null;
  const sealedBy = typeof commonName?.value === 'string' && commonName.value ? commonName.value : null;
  const signed = Buffer.concat([bytes.subarray(a, a + b), bytes.subarray(c, c + d)]);
  const digest = createHash('sha256').update(signed).digest('binary');
  // node-forge's typings do not describe the parsed signer info: read it from the ASN.1 it keeps.
  const raw = message as unknown as { rawCapture: { authenticatedAttributes?: forge.asn1.Asn1[]; signature: string } };
  const attributes = raw.rawCapture.authenticatedAttributes;
  if (!attributes) return { intact: false, sealedBy, reason: 'UNREADABLE' };
  const messageDigestOid = forge.pki.oids.messageDigest;
  let attributeDigest: string | null = null;
  for (const attribute of attributes) {
    const parts = attribute.value as forge.asn1.Asn1[];
    const oid = parts[0] ? forge.asn1.derToOid(parts[0].value as string) : null;
    const values = parts[1]?.value as forge.asn1.Asn1[] | undefined;
    if (oid === messageDigestOid && values?.[0]) attributeDigest = values[0].value as string;
  }
  if (attributeDigest !== digest) return { intact: false, sealedBy, reason: 'DIGEST_MISMATCH' };
  // The signature covers the DER of the attributes as a SET (not the [0] IMPLICIT tag they carry).
  const set = forge.asn1.create(forge.asn1.Class.UNIVERSAL, forge.asn1.Type.SET, true, attributes);
  const md = forge.md.sha256.create();
  md.update(forge.asn1.toDer(set).getBytes());
  try {
    const ok = (cert.publicKey as forge.pki.rsa.PublicKey).verify(md.digest().getBytes(), raw.rawCapture.signature);
    return ok ? { intact: true, sealedBy, reason: 'INTACT' } : { intact: false, sealedBy, reason: 'SIGNATURE_INVALID' };
  } catch {
    return { intact: false, sealedBy, reason: 'SIGNATURE_INVALID' };
  }
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
