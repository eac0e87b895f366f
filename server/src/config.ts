// Configuration read once from the environment. Every variable is documented in the README.
import type { SealSource } from './signatures/document-seal.js';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StorageConfig } from './storage/create.js';
import { readMasterKeyring } from './storage/master-keys.js';

export interface Config {
  env: 'development' | 'test' | 'production';
  port: number;
  /** Owner connection: migrations, seed and the job queue (whose tables are not tenant data). */
  databaseUrl: string;
  /** The application's own role (non-superuser, subject to row-level security). */
  appDatabaseUrl: string;
  jwtSecret: Uint8Array;
  smtpUrl?: string;
  mailFrom: string;
  /** Origins allowed to send cookie-authenticated requests (the two web apps). */
  allowedOrigins: string[];
  portalUrl: string;
  adminUrl: string;
  logLevel: string;
  /** Express "trust proxy" setting: which peers may tell the client's address. */
  trustProxy: string;
  /** Where uploaded and shared files live: a local folder, or an S3-compatible bucket. */
  storage: StorageConfig;
  /** Online payments beyond each tenant's own keys (payments/). */
  payments?: PaymentsConfig;
  /**
   * GraphiQL at /graphql/portal and /graphql/admin for browsers (graphql/playground.ts), and the
   * API's own origin allowed for cookie auth so that page can use a session. readConfig: on unless
   * production, `PLAYGROUND=on|off` decides; unset (test apps): off.
   */
  playground?: boolean;
  /**
   * Password sign-ins allowed per client address per 15 minutes (SIGN_INS_PER_ADDRESS, default
   * 30): one office behind one address may need more; the browser suite, whose every sign-in
   * comes from 127.0.0.1, raises it. Unset (test apps): the default.
   */
  signInsPerAddress?: number;
  /**
   * Reply by email (messaging/email/, README "Reply by email"): the domain of the per-thread reply
   * addresses (INBOUND_EMAIL_DOMAIN). Unset: notification emails carry no reply address.
   */
  inboundEmailDomain?: string;
  /**
   * The inbound SMTP listener that receives those replies in the API process (INBOUND_SMTP_PORT,
   * INBOUND_SMTP_HOST, default 127.0.0.1). Unset: off.
   */
  inboundSmtp?: { port: number; host: string };
  /**
   * The certificate that seals signed PDFs (signatures/document-seal.ts): SIGNING_CERT_P12_BASE64
   * (+ SIGNING_CERT_PASSWORD), else a development one kept in .data/signing-seal.p12. Unset (test
   * apps): one generated per process.
   */
  signingSeal?: SealSource;
}

export interface PaymentsConfig {
  /** The platform's Stripe Connect keys, used for tenants that give a Connect account id. */
  connect?: { secretKey: string; publishableKey: string | null; webhookSecret: string | null };
  /** Another Stripe API address (stripe-mock, or the tests' stand-in). */
  stripeApi?: { host: string; port: number; protocol: 'http' | 'https' };
}

function readPaymentsConfig(env: NodeJS.ProcessEnv): PaymentsConfig {
  const secretKey = env.STRIPE_CONNECT_SECRET_KEY;
  const api = env.STRIPE_API_URL ? new URL(env.STRIPE_API_URL) : null;
  return {
    connect: secretKey ? { secretKey, publishableKey: env.STRIPE_CONNECT_PUBLISHABLE_KEY ?? null, webhookSecret: env.STRIPE_CONNECT_WEBHOOK_SECRET ?? null } : undefined,
    stripeApi: api ? { host: api.hostname, port: Number(api.port || (api.protocol === 'http:' ? 80 : 443)), protocol: api.protocol === 'http:' ? 'http' : 'https' } : undefined,
  };
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const mode = env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' ? 'test' : 'development';
  const databaseUrl = required(env, 'DATABASE_URL');
  const secret = env.JWT_SECRET;
  if (!secret && mode === 'production') throw new Error('JWT_SECRET must be set in production');
  if (secret && secret.length < 32) throw new Error('JWT_SECRET must be at least 32 characters');
  const portalUrl = env.PORTAL_URL ?? 'http://localhost:3000';
  const adminUrl = env.ADMIN_URL ?? 'http://localhost:3001';
  return {
    env: mode,
    port: Number(env.PORT ?? 4000),
    databaseUrl,
    appDatabaseUrl: required(env, 'APP_DATABASE_URL'),
    // Without a configured secret every process draws its own: sessions then last one run.
    jwtSecret: new TextEncoder().encode(secret ?? randomBytes(32).toString('hex')),
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM ?? 'Portico <no-reply@portico.localhost>',
    allowedOrigins: (env.ALLOWED_ORIGINS ?? `${portalUrl},${adminUrl}`)
      .split(',')
      .map((o) => o.trim().replace(/\/$/, ''))
      .filter(Boolean),
    portalUrl,
    adminUrl,
    logLevel: env.LOG_LEVEL ?? (mode === 'test' ? 'silent' : 'info'),
    trustProxy: env.TRUST_PROXY ?? 'loopback',
    storage: readStorageConfig(env),
    payments: readPaymentsConfig(env),
    playground: onOff(env, 'PLAYGROUND', mode !== 'production'),
    signInsPerAddress: positiveInteger(env, 'SIGN_INS_PER_ADDRESS'),
    ...readInboundEmailConfig(env),
    signingSeal: readSigningSealConfig(env, mode),
  };
}

