// An email received for a reply address, as the inbound listener hands it on, and the ways its
// reply can be refused (each answered with its own SMTP code by inbound-smtp.ts).
import type { ReplyTarget } from '../reply-address.js';

export interface InboundAttachment {
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
}

export interface InboundEmail {
  /** The thread and side the reply address (the envelope recipient) stands for. */
  target: ReplyTarget;
  /** The envelope's MAIL FROM (lower-cased); '' for the null sender. */
  envelopeFrom: string;
  /** The addresses of the header From (lower-cased): a person's reply has exactly one. */
  from: string[];
  /** The plain text (made from the HTML when the email has none), quotes and all. */
  text: string;
  attachments: InboundAttachment[];
}

export type EmailRefusalReason =
  /** The thread is gone (or never was: a valid signature over a deleted thread's id). */
  | 'UNKNOWN_THREAD'
  /** The header From is not the thread's participant on the address's side. */
  | 'NOT_A_PARTICIPANT'
  /** Nothing above the quoted history, and no attachment. */
  | 'EMPTY_REPLY'
  /** Content the conversation does not take (what the messaging service refuses as bad input). */
  | 'CONTENT_REFUSED'
  /** Another kind of address (meter readings) whose owner is gone or that takes no email now. */
  | 'UNKNOWN_RECIPIENT'
  /** The header From is not someone the address belongs to. */
  | 'UNKNOWN_SENDER';

/** Why a reply is not posted: refused at SMTP level (5xx), nothing stored. */
export class EmailRefused extends Error {
  constructor(
    readonly reason: EmailRefusalReason,
    message: string,
  ) {
    super(message);
    this.name = 'EmailRefused';
  }
}

/** An email for one of the other addresses the listener takes (meter readings by email). */
export interface InboundMessage {
  /** The envelope recipient, as the route accepted it. */
  recipient: string;
  envelopeFrom: string;
  from: string[];
  subject: string;
  text: string;
  attachments: InboundAttachment[];
}

/**
 * Addresses the listener takes beside reply addresses: `accepts` answers at RCPT (a signed address
 * of the route's own kind), `deliver` takes the message (EmailRefused like a reply) and returns the
 * text of the SMTP answer.
 */
export interface InboundRoute {
  name: string;
  accepts(address: string): boolean;
  deliver(message: InboundMessage): Promise<string>;
}
