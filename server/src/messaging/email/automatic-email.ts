// Whether an email sent to a reply address was written by a machine rather than a person: bounces
// (empty envelope sender, delivery reports), out-of-office and other auto-replies, mailing lists.
// Such mail is accepted and dropped (never posted, never refused: refusing an auto-reply makes
// the sender's server bounce it back to the auto-replier, and two robots can loop on that).
// RFC 3834 (Auto-Submitted) first; the rest are the headers and subject prefixes (with their colon,
// so "Auto service on Tuesday" is a person's) common clients use.

export interface EmailSummary {
  /** The envelope's MAIL FROM; '' for the null sender of bounces and delivery reports. */
  envelopeFrom: string;
  /** Header values by lower-case name (the first of each), as received. */
  headers: Record<string, string | undefined>;
  subject: string;
}

const BULK_PRECEDENCE = /^(bulk|junk|list|auto_reply)$/i;
const AUTO_REPLY_HEADERS = ['x-autoreply', 'x-autorespond', 'x-auto-response', 'x-autoresponder'];
const LIST_HEADERS = ['list-id', 'list-unsubscribe', 'list-post'];
const AUTO_REPLY_SUBJECT =
  /^\s*(automatic reply|auto(matic)?[- ]?reply|auto|out of (the )?office|réponse automatique|absence du bureau|respuesta automática|fuera de la oficina|undeliver(able|ed)|returned mail|non remis|no entregado)\s*:/i;

export function isAutomaticEmail(email: EmailSummary): boolean {
  if (email.envelopeFrom.trim() === '') return true;
  const header = (name: string) => email.headers[name]?.trim();
  const autoSubmitted = header('auto-submitted');
  if (autoSubmitted && autoSubmitted.toLowerCase().split(';')[0]?.trim() !== 'no') return true;
  if (AUTO_REPLY_HEADERS.some((name) => header(name))) return true;
  if (LIST_HEADERS.some((name) => header(name))) return true;
  if (BULK_PRECEDENCE.test(header('precedence') ?? '')) return true;
  if (/^multipart\/report\b/i.test(header('content-type') ?? '')) return true;
  return AUTO_REPLY_SUBJECT.test(email.subject);
}
