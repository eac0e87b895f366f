// The inbound SMTP listener at the SMTP level, with a real SMTP client (nodemailer): which messages
// it takes, which it refuses and with what answer. What a taken reply becomes in a thread is
// inbound-email.test.ts's (on the database); here `deliver` records what it is handed.
import nodemailer from 'nodemailer';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readConfig, type Config } from '../../config.js';
import { replyAddress } from '../reply-address.js';
import { EmailRefused, type InboundEmail } from './inbound-email.js';
import { startInboundSmtp, type InboundSmtp } from './inbound-smtp.js';

const THREAD = '0b6f1d2e-3c4a-4b5c-8d6e-7f8091a2b3c4';
const config = { jwtSecret: new TextEncoder().encode('test-secret-test-secret-test-secret-0123'), inboundEmailDomain: 'reply.portico.test' } as Config;
const customerAddress = replyAddress(config, { threadId: THREAD, side: 'customer' }) ?? '';
const staffAddress = replyAddress(config, { threadId: THREAD, side: 'staff' }) ?? '';

const delivered: InboundEmail[] = [];
let nextDelivery: (() => Promise<void>) | null = null;
let smtp: InboundSmtp;

beforeAll(async () => {
  smtp = await startInboundSmtp(
    { config, log: pino({ level: 'silent' }) },
    {
      port: 0,
      host: '127.0.0.1',
      maxMessageBytes: 64 * 1024,
      async deliver(email) {
        await nextDelivery?.();
        delivered.push(email);
      },
    },
  );
});
afterAll(() => smtp.close());
beforeEach(() => {
  delivered.length = 0;
  nextDelivery = null;
});

function send(message: nodemailer.SendMailOptions) {
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port: smtp.port, secure: false, ignoreTLS: true });
  return transport.sendMail({ from: 'Jane Doe <jane@example.com>', subject: 'Re: New message', text: 'Tuesday works.', ...message });
}

async function refusal(message: nodemailer.SendMailOptions): Promise<{ responseCode?: number; response?: string }> {
  try {
    await send(message);
  } catch (error) {
    return error as { responseCode?: number; response?: string };
  }
  throw new Error('the message was accepted');
}