/** SIGNING_CERT_P12_BASE64 and SIGNING_CERT_PASSWORD; without them, outside production, the development seal. */
function readSigningSealConfig(env: NodeJS.ProcessEnv, mode: Config['env']): SealSource {
  const p12Base64 = env.SIGNING_CERT_P12_BASE64?.trim();
  if (p12Base64) return { p12Base64, password: env.SIGNING_CERT_PASSWORD ?? '' };
  if (mode === 'production') throw new Error('SIGNING_CERT_P12_BASE64 must be set in production (a PKCS#12 certificate that seals signed documents, base64)');
  return { devFile: path.join(REPO_ROOT, '.data', 'signing-seal.p12') };
}

/** INBOUND_EMAIL_DOMAIN, INBOUND_SMTP_PORT and INBOUND_SMTP_HOST: reply by email, off unless set. */
function readInboundEmailConfig(env: NodeJS.ProcessEnv): Pick<Config, 'inboundEmailDomain' | 'inboundSmtp'> {
  const domain = env.INBOUND_EMAIL_DOMAIN?.trim().toLowerCase().replace(/\.$/, '') || undefined;
  if (domain !== undefined && !/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/.test(domain)) {
    throw new Error(`INBOUND_EMAIL_DOMAIN must be a domain name such as reply.example.com, not "${domain}"`);
  }
  const rawPort = env.INBOUND_SMTP_PORT?.trim();
  if (!rawPort) return { inboundEmailDomain: domain };
  if (!/^[0-9]{1,5}$/.test(rawPort) || Number(rawPort) < 1 || Number(rawPort) > 65535) throw new Error('INBOUND_SMTP_PORT must be a port number from 1 to 65535');
  // A listener without a domain could not recognise any address: every message would be refused.
  if (!domain) throw new Error('INBOUND_SMTP_PORT needs INBOUND_EMAIL_DOMAIN, the domain of the reply addresses it accepts');
  // Loopback unless told otherwise: a relay or port redirect in front decides what reaches it.
  return { inboundEmailDomain: domain, inboundSmtp: { port: Number(rawPort), host: env.INBOUND_SMTP_HOST?.trim() || '127.0.0.1' } };
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const value = env[name]?.trim();
  if (!value) return undefined;
  if (!/^[1-9][0-9]{0,6}$/.test(value)) throw new Error(`${name} must be a whole number from 1 to 9999999`);
  return Number(value);
}

function onOff(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  if (value === 'on') return true;
  if (value === 'off') return false;
  throw new Error(`${name} must be on or off`);
}

/**
 * How far the API's clock runs ahead of the system's (negative: behind), from
 * PORTICO_CLOCK_OFFSET_MINUTES: the browser tests run the whole stack at a chosen hour with it
 * (e2e/README.md), and a demo can be shown at another time of day. Refused in production, where
 * the clock must be the real one. The seed reads it too, so demo dates match the API's "now".
 */
export function readClockOffsetMs(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.PORTICO_CLOCK_OFFSET_MINUTES?.trim();
  if (!raw) return 0;
  if (env.NODE_ENV === 'production') throw new Error('PORTICO_CLOCK_OFFSET_MINUTES is for tests and demos: it cannot be set in production');
  const minutes = Number(raw);
  if (!Number.isFinite(minutes)) throw new Error(`PORTICO_CLOCK_OFFSET_MINUTES must be a number of minutes (e.g. 90 or -630), not "${raw}"`);
  return Math.round(minutes * 60_000);
}

// server/src/config.ts and server/dist/config.js are both two folders below the repository.
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const S3_VARIABLES = ['S3_ENDPOINT', 'S3_BUCKET', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const;

/**
 * Storage settings alone: the seed needs them without the rest of the API's configuration. The
 * master key (STORAGE_MASTER_KEY, required in production) defaults to a development key kept in
 * .data/storage-master-key, so the API, the seed and the browser tests' servers share it.
 */
export function readStorageConfig(env: NodeJS.ProcessEnv = process.env): StorageConfig {
  const storageDir = path.resolve(env.STORAGE_DIR || path.join(REPO_ROOT, '.data', 'storage'));
  const masterKeys = readMasterKeyring(env, { production: env.NODE_ENV === 'production', devKeyFile: path.join(REPO_ROOT, '.data', 'storage-master-key') });
  const given = S3_VARIABLES.filter((name) => env[name]);
  if (given.length === 0) return { storageDir, masterKeys };
  const missing = S3_VARIABLES.filter((name) => !env[name]);
  if (missing.length) throw new Error(`S3 storage needs ${missing.join(', ')} as well as ${given.join(', ')}`);
  return {
    storageDir,
    masterKeys,
    s3: {
      endpoint: required(env, 'S3_ENDPOINT'),
      bucket: required(env, 'S3_BUCKET'),
      region: required(env, 'S3_REGION'),
      accessKeyId: required(env, 'S3_ACCESS_KEY_ID'),
      secretAccessKey: required(env, 'S3_SECRET_ACCESS_KEY'),
    },
  };
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) throw new Error(`${name} must be set`);
  return value;
}
