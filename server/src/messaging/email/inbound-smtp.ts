// The inbound SMTP listener of reply by email, in the API process (INBOUND_SMTP_PORT; README "Reply
// by email"). It takes mail for our signed reply addresses only, and refuses everything else in
// the SMTP conversation itself, so a refused message is the sending server's to bounce and we never
// send a bounce ourselves:
//  - RCPT: anything but a valid reply address of INBOUND_EMAIL_DOMAIN → 550 5.1.1; one reply address
//    per message (a second → 452, which tells the client to send it again in its own transaction),
//    so each message is one thread's and gets one answer;
//  - DATA: over MAX_MESSAGE_BYTES → 552; then the reply is handed to `deliver`, whose refusals
//    (typed, EmailRefused) become 550/554 and whose other failures a generic 451 4.3.0 (logged
//    here, never shown: the sender's server tries again later).
// Machine-written mail (bounces, auto-replies, lists: automatic-email.ts) is accepted and dropped.
// No AUTH and no relaying: the listener delivers to threads, never onwards. Other kinds of signed
// address (meter readings by email: meters/meter-reading-email.route.ts) come in as `routes`, under
// the same checks.
import type { AddressInfo } from 'node:net';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import type { AppDeps } from '../../context/context.js';
import { readReplyAddress } from '../reply-address.js';
import { isAutomaticEmail } from './automatic-email.js';
import { EmailRefused, type EmailRefusalReason, type InboundAttachment, type InboundEmail, type InboundRoute } from './inbound-email.js';

/** The largest message taken (attachments count about 4/3 of their size once encoded). */
export const MAX_MESSAGE_BYTES = 25 * 1024 * 1024;

export interface InboundSmtpOptions {
  port: number;
  host: string;
  /** What is done with a message for a reply address that passed the SMTP checks. */
  deliver: (email: InboundEmail) => Promise<unknown>;
  /** Other addresses taken beside reply addresses, each with its own delivery. */
  routes?: InboundRoute[];
  /** Tests lower it. */
  maxMessageBytes?: number;
}

export interface InboundSmtp {
  /** The port it listens on (the one asked for, or the one drawn for 0). */
  port: number;
  /** Stops accepting connections; sessions under way get a few seconds to finish. */
  close(): Promise<void>;
}

const REFUSALS: Record<EmailRefusalReason, { code: number; text: string }> = {
  UNKNOWN_THREAD: { code: 550, text: '5.1.1 No such reply address' },
  NOT_A_PARTICIPANT: { code: 550, text: '5.7.1 The sender is not a participant in this conversation' },
  EMPTY_REPLY: { code: 554, text: '5.6.0 No reply found above the quoted message' },
  CONTENT_REFUSED: { code: 554, text: '5.6.0 This reply cannot be posted' },
  UNKNOWN_RECIPIENT: { code: 550, text: '5.1.1 No such address' },
  UNKNOWN_SENDER: { code: 550, text: '5.7.1 The sender is not known for this address' },
};

function smtpError(code: number, text: string): Error {
  return Object.assign(new Error(text), { responseCode: code });
}

