// A tenant's signature provider (BUILTIN by default, or DOCUSIGN with its credentials). The DocuSign
// private key and Connect HMAC key are sealed like the payment secrets and never read back.
import type { ScopedContext, StaffContext } from '../context/context.js';
import type { SignatureProvider } from '../generated/prisma/enums.js';
import type { SignatureSettings as SettingsRow } from '../generated/prisma/client.js';
import { BadInput } from '../errors/errors.js';
import { openSecret, sealSecret } from '../payments/payment-secrets.js';
import type { SignatureSettings, UpdateSignatureSettingsInput } from './signatures.types.js';

export interface DocusignCredentials {
  accountId: string;
  integrationKey: string;
  userId: string;
  basePath: string;
  oAuthBasePath: string;
  privateKey: string;
}

function shown(row: SettingsRow | null): SignatureSettings {
  return {
    provider: row?.provider ?? 'BUILTIN',
    docusignAccountId: row?.docusignAccountId ?? null,
    docusignIntegrationKey: row?.docusignIntegrationKey ?? null,
    docusignUserId: row?.docusignUserId ?? null,
    docusignBasePath: row?.docusignBasePath ?? null,
    docusignOAuthBasePath: row?.docusignOAuthBasePath ?? null,
    docusignPrivateKeySet: Boolean(row?.docusignPrivateKeyEnc),
    docusignHmacKeySet: Boolean(row?.docusignHmacKeyEnc),
  };
}

export async function getSignatureSettings(ctx: StaffContext): Promise<SignatureSettings> {
  return shown(await ctx.tx.signatureSettings.findFirst({ where: { tenantId: ctx.principal.tenantId } }));
}

/** null: keep; '': remove; else the new value (trimmed). */
function change(value: string | null | undefined): string | null | undefined {
  if (value == null) return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function checkedUrl(field: string, value: string | null | undefined, bare: boolean): string | null | undefined {
  if (value == null) return value;
  const url = /^https?:\/\//.test(value) ? value : bare ? `https://${value}` : value;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.hostname !== '127.0.0.1' && parsed.hostname !== 'localhost') throw new Error('not https');
  } catch {
    throw new BadInput(field, 'Give an https address.', 'INVALID_URL');
  }
  return value.replace(/\/$/, '');
}

export async function updateSignatureSettings(ctx: StaffContext, input: UpdateSignatureSettingsInput): Promise<SignatureSettings> {
  const { tx, principal } = ctx;
  const secret = ctx.deps.config.jwtSecret;
  const privateKey = change(input.docusignPrivateKey);
  if (privateKey && !/-----BEGIN (RSA )?PRIVATE KEY-----/.test(privateKey))
    throw new BadInput('docusignPrivateKey', 'Paste the RSA private key in PEM form.', 'INVALID_PRIVATE_KEY');
  const hmacKey = change(input.docusignHmacKey);
  const data = {
    ...(input.provider ? { provider: input.provider } : {}),
    docusignAccountId: change(input.docusignAccountId),
    docusignIntegrationKey: change(input.docusignIntegrationKey),
    docusignUserId: change(input.docusignUserId),
    docusignBasePath: checkedUrl('docusignBasePath', change(input.docusignBasePath), false),
    docusignOAuthBasePath: checkedUrl('docusignOAuthBasePath', change(input.docusignOAuthBasePath), true),
    docusignPrivateKeyEnc: privateKey === undefined ? undefined : privateKey && sealSecret(secret, privateKey),
    docusignHmacKeyEnc: hmacKey === undefined ? undefined : hmacKey && sealSecret(secret, hmacKey),
    updatedAt: ctx.now(),
  };
  const row = await tx.signatureSettings.upsert({ where: { tenantId: principal.tenantId }, create: { tenantId: principal.tenantId, ...data }, update: data });
  if (row.provider === 'DOCUSIGN' && !docusignCredentialsOf(ctx, row)) {
    throw new BadInput('provider', 'Fill in every DocuSign setting before choosing DocuSign.', 'DOCUSIGN_NOT_CONFIGURED');
  }
  return shown(row);
}

export function docusignCredentialsOf(ctx: ScopedContext, row: SettingsRow | null): DocusignCredentials | null {
  const privateKey = openSecret(ctx.deps.config.jwtSecret, row?.docusignPrivateKeyEnc ?? null);
  if (!row?.docusignAccountId || !row.docusignIntegrationKey || !row.docusignUserId || !row.docusignBasePath || !privateKey) return null;
  return {
    accountId: row.docusignAccountId,
    integrationKey: row.docusignIntegrationKey,
    userId: row.docusignUserId,
    basePath: row.docusignBasePath,
    oAuthBasePath: (row.docusignOAuthBasePath ?? 'account-d.docusign.com').replace(/^https?:\/\//, ''),
    privateKey,
  };
}

export function docusignHmacKey(ctx: ScopedContext, row: SettingsRow | null): string | null {
  return openSecret(ctx.deps.config.jwtSecret, row?.docusignHmacKeyEnc ?? null);
}

/** The provider new requests of the caller's tenant use. */
export async function providerFor(ctx: ScopedContext): Promise<SignatureProvider> {
  const tenantId = ctx.rls?.tenantId;
  const row = tenantId ? await ctx.tx.signatureSettings.findFirst({ where: { tenantId }, select: { provider: true } }) : null;
  return row?.provider ?? 'BUILTIN';
}
