// Reply by email end to end, on the real database: the away email carries the thread's reply
// address and starts with the reply marker; a real SMTP client (nodemailer) sends replies to the
// API's inbound listener, which posts them in the thread (quoted history cut, attachments kept) or
// refuses them in the SMTP conversation, storing nothing.
import type { Readable } from 'node:stream';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/app.js';
import { makeCustomer, makeStaff, makeTenant, staffToken } from '../../test/factory.js';
import { replyAddress, type ReplySide } from '../reply-address.js';
import { REPLY_ABOVE_LINE } from './reply-text.js';

const DOMAIN = 'reply.portico.test';
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ inboundEmailDomain: DOMAIN, inboundSmtp: { port: 0, host: '127.0.0.1' } });
});
afterAll(() => app.close());

// The smallest real files: what the messaging service reads types from is the bytes.
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

const START = `mutation($customerId: ID!, $anchor: ThreadAnchorInput!, $message: NewMessageInput!) {
  startThreadWithCustomer(customerId: $customerId, anchor: $anchor, message: $message) { id } }`;

/** A business with an owner, a technician and a customer, and a thread the owner started with that customer. */
async function world() {
  const tenant = await makeTenant(app.owner);
  const owner = await makeStaff(app.owner, tenant.id, 'owner');
  const technician = await makeStaff(app.owner, tenant.id, 'technician');
  const { customer } = await makeCustomer(app.owner, tenant.id);
  const started = await app.call(
    'admin',
    START,
    { customerId: customer.id, anchor: { type: 'GENERAL' }, message: { body: 'Could you send us a photo of the label?' } },
    { token: (await staffToken(app, owner)).token },
  );
  expect(started.errors).toBeUndefined();
  const thread = await app.owner.messageThread.findFirstOrThrow({ where: { tenantId: tenant.id, customerId: customer.id } });
  return { tenant, owner, technician, customer, thread };
}

function addressOf(threadId: string, side: ReplySide): string {
  const address = replyAddress(app.deps.config, { threadId, side });
  if (!address) throw new Error('reply by email is configured in these tests');
  return address;
}

function send(message: nodemailer.SendMailOptions) {
  const port = app.inbound?.port;
  if (!port) throw new Error('the inbound listener runs in these tests');
  return nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true }).sendMail({ subject: 'Re: New message', ...message });
}

async function refusal(message: nodemailer.SendMailOptions): Promise<{ responseCode?: number; response?: string }> {
  try {
    await send(message);
  } catch (error) {
    return error as { responseCode?: number; response?: string };
  }
  throw new Error('the message was accepted');
}

const messagesOf = (threadId: string) =>
  app.owner.message.findMany({ where: { threadId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], include: { attachments: { orderBy: { fileName: 'asc' } } } });

const quoted = (text: string) =>
  text
    .split('\n')
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n');

