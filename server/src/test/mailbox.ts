// A real SMTP server for tests that follow an email all the way (smtp-server on a free port) and
// a test app that sends to it. Call `useMailbox()` in a describe block: it starts both before its
// tests and stops them after.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll } from 'vitest';
import { startTestApp, type TestApp } from './app.js';

export interface Mailbox {
  /** Every message the server accepted: its recipients and its raw text. */
  received: { to: string[]; raw: string }[];
  /** While true, the server answers 451 (busy, try later) to every message. */
  refuse: boolean;
  /** The app sending to this server; set once the block's tests run. */
  app: TestApp;
}

export function useMailbox(options: { refuse?: boolean } = {}): Mailbox {
  const mailbox = { received: [], refuse: options.refuse ?? false } as unknown as Mailbox;
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (mailbox.refuse) {
          callback(Object.assign(new Error('Mailbox busy, try later'), { responseCode: 451 }));
          return;
        }
        mailbox.received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  beforeAll(async () => {
    await new Promise<void>((resolve) =>
      smtp.listen(0, '127.0.0.1', () => {
        resolve();
      }),
    );
    mailbox.app = await startTestApp({ smtpUrl: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}?ignoreTLS=true` });
  });
  afterAll(async () => {
    await mailbox.app.close();
    await new Promise<void>((resolve) => {
      smtp.close(() => {
        resolve();
      });
    });
  });
  return mailbox;
}