describe('the inbound SMTP listener', () => {
  it('takes a message for a reply address and hands on its sender, text and attachments', async () => {
    const pdf = Buffer.from('%PDF-1.4\n% a small file\n');
    const info = await send({
      to: customerAddress.toUpperCase(),
      text: 'Tuesday works.\n\nOn Tue, Dec 1, 2026 at 10:04 AM Acme <x@y.z> wrote:\n> hello',
      attachments: [{ filename: 'label.pdf', content: pdf, contentType: 'application/pdf' }],
    });
    expect(info.response).toMatch(/^250 2\.6\.0 Reply posted/);
    expect(delivered).toHaveLength(1);
    const email = delivered[0];
    expect(email?.target).toEqual({ threadId: THREAD, side: 'customer' });
    expect(email?.from).toEqual(['jane@example.com']);
    expect(email?.envelopeFrom).toBe('jane@example.com');
    expect(email?.text).toContain('Tuesday works.');
    expect(email?.attachments.map((a) => [a.fileName, a.contentType, Buffer.from(a.bytes).toString()])).toEqual([['label.pdf', 'application/pdf', pdf.toString()]]);
  });

  it('an HTML-only message is handed on as text', async () => {
    await send({ to: staffAddress, text: undefined, html: '<p>Done, the part is <b>ordered</b>.</p>' });
    expect(delivered[0]?.target.side).toBe('staff');
    expect(delivered[0]?.text).toContain('Done, the part is ordered.');
  });

  it('refuses at RCPT (550 5.1.1) an address that is not a valid reply address, and takes nothing', async () => {
    const at = customerAddress.indexOf('@');
    const tampered = `${customerAddress.slice(0, at - 1)}${customerAddress.charAt(at - 1) === 'a' ? 'b' : 'a'}${customerAddress.slice(at)}`;
    for (const to of [tampered, customerAddress.replace('reply.portico.test', 'portico.test'), 'postmaster@reply.portico.test', 'someone@example.com']) {
      const error = await refusal({ to });
      expect(error.responseCode, to).toBe(550);
      expect(error.response).toMatch(/^550 5\.1\.1 No such reply address/);
    }
    expect(delivered).toHaveLength(0);
  });

  it('takes one reply address per message: a second is deferred (452) for its own message', async () => {
    const info = await send({ to: [customerAddress, staffAddress] });
    expect(info.accepted).toEqual([customerAddress]);
    expect(info.rejected).toEqual([staffAddress]);
    const [deferred] = (info as { rejectedErrors?: { responseCode?: number }[] }).rejectedErrors ?? [];
    expect(deferred?.responseCode).toBe(452);
    expect(delivered).toHaveLength(1);
  });

  it('refuses a message over the size limit (552) without handing it on', async () => {
    const error = await refusal({ to: customerAddress, attachments: [{ filename: 'big.bin', content: Buffer.alloc(100 * 1024, 7) }] });
    expect(error.responseCode).toBe(552);
    expect(delivered).toHaveLength(0);
  });

  it('answers a refused reply with its code: a sender who is not the participant gets 550 5.7.1', async () => {
    nextDelivery = () => Promise.reject(new EmailRefused('NOT_A_PARTICIPANT', 'From mallory@example.com is not the thread’s customer'));
    const error = await refusal({ from: 'mallory@example.com', to: customerAddress });
    expect(error.responseCode).toBe(550);
    expect(error.response).toMatch(/^550 5\.7\.1 /);
    expect(error.response).not.toContain('mallory');
    nextDelivery = () => Promise.reject(new EmailRefused('EMPTY_REPLY', 'nothing above the quote'));
    expect((await refusal({ to: customerAddress })).response).toMatch(/^554 5\.6\.0 /);
  });

  it('answers any other failure with a generic temporary error (451 4.3.0) that tells nothing of it', async () => {
    nextDelivery = () => Promise.reject(new Error('relation "message_threads" does not exist'));
    const error = await refusal({ to: customerAddress });
    expect(error.responseCode).toBe(451);
    expect(error.response).toBe('451 4.3.0 Temporary error, please try again later');
  });

  it('accepts and drops automatic mail: an out-of-office reply, a bounce with the null sender', async () => {
    const auto = await send({ to: customerAddress, subject: 'Automatic reply: New message', headers: { 'Auto-Submitted': 'auto-replied' } });
    expect(auto.response).toMatch(/^250 .*automatic replies are not posted/);
    const bounce = await send({ to: customerAddress, envelope: { from: '', to: [customerAddress] } });
    expect(bounce.response).toMatch(/^250 .*automatic replies are not posted/);
    expect(delivered).toHaveLength(0);
  });
});

describe('reply by email configuration', () => {
  const env = { DATABASE_URL: 'postgres://x', APP_DATABASE_URL: 'postgres://y' };

  it('is off unless set; the listener listens on loopback unless told otherwise', () => {
    expect(readConfig(env).inboundEmailDomain).toBeUndefined();
    expect(readConfig(env).inboundSmtp).toBeUndefined();
    const domainOnly = readConfig({ ...env, INBOUND_EMAIL_DOMAIN: 'Reply.Example.com.' });
    expect(domainOnly.inboundEmailDomain).toBe('reply.example.com');
    expect(domainOnly.inboundSmtp).toBeUndefined();
    expect(readConfig({ ...env, INBOUND_EMAIL_DOMAIN: 'reply.example.com', INBOUND_SMTP_PORT: '2525' }).inboundSmtp).toEqual({ port: 2525, host: '127.0.0.1' });
    expect(readConfig({ ...env, INBOUND_EMAIL_DOMAIN: 'reply.example.com', INBOUND_SMTP_PORT: '25', INBOUND_SMTP_HOST: '0.0.0.0' }).inboundSmtp).toEqual({
      port: 25,
      host: '0.0.0.0',
    });
  });

  it('refuses a listener without a domain, a bad port and a bad domain', () => {
    expect(() => readConfig({ ...env, INBOUND_SMTP_PORT: '2525' })).toThrow(/INBOUND_EMAIL_DOMAIN/);
    expect(() => readConfig({ ...env, INBOUND_EMAIL_DOMAIN: 'reply.example.com', INBOUND_SMTP_PORT: '70000' })).toThrow(/INBOUND_SMTP_PORT/);
    expect(() => readConfig({ ...env, INBOUND_EMAIL_DOMAIN: 'reply@example.com' })).toThrow(/INBOUND_EMAIL_DOMAIN/);
  });
});
