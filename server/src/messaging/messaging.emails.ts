// The away email: the messages one side has not read, listed in one email in the reader's
// language, times in the business's zone, with the link to the thread (and, when inbound email is
// set up, a Reply-To that lands the answer in the thread).
import { INTL_LOCALE, type Language } from '../common/languages.js';
import type { Letter } from '../notifications/notification-emails.js';
import { REPLY_ABOVE_LINE } from './email/reply-text.js';

export interface UnreadMessage {
  author: string;
  sentAt: Date;
  body: string;
  files: string[];
}

export interface AwayLetterValues {
  /** Whom it is written to. */
  name: string;
  /** Who wrote: the business's name (to a customer) or the customer's (to staff). */
  from: string;
  /** What the thread is about (a job's title, an invoice number), when it is about something. */
  about: string | null;
  messages: UnreadMessage[];
  timeZone: string;
  link: string;
  /** Whether replying to the email reaches the thread. */
  canReply: boolean;
}

interface Words {
  subject: (from: string, count: number, about: string | null) => string;
  intro: (from: string, count: number, about: string | null) => string;
  files: (names: string) => string;
  open: string;
  reply: string;
  /** Messages older than those listed. */
  earlier: (count: number) => string;
}

const GREETING: Record<Language, (name: string) => string> = {
  en: (name) => `Hello ${name},`,
  fr: (name) => `Bonjour ${name},`,
  es: (name) => `Hola, ${name}:`,
};

const WORDS: Record<Language, Words> = {
  en: {
    subject: (from, n, about) => `${n === 1 ? 'New message' : `${n} new messages`} from ${from}${about ? ` about ${about}` : ''}`,
    intro: (from, n, about) => `${from} sent you ${n === 1 ? 'a message' : `${n} messages`}${about ? ` about ${about}` : ''} that you have not read yet:`,
    files: (names) => `Attached: ${names}`,
    open: 'Read and answer in your conversation:',
    reply: 'You can also reply to this email.',
    earlier: (n) => `(${n} earlier ${n === 1 ? 'message' : 'messages'} in the conversation)`,
  },
  fr: {
    subject: (from, n, about) => `${n === 1 ? 'Nouveau message' : `${n} nouveaux messages`} de ${from}${about ? ` : ${about}` : ''}`,
    intro: (from, n, about) => `${from} vous a écrit ${n === 1 ? 'un message' : `${n} messages`}${about ? ` (${about})` : ''} que vous n’avez pas encore lu${n === 1 ? '' : 's'} :`,
    files: (names) => `Pièces jointes : ${names}`,
    open: 'Lisez et répondez dans votre conversation :',
    reply: 'Vous pouvez aussi répondre à cet e-mail.',
    earlier: (n) => `(${n} message${n === 1 ? '' : 's'} plus ancien${n === 1 ? '' : 's'} dans la conversation)`,
  },
  es: {
    subject: (from, n, about) => `${n === 1 ? 'Nuevo mensaje' : `${n} mensajes nuevos`} de ${from}${about ? `: ${about}` : ''}`,
    intro: (from, n, about) => `${from} te envió ${n === 1 ? 'un mensaje' : `${n} mensajes`}${about ? ` (${about})` : ''} que aún no has leído:`,
    files: (names) => `Adjuntos: ${names}`,
    open: 'Lee y responde en tu conversación:',
    reply: 'También puedes responder a este correo.',
    earlier: (n) => `(${n === 1 ? 'un mensaje anterior' : `${n} mensajes anteriores`} en la conversación)`,
  },
};

const SETTINGS: Record<Language, string> = {
  en: 'You choose which notifications you get by email in your settings.',
  fr: 'Vous choisissez les notifications reçues par e-mail dans vos paramètres.',
  es: 'Eliges qué notificaciones recibes por correo en tu configuración.',
};

/** At most this many messages are written out; the link shows the rest. */
const LISTED = 20;

export function awayLetter(language: Language, v: AwayLetterValues): Letter {
  const w = WORDS[language];
  const at = new Intl.DateTimeFormat(INTL_LOCALE[language], { dateStyle: 'medium', timeStyle: 'short', timeZone: v.timeZone });
  const count = v.messages.length;
  const listed = v.messages.slice(-LISTED);
  const blocks = listed.map((m) => {
    const lines = [`— ${m.author}, ${at.format(m.sentAt)}`];
    if (m.body) lines.push(m.body);
    if (m.files.length) lines.push(w.files(m.files.join(', ')));
    return lines.join('\n');
  });
  if (count > listed.length) blocks.unshift(w.earlier(count - listed.length));
  // A reply by email is what is written above this first line (messaging/email/reply-text.ts).
  const replyAbove = v.canReply ? [REPLY_ABOVE_LINE[language]] : [];
  const text = [
    ...replyAbove,
    GREETING[language](v.name),
    w.intro(v.from, count, v.about),
    ...blocks,
    `${w.open}\n${v.link}`,
    ...(v.canReply ? [w.reply] : []),
    SETTINGS[language],
  ].join('\n\n');
  return { subject: w.subject(v.from, count, v.about), text: `${text}\n` };
}
