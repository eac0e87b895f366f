// Starts the API server: configuration, database pool, mail, HTTP, and the background job worker.
import 'reflect-metadata';
import pino from 'pino';
import { createApp } from './app.js';
import { serveLiveSockets } from './graphql/live-socket.js';
import { shiftedClock } from './common/clock.js';
import { readClockOffsetMs, readConfig } from './config.js';
import { closeDb, createDb } from './db/client.js';
import { createMailer } from './mail/mailer.js';
import { createStorage } from './storage/create.js';
import { encryptStoredFiles } from './storage/encrypt-stored-files.js';
import { startWorker } from './worker/queue.js';
import { systemTxtResolver } from './tenants/custom-domains.proof.js';
import { startInboundSmtp } from './messaging/email/inbound-smtp.js';
import { deliverEmailReply } from './messaging/email/receive-email-reply.js';
import { meterReadingRoute } from './meters/meter-reading-email.route.js';

const config = readConfig();
const log = pino({ level: config.logLevel, base: { service: 'portico-api' } });
const db = createDb(config.appDatabaseUrl, { max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
const mailer = createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, log });
// Every file encrypted at rest (storage/encrypted-storage.ts); its data keys read through the app's pool.
const storage = createStorage(config.storage, { db, log });
// The system's clock, unless PORTICO_CLOCK_OFFSET_MINUTES moves it (tests and demos only).
const clockOffsetMs = readClockOffsetMs();
const now = shiftedClock(clockOffsetMs);
if (clockOffsetMs !== 0) log.warn({ clockOffsetMinutes: clockOffsetMs / 60_000, now: now().toISOString() }, 'the clock is shifted (PORTICO_CLOCK_OFFSET_MINUTES)');
const deps = { config, db, log, mailer, storage, now, dns: systemTxtResolver() };
const { app, stop } = await createApp(deps);
// The worker finds due work across tenants through a small owner pool; the work itself runs on `db` under RLS.
const owner = createDb(config.databaseUrl, { max: 2 });
const worker =
  process.env.WORKER === 'off'
    ? null
    : await startWorker(
        { ...deps, owner },
        {
          ownerUrl: config.databaseUrl,
          concurrency: Number(process.env.WORKER_CONCURRENCY ?? 2),
        },
      );

// Files stored before encryption are encrypted in place, once, in the background (readable meanwhile).
if (worker) {
  encryptStoredFiles(storage, { log }).catch((error: unknown) => {
    log.error({ err: error }, 'encrypting the files stored before encryption failed; `npm run storage:encrypt-files -w server` tries again');
  });
}

const server = app.listen(config.port, () => {
  log.info({ port: config.port }, `Portico API listening on http://localhost:${config.port} (/graphql/portal, /graphql/admin; subscriptions over ws:// on the same paths)`);
});
const live = await serveLiveSockets(server, deps);
// Reply by email (INBOUND_SMTP_PORT): replies to message emails land in their threads.
const inbound = config.inboundSmtp
  ? await startInboundSmtp(deps, { ...config.inboundSmtp, deliver: (email) => deliverEmailReply(deps, email), routes: [meterReadingRoute(deps)] })
  : null;

async function shutdown(signal: string) {
  log.info({ signal }, 'shutting down');
  // No new mail: sending servers keep it and try again (here after a restart, or another MX).
  await inbound?.close();
  // Live sockets first: their clients reconnect (here after a restart, or to another instance).
  await live.stop();
  // Finish the requests under way (idle keep-alive connections are closed at once), for at most 10 s.
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 10_000);
    server.close(() => {
      clearTimeout(timer);
      resolve();
    });
    server.closeIdleConnections();
  });
  await stop();
  // Jobs under way finish (or are released to another worker) before the pools close.
  await worker?.stop();
  await Promise.all([closeDb(db), closeDb(owner)]);
  process.exit(0);
}
// A second signal while shutting down (Ctrl-C twice, SIGTERM after SIGINT) joins the first shutdown.
let shuttingDown: Promise<void> | undefined;
process.on('SIGTERM', () => void (shuttingDown ??= shutdown('SIGTERM')));
process.on('SIGINT', () => void (shuttingDown ??= shutdown('SIGINT')));