describe('reply by email', () => {
  it('the away email carries the thread’s reply address and starts with the marker; the customer’s reply to it lands in the thread, quote cut, with its PDF and PNG', async () => {
    const { tenant, customer, thread } = await world();
    await app.drainJobs([tenant.id]);
    const away = await app.owner.outboxEmail.findFirstOrThrow({ where: { tenantId: tenant.id, toAddress: customer.email } });
    expect(away.replyTo).toBe(addressOf(thread.id, 'customer'));
    expect(away.text.startsWith(`${REPLY_ABOVE_LINE.en}\n`)).toBe(true);

    const info = await send({
      from: `"${customer.name}" <${customer.email.toUpperCase()}>`,
      to: away.replyTo ?? '',
      text: `Here is the label. It says model 80G.\n\nThanks,\nJane\n\nOn Fri, Nov 20, 2026 at 9:05 AM ${tenant.name} <\n${away.replyTo ?? ''}> wrote:\n\n${quoted(away.text)}\n`,
      attachments: [
        { filename: 'label.pdf', content: PDF, contentType: 'application/pdf' },
        { filename: 'photo.png', content: PNG, contentType: 'image/png' },
      ],
    });
    expect(info.response).toMatch(/^250 /);

    const messages = await messagesOf(thread.id);
    expect(messages).toHaveLength(2);
    const reply = messages[1];
    expect(reply).toMatchObject({ authorKind: 'customer', authorStaffId: null, channel: 'email', internal: false, body: 'Here is the label. It says model 80G.\n\nThanks,\nJane' });
    expect(reply?.attachments.map((a) => [a.fileName, a.contentType, a.sizeBytes])).toEqual([
      ['label.pdf', 'application/pdf', PDF.length],
      ['photo.png', 'image/png', PNG.length],
    ]);
    const stored = reply?.attachments[1]?.storageKey ?? '';
    const file = await app.deps.storage.get(stored);
    expect(file ? await readAll(file.body) : null).toEqual(PNG);
    // The thread moved on like for a message written in the portal: the team has it unread.
    expect((await app.owner.messageThread.findFirstOrThrow({ where: { tenantId: tenant.id, id: thread.id } })).staffUnread).toBe(true);
  });

  it('a reply that quotes the away email with neither header nor ">" (pasted under the text) is cut at the marker', async () => {
    const { tenant, customer, thread } = await world();
    await app.drainJobs([tenant.id]);
    const away = await app.owner.outboxEmail.findFirstOrThrow({ where: { tenantId: tenant.id, toAddress: customer.email } });
    await send({ from: customer.email, to: away.replyTo ?? '', text: `Noted, see you Tuesday.\n${away.text}` });
    expect((await messagesOf(thread.id)).at(-1)?.body).toBe('Noted, see you Tuesday.');
  });

  it('a member of staff’s reply to the team’s address is posted as theirs', async () => {
    const { owner, thread } = await world();
    await send({ from: owner.email, to: addressOf(thread.id, 'staff'), html: '<p>We can come <b>Tuesday at 9</b>.</p><p>-- <br>Acme Heating</p>' });
    expect((await messagesOf(thread.id)).at(-1)).toMatchObject({ authorKind: 'staff', authorStaffId: owner.id, channel: 'email', body: 'We can come Tuesday at 9.' });
  });

  it('a forged From is refused (550 5.7.1) and nothing is stored: on the customer’s address and on the team’s', async () => {
    const { customer, owner, thread } = await world();
    const before = await messagesOf(thread.id);
    const forged = await refusal({ from: 'mallory@example.com', to: addressOf(thread.id, 'customer'), text: 'Please pay to this new account.' });
    expect(forged.responseCode).toBe(550);
    expect(forged.response).toMatch(/^550 5\.7\.1 /);
    // The envelope sender is the customer's, the header From someone else's: the header decides.
    const envelopeOnly = await refusal({ from: 'mallory@example.com', envelope: { from: customer.email, to: [addressOf(thread.id, 'customer')] }, text: 'Hi' });
    expect(envelopeOnly.responseCode).toBe(550);
    // The customer cannot use the team's address, nor the team the customer's.
    expect((await refusal({ from: customer.email, to: addressOf(thread.id, 'staff'), text: 'Hi' })).responseCode).toBe(550);
    expect((await refusal({ from: owner.email, to: addressOf(thread.id, 'customer'), text: 'Hi' })).responseCode).toBe(550);
    expect(await messagesOf(thread.id)).toEqual(before);
  });

  it('a valid address of another business’s thread is refused to this business’s customer and staff', async () => {
    const ours = await world();
    const theirs = await world();
    const before = await messagesOf(theirs.thread.id);
    expect((await refusal({ from: ours.customer.email, to: addressOf(theirs.thread.id, 'customer'), text: 'Hi' })).response).toMatch(/^550 5\.7\.1 /);
    expect((await refusal({ from: ours.owner.email, to: addressOf(theirs.thread.id, 'staff'), text: 'Hi' })).response).toMatch(/^550 5\.7\.1 /);
    expect(await messagesOf(theirs.thread.id)).toEqual(before);
  });

  it('a technician off the thread’s job and a deactivated member of staff are refused (550 5.7.1)', async () => {
    const { tenant, technician, thread } = await world();
    expect((await refusal({ from: technician.email, to: addressOf(thread.id, 'staff'), text: 'On my way' })).response).toMatch(/^550 5\.7\.1 /);
    const former = await makeStaff(app.owner, tenant.id, 'admin');
    await app.owner.staffUser.update({ where: { tenantId_id: { tenantId: tenant.id, id: former.id } }, data: { status: 'deactivated' } });
    expect((await refusal({ from: former.email, to: addressOf(thread.id, 'staff'), text: 'Still here' })).response).toMatch(/^550 5\.7\.1 /);
    expect(await messagesOf(thread.id)).toHaveLength(1);
  });

  it('a tampered token is refused at RCPT (550 5.1.1), and so is the address of a thread that is gone', async () => {
    const { customer, thread } = await world();
    const address = addressOf(thread.id, 'customer');
    const at = address.indexOf('@');
    const tampered = `${address.slice(0, at - 3)}${address.charAt(at - 3) === 'a' ? 'b' : 'a'}${address.slice(at - 2)}`;
    expect((await refusal({ from: customer.email, to: tampered, text: 'Hi' })).response).toMatch(/^550 5\.1\.1 /);
    await app.owner.messageThread.deleteMany({ where: { id: thread.id } });
    expect((await refusal({ from: customer.email, to: address, text: 'Hi' })).response).toMatch(/^550 5\.1\.1 /);
  });

  it('a reply with nothing above the quote and no attachment is refused (554 5.6.0); an out-of-office is dropped', async () => {
    const { customer, thread } = await world();
    const to = addressOf(thread.id, 'customer');
    const empty = await refusal({
      from: customer.email,
      to,
      text: `Sent from my iPhone\n\nOn Fri, Nov 20, 2026 at 9:05 AM Acme <${to}> wrote:\n> Could you send us a photo of the label?`,
    });
    expect(empty.response).toMatch(/^554 5\.6\.0 /);
    const ooo = await send({ from: customer.email, to, subject: 'Automatic reply: New message', headers: { 'Auto-Submitted': 'auto-replied' }, text: 'I am away until Monday.' });
    expect(ooo.response).toMatch(/^250 /);
    expect(await messagesOf(thread.id)).toHaveLength(1);
  });
});

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}
