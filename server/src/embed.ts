// Portico's HTTP app built inside another program's process (the bench, in bench/, counts the SQL
// each request sends). Exported by the package as `@portico/server/embed`, beside `./provision`,
// `./tokens` and `./main`, so tools outside the server never reach into its folders.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import pino from 'pino';
import type { Server } from 'node:http';
import { createApp, type PorticoApp } from './app.js';
import { serveLiveSockets, type LiveSockets } from './graphql/live-socket.js';
import { readConfig } from './config.js';
import { generateSealCertificate } from './signatures/document-seal.js';
import { closeDb, createDb } from './db/client.js';
import { createMailer } from './mail/mailer.js';
import { createStorage } from './storage/create.js';
import { generateMasterKey } from './storage/master-keys.js';
import { systemTxtResolver } from './tenants/custom-domains.proof.js';

export interface EmbeddedAppOptions {
  /** The owner role's URL (migrations, the job queue) and the application role's (requests). */
  ownerUrl: string;
  appUrl: string;
  jwtSecret: Uint8Array;
  /** Called with every SQL statement the app sends. */
  onQuery?: (sql: string) => void;
  /** Connections in the app's pool. */
  poolSize?: number;
}

export interface EmbeddedApp {
  app: PorticoApp['app'];
  /** Serves subscriptions (graphql-ws) on the server the app listens on, as main.ts does. */
  serveLive: (server: Server) => Promise<void>;
  /** Stops the app and closes its database pool. */
  stop: () => Promise<void>;
}

/** Portico's HTTP app as production builds it, silent, with the real clock and a local file folder. */
export async function createEmbeddedApp(options: EmbeddedAppOptions): Promise<EmbeddedApp> {
  const log = pino({ level: 'silent' });
  // A master key of its own for the embedded app's files: what it stores is not read after it stops.
  const seal = generateSealCertificate(randomBytes(16).toString('hex'));
  const env = {
    DATABASE_URL: options.ownerUrl,
    APP_DATABASE_URL: options.appUrl,
    NODE_ENV: 'production',
    JWT_SECRET: 'x'.repeat(32),
    STORAGE_MASTER_KEY: generateMasterKey(),
    SIGNING_CERT_P12_BASE64: seal.p12.toString('base64'),
    SIGNING_CERT_PASSWORD: seal.password,
  };
  const config = { ...readConfig(env), jwtSecret: options.jwtSecret, logLevel: 'silent' };
  const db = createDb(options.appUrl, { max: options.poolSize ?? 2, onQuery: options.onQuery });
  const mailer = createMailer({ from: config.mailFrom, log });
  const deps = { config, db, log, mailer, storage: createStorage(config.storage, { db, log }), now: () => new Date(), dns: systemTxtResolver() };
  const portico = await createApp(deps);
  let live: LiveSockets | null = null;
  return {
    app: portico.app,
    async serveLive(server) {
      live = await serveLiveSockets(server, deps);
    },
    async stop() {
      await live?.stop();
      await portico.stop();
      await closeDb(db);
    },
  };
}
