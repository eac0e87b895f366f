// Outgoing email. A request only stores the message in outbox_emails (the record staff and the
// dev outbox read); a trigger queues its delivery in the same transaction, so a request that
// rolls back sends nothing. The background job (worker/outbox.ts) delivers it with `deliver`:
// over SMTP with SMTP_URL set, otherwise printed to the log (the dev outbox).
import { randomUUID } from 'node:crypto';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import type { Tx } from '../db/client.js';
import { contactFooter } from './contact-footer.js';

export interface OutgoingEmail {
  tenantId: string;
  customerId?: string;
  to: string;
  subject: string;
  text: string;
  /** Where a reply should go when not to the sender (a message thread's reply address). */
  replyTo?: string | null;
}

/** What sending needs of the caller's context: its transaction. Every ScopedContext is one. */
export interface MailScope {
  tx: Tx;
}

export interface Mailer {
  /** Stores the email through the caller's transaction; the queue delivers it once committed. */
  send(ctx: MailScope, email: OutgoingEmail): Promise<void>;
  /** Hands one stored email to SMTP (or the log); throws when the SMTP server refuses it. */
  deliver(email: { id: string; to: string; subject: string; text: string; replyTo?: string | null }): Promise<void>;
}

export function createMailer(options: { smtpUrl?: string; from: string; log: Logger }): Mailer {
  const transport: Transporter | null = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : null;
  return {
    async send(ctx, email) {
      const text = email.text + (await footerFor(ctx, email));
      // Customers and sign-in flows may queue an email but not read the outbox back, and
      // INSERT ... RETURNING would need that: the id is chosen here instead.
      await ctx.tx.outboxEmail.createMany({
        data: [
          { id: randomUUID(), tenantId: email.tenantId, customerId: email.customerId ?? null, toAddress: email.to, subject: email.subject, text, replyTo: email.replyTo ?? null },
        ],
      });
    },
    async deliver(email) {
      if (!transport) {
        options.log.info({ outbox: email.id, to: email.to, subject: email.subject }, `dev outbox:\n${email.text}`);
        return;
      }
      await transport.sendMail({ from: options.from, to: email.to, subject: email.subject, text: email.text, ...(email.replyTo ? { replyTo: email.replyTo } : {}) });
    },
  };
}

/**
 * How to reach the business, appended to every email here so no letter forgets it: in the
 * customer's language when the email is to a customer, else the business's. Every scope that
 * sends (staff, the customer themself, sign-in flows, the worker) may read its tenant and that customer.
 */
async function footerFor({ tx }: MailScope, email: OutgoingEmail): Promise<string> {
  const tenant = await tx.tenant.findUnique({ where: { id: email.tenantId } });
  if (!tenant) return '';
  const customer = email.customerId ? await tx.customer.findFirst({ where: { id: email.customerId }, select: { locale: true } }) : null;
  return contactFooter(tenant, customer?.locale);
}
