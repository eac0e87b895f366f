// Configuration read once from the environment. Every variable is documented in the README.
import { randomBytes } from 'node:crypto';

export interface Config {
  env: 'development' | 'test' | 'production';
  port: number;
  /** Owner connection: migrations and seed only. */
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
  };
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) throw new Error(`${name} must be set`);
  return value;
}
