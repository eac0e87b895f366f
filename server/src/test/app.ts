// Starts the real app on a random port against the test database, and calls its endpoints over HTTP.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import pino from 'pino';
import { inject } from 'vitest';
import { createApp } from '../app.js';
import { serveLiveSockets, type LiveSockets } from '../graphql/live-socket.js';
import type { Config } from '../config.js';
import type { AppDeps } from '../context/context.js';
import type { Endpoint } from '../context/principal.js';
import { closeDb, createDb, type Db } from '../db/client.js';
import { createMailer } from '../mail/mailer.js';
import { createStorage } from '../storage/create.js';
import { masterKey } from '../storage/master-keys.js';
import pg from 'pg';
import { drainQueue } from '../worker/queue.js';
import { TestDns } from './dns.js';
import type { TaskOptions } from '../worker/tasks.js';
import { startInboundSmtp, type InboundSmtp } from '../messaging/email/inbound-smtp.js';
import { deliverEmailReply } from '../messaging/email/receive-email-reply.js';
import { meterReadingRoute } from '../meters/meter-reading-email.route.js';

/**
 * The master key of every test app's storage: data keys outlive a test app in the shared test
 * database (the platform's, for the factory's keys outside tenants/, is shared by all of them).
 */
export const TEST_MASTER_KEY = masterKey(Buffer.alloc(32, 7));

/** Where every test app's clock starts; tests move `app.clock.now` and put it back. */
export const TEST_START = new Date('2026-11-20T15:00:00Z');

export const TEST_ORIGIN = 'http://portal.test';
export const TEST_ADMIN_ORIGIN = 'http://admin.test';

export interface GraphQLResult<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; field?: string; [k: string]: unknown } }[];
  headers: Headers;
}

export interface CallOptions {
  token?: string;
  cookie?: string;
  origin?: string;
  headers?: Record<string, string>;
}

/**
 * Call options from a client address of its own (the API trusts X-Forwarded-For from
 * loopback), so that per-address rate limits of one test never touch another.
 */
export function fromNewAddress(): CallOptions {
  const id = randomUUID().replaceAll('-', '');
  return { headers: { 'x-forwarded-for': `2001:db8:${id.slice(0, 4)}:${id.slice(4, 8)}::${id.slice(8, 12)}` } };
}

export interface TestApp {
  url: string;
  deps: AppDeps;
  /** Subscriptions over WebSockets (graphql-ws) on the app's own port. */
  live: LiveSockets;
  /** The application role's pool (row-level security applies). */
  db: Db;
  /** The owner's pool, for arranging and inspecting data behind the app's back. */
  owner: Db;
  clock: { now: Date };
  /** Reply by email's SMTP listener, when the test asked for it (`inboundSmtp` in the overrides). */
  inbound: InboundSmtp | null;
  /** The DNS the app looks custom domain proofs up in: tests publish the records. */
  dns: TestDns;
  /** Every SQL statement the app sent, for tests that count them. */
  statements: string[];
  call<T = Record<string, unknown>>(endpoint: Endpoint, query: string, variables?: Record<string, unknown>, options?: CallOptions): Promise<GraphQLResult<T>>;
  /** Runs the queued background jobs of these tenants that are due now (outbox deliveries ...), then returns. */
  drainJobs(tenantIds: string[], options?: TaskOptions): Promise<void>;
  close(): Promise<void>;
}

export async function startTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const clock = { now: new Date(TEST_START) };
  const log = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const config: Config = {
    env: 'test',
    port: 0,
    databaseUrl: inject('ownerUrl'),
    appDatabaseUrl: inject('appUrl'),
    jwtSecret: new TextEncoder().encode('test-secret-test-secret-test-secret-0123'),
    mailFrom: 'Portico <no-reply@portico.test>',
    allowedOrigins: [TEST_ORIGIN, TEST_ADMIN_ORIGIN],
    portalUrl: TEST_ORIGIN,
    adminUrl: TEST_ADMIN_ORIGIN,
    logLevel: 'silent',
    trustProxy: 'loopback',
    // Each test app keeps its files in a folder of its own, removed on close, under the one test master key.
    storage: { storageDir: mkdtempSync(path.join(tmpdir(), 'portico-storage-')), masterKeys: { current: TEST_MASTER_KEY, previous: [] } },
    ...overrides,
  };
  const statements: string[] = [];
  const db = createDb(config.appDatabaseUrl, { max: 5, onQuery: (sql) => statements.push(sql) });
  const owner = createDb(config.databaseUrl, { max: 3 });
  const dns = new TestDns();
  const deps: AppDeps = {
    config,
    db,
    log,
    mailer: createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, log }),
    storage: createStorage(config.storage, { db, log }),
    now: () => clock.now,
    dns,
  };
  const { app, stop } = await createApp(deps);
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => {
      resolve(s);
    });
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const live = await serveLiveSockets(server, deps);
  const inbound = config.inboundSmtp
    ? await startInboundSmtp(deps, { ...config.inboundSmtp, deliver: (email) => deliverEmailReply(deps, email), routes: [meterReadingRoute(deps)] })
    : null;
  let queuePool: pg.Pool | null = null;
  return {
    url,
    deps,
    live,
    inbound,
    db,
    owner,
    clock,
    dns,
    statements,
    async call(endpoint, query, variables, options = {}) {
      const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers };
      if (options.token) headers.authorization = `Bearer ${options.token}`;
      if (options.cookie) headers.cookie = options.cookie;
      if (options.origin) headers.origin = options.origin;
      const res = await fetch(`${url}/graphql/${endpoint}`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
      const body = (await res.json()) as Omit<GraphQLResult, 'status' | 'headers'>;
      return { status: res.status, headers: res.headers, ...body } as GraphQLResult<never>;
    },
    async drainJobs(tenantIds, options) {
      if (!queuePool) {
        queuePool = new pg.Pool({ connectionString: config.databaseUrl, max: 2 });
        // A connection that fails is dropped and replaced (the statement under way reports it);
        // graphile-worker warns of a pool, or a pool's client, whose 'error' event would end the process.
        queuePool.on('error', () => undefined);
        queuePool.on('connect', (client) => client.on('error', () => undefined));
      }
      await drainQueue({ ...deps, owner }, queuePool, tenantIds, options);
    },
    async close() {
      await inbound?.close();
      await live.stop();
      await new Promise<void>((resolve) =>
        server.close(() => {
          resolve();
        }),
      );
      await queuePool?.end();
      await stop();
      await Promise.all([closeDb(db), closeDb(owner)]);
      if (!overrides.storage) rmSync(config.storage.storageDir, { recursive: true, force: true });
    },
  };
}

/**
 * The statements a request sent besides opening its scope (app_open_request) and its transaction's
 * frame (BEGIN, which Prisma does not log, COMMIT or ROLLBACK).
 */
export function pageStatements(statements: readonly string[]): string[] {
  return statements.filter((sql) => !sql.includes('app_open_request(') && !['BEGIN', 'COMMIT', 'ROLLBACK'].includes(sql));
}