export async function startInboundSmtp(deps: Pick<AppDeps, 'config' | 'log'>, options: InboundSmtpOptions): Promise<InboundSmtp> {
  const log = deps.log.child({ component: 'inbound-smtp' });
  const maxBytes = options.maxMessageBytes ?? MAX_MESSAGE_BYTES;
  const server = new SMTPServer({
    name: deps.config.inboundEmailDomain,
    banner: 'Portico reply by email',
    logger: false,
    authOptional: true,
    // STARTTLS off: without a certificate of ours it would offer the package's own, whose key is
    // public. TLS is a relay's in front (README).
    disabledCommands: ['AUTH', 'STARTTLS'],
    disableReverseLookup: true,
    size: maxBytes,
    rejectOversized: true,
    maxRecipients: 1,
    maxClients: 20,
    closeTimeout: 5_000,
    onRcptTo(address, session, callback) {
      if (readReplyAddress(deps.config, address.address) || routeOf(address.address)) {
        callback();
        return;
      }
      log.info({ session: session.id, remote: session.remoteAddress }, 'refused a recipient that is not a reply address');
      callback(smtpError(550, '5.1.1 No such reply address'));
    },
    onData(stream, session, callback) {
      readMessage(stream, maxBytes)
        .then(async (raw) => {
          // Over the limit: smtp-server answers 552 itself (rejectOversized).
          if (!raw) return undefined;
          return receive(raw, session);
        })
        .then(
          (answer) => {
            callback(null, answer);
          },
          (error: unknown) => {
            callback(answerFor(error, session));
          },
        );
    },
  });

  function routeOf(address: string): InboundRoute | undefined {
    return options.routes?.find((route) => route.accepts(address));
  }

  async function receive(raw: Buffer, session: SMTPServerSession): Promise<string> {
    const recipient = session.envelope.rcptTo[0]?.address ?? '';
    const target = readReplyAddress(deps.config, recipient);
    const route = target ? undefined : routeOf(recipient);
    if (!target && !route) throw smtpError(550, '5.1.1 No such reply address');
    const parsed = await simpleParser(raw, { skipTextToHtml: true, skipTextLinks: true, skipImageLinks: true });
    const envelopeFrom = session.envelope.mailFrom ? session.envelope.mailFrom.address.toLowerCase() : '';
    if (route) {
      if (isAutomaticEmail({ envelopeFrom, headers: headerValues(parsed), subject: parsed.subject ?? '' })) {
        log.info({ session: session.id, route: route.name }, 'dropped an automatic email (bounce, auto-reply or list)');
        return '2.6.0 Accepted: automatic emails are not read';
      }
      const answer = await route.deliver({ recipient, envelopeFrom, from: addressesOf(parsed.from), subject: parsed.subject ?? '', text: parsed.text ?? '', attachments: attachmentsOf(parsed) });
      log.info({ session: session.id, route: route.name }, 'took an email');
      return answer;
    }
    if (!target) throw smtpError(550, '5.1.1 No such reply address');
    if (isAutomaticEmail({ envelopeFrom, headers: headerValues(parsed), subject: parsed.subject ?? '' })) {
      log.info({ session: session.id, threadId: target.threadId }, 'dropped an automatic email (bounce, auto-reply or list)');
      return '2.6.0 Accepted: automatic replies are not posted';
    }
    await options.deliver({ target, envelopeFrom, from: addressesOf(parsed.from), text: parsed.text ?? '', attachments: attachmentsOf(parsed) });
    log.info({ session: session.id, threadId: target.threadId, side: target.side }, 'posted a reply by email');
    return '2.6.0 Reply posted';
  }

  function answerFor(error: unknown, session: SMTPServerSession): Error {
    if (error instanceof EmailRefused) {
      const refusal = REFUSALS[error.reason];
      log.info({ session: session.id, remote: session.remoteAddress, reason: error.reason }, `refused a reply: ${error.message}`);
      return smtpError(refusal.code, refusal.text);
    }
    if (error instanceof Error && 'responseCode' in error) return error;
    log.error({ err: error, session: session.id }, 'could not take a reply by email');
    return smtpError(451, '4.3.0 Temporary error, please try again later');
  }

  server.on('error', (error) => {
    log.warn({ err: error }, 'inbound SMTP error');
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.server.off('error', reject);
      resolve();
    });
  });
  const port = (server.server.address() as AddressInfo).port;
  log.info({ host: options.host, port, domain: deps.config.inboundEmailDomain }, 'inbound SMTP listening (reply by email)');
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
}

/** The message's bytes, or null once it went over `maxBytes` (the rest is read and dropped). */
function readMessage(stream: SMTPServerDataStream, maxBytes: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) chunks.push(chunk);
    });
    stream.on('error', reject);
    stream.on('end', () => {
      resolve(stream.sizeExceeded || size > maxBytes ? null : Buffer.concat(chunks));
    });
  });
}

function addressesOf(from: AddressObject | undefined): string[] {
  const addresses: string[] = [];
  const walk = (entries: AddressObject['value']) => {
    for (const entry of entries) {
      if (entry.address) addresses.push(entry.address.toLowerCase());
      if (entry.group) walk(entry.group);
    }
  };
  if (from) walk(from.value);
  return addresses;
}

/** The headers automatic-email.ts reads, as text (mailparser turns some into objects). */
function headerValues(parsed: ParsedMail): Record<string, string | undefined> {
  const values: Record<string, string | undefined> = {};
  for (const line of parsed.headerLines) {
    if (values[line.key] !== undefined) continue;
    values[line.key] = line.line
      .slice(line.line.indexOf(':') + 1)
      .replace(/\s+/g, ' ')
      .trim();
  }
  return values;
}

/**
 * The files attached to the reply. Images embedded in the HTML (multipart/related: signature logos,
 * pictures of the quoted message) are not: only what the person attached or pasted as its own part.
 */
function attachmentsOf(parsed: ParsedMail): InboundAttachment[] {
  return parsed.attachments
    .filter((attachment) => !attachment.related)
    .map((attachment, index) => ({
      fileName: attachment.filename?.trim() || `attachment-${index + 1}`,
      contentType: attachment.contentType,
      bytes: attachment.content,
    }));
}
