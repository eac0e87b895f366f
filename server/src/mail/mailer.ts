// Outgoing email. Every message is stored in outbox_emails (the record staff and the dev
// outbox read); with SMTP_URL set it is also delivered over SMTP, otherwise it is printed.
import { randomUUID } from 'node:crypto';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import type { Tx } from '../db/client.js';

export interface OutgoingEmail {
  tenantId: string;
  customerId?: string;
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  /** Stores the email through the caller's transaction, then delivers it. */
  send(tx: Tx, email: OutgoingEmail): Promise<void>;
}

export function createMailer(options: { smtpUrl?: string; from: string; log: Logger }): Mailer {
  const transport: Transporter | null = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : null;
  return {
    async send(tx, email) {
      // Customers and sign-in flows may queue an email but not read the outbox back, and
      // INSERT ... RETURNING would need that: the id is chosen here instead.
      const row = { id: randomUUID() };
      await tx.outboxEmail.createMany({
        data: [{ id: row.id, tenantId: email.tenantId, customerId: email.customerId ?? null, toAddress: email.to, subject: email.subject, text: email.text }],
      });
      if (!transport) {
        options.log.info({ outbox: row.id, to: email.to, subject: email.subject }, `dev outbox:\n${email.text}`);
        return;
      }
      try {
        await transport.sendMail({ from: options.from, to: email.to, subject: email.subject, text: email.text });
        await tx.outboxEmail.updateMany({ where: { id: row.id }, data: { sentAt: new Date() } });
      } catch (error) {
        // The stored row keeps sent_at empty; the outbox worker retries it.
        options.log.error({ err: error, outbox: row.id }, 'SMTP delivery failed');
      }
    },
  };
}
