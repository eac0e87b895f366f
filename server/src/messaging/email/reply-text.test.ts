// What part of an emailed reply is the reply: realistic bodies from the common clients, in milliseconds.
import { describe, expect, it } from 'vitest';
import { REPLY_ABOVE_LINE, replyText } from './reply-text.js';

const OURS = `${REPLY_ABOVE_LINE.en}

Acme Heating wrote to you about "Furnace tune-up":

Could you send us a photo of the unit's label?

Open the conversation: https://portal.example.com/acme/messages/1
-- 
Acme Heating
Phone: +1 555 0100`;

const quoted = (text: string) =>
  text
    .split('\n')
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n');

describe('the reply in an email', () => {
  it('Gmail (plain text): the reply above "On … wrote:" wrapped over two lines', () => {
    const body = `Sure, here it is. The label says model 80G.

Thanks,
Jane

On Tue, Dec 1, 2026 at 10:04 AM Acme Heating <
reply+7xq3m2k4abcdefghijklmnopqrstuvwxyz234567ab@reply.example.com> wrote:

${quoted(OURS)}
`;
    expect(replyText(body)).toBe('Sure, here it is. The label says model 80G.\n\nThanks,\nJane');
  });

  it('Gmail (HTML only, as mailparser turns it into text): the blockquote and its header go', () => {
    const body =
      'Thanks, Tuesday works.\n\nJane\n\nOn Tue, Dec 1, 2026 at 10:04 AM Acme Heating <reply+abc@reply.test\n[reply+abc@reply.test]> wrote:\n\n\n> ##- Please type your reply above this line -##\n> You have a new message.';
    expect(replyText(body)).toBe('Thanks, Tuesday works.\n\nJane');
  });

  it('Apple Mail on an iPhone: the header, the quote and "Sent from my iPhone" go', () => {
    const body = `Tuesday at 9 is fine.

Sent from my iPhone

> On Dec 1, 2026, at 10:04, Acme Heating <reply+abc@reply.example.com> wrote:
> 
> ${REPLY_ABOVE_LINE.en}
> Could you come on Tuesday?
`;
    expect(replyText(body)).toBe('Tuesday at 9 is fine.');
  });

  it('Apple Mail on a Mac: the header on its own line above the quote', () => {
    const body = `No problem, see you then.
Bob

On 1 Dec 2026, at 10:04, Acme Heating <reply+abc@reply.example.com> wrote:

${quoted(OURS)}`;
    expect(replyText(body)).toBe('No problem, see you then.\nBob');
  });

  it('Outlook (desktop): the From/Sent/To/Subject block and everything under it go', () => {
    const body = `Hello,

The gate code is 4512.

Regards,
Mark Jones
Facilities, Example Corp

From: Acme Heating <no-reply@portico.example>
Sent: Tuesday, December 1, 2026 10:04 AM
To: Mark Jones <mark@example.com>
Subject: New message about your request

${OURS}`;
    expect(replyText(body)).toBe('Hello,\n\nThe gate code is 4512.\n\nRegards,\nMark Jones\nFacilities, Example Corp');
  });

  it('Outlook on the web: the rule line above the header block goes too', () => {
    const body = `Done, thank you.

Get Outlook for Android
________________________________
From: Acme Heating <no-reply@portico.example>
Sent: Tuesday, December 1, 2026 10:04:00 AM
To: mark@example.com <mark@example.com>
Subject: New message

${OURS}`;
    expect(replyText(body)).toBe('Done, thank you.');
  });

  it('"-----Original Message-----" (older Outlook, Android clients)', () => {
    expect(replyText(`See you Tuesday.\n\n-----Original Message-----\nFrom: Acme\n${OURS}`)).toBe('See you Tuesday.');
    expect(replyText(`Ok\n\n-------- Original message --------\nFrom: Acme <a@b.c>\nDate: 12/1/26 10:04\n${OURS}`)).toBe('Ok');
  });

  it('French: "Le … a écrit :" (with its no-break space), "De : … Envoyé :" and "Envoyé de mon iPhone"', () => {
    expect(
      replyText(
        `Bonjour,\n\nMardi me convient.\n\nCordialement,\nMarie\n\nLe mar. 1 déc. 2026 à 10:04, Acme Chauffage <reply+abc@reply.example.com> a\u00a0écrit\u202f:\n\n${quoted(REPLY_ABOVE_LINE.fr)}\n> Pouvez-vous venir mardi ?`,
      ),
    ).toBe('Bonjour,\n\nMardi me convient.\n\nCordialement,\nMarie');
    expect(
      replyText(
        `C'est noté, merci.\n\nDe : Acme Chauffage <no-reply@portico.example>\nEnvoyé : mardi 1 décembre 2026 10:04\nÀ : Marie <marie@example.fr>\nObjet : Nouveau message\n\n${REPLY_ABOVE_LINE.fr}`,
      ),
    ).toBe("C'est noté, merci.");
    expect(replyText(`D'accord pour 9 h.\n\nEnvoyé de mon iPhone\n\n> Le 1 déc. 2026 à 10:04, Acme <reply+abc@reply.example.com> a écrit :\n> \n> Bonjour`)).toBe(
      "D'accord pour 9 h.",
    );
    expect(replyText(`Merci\n\n-----Message d'origine-----\nDe : Acme`)).toBe('Merci');
  });

  it('Spanish: "El … escribió:" and "Enviado desde mi iPhone"', () => {
    expect(
      replyText(
        `Perfecto, gracias.\n\nEnviado desde mi iPhone\n\nEl mar, 1 dic 2026 a las 10:04, Acme Calefacción (<reply+abc@reply.example.com>) escribió:\n\n${quoted(REPLY_ABOVE_LINE.es)}`,
      ),
    ).toBe('Perfecto, gracias.');
  });

  it('the "-- " signature and everything under it go', () => {
    expect(replyText('Yes please.\n\n-- \nJane Doe\n+1 555 0199\nhttps://jane.example')).toBe('Yes please.');
    expect(replyText('Yes please.\n--\nJane Doe')).toBe('Yes please.');
  });

  it('our own marker cuts whatever a client did with the quote (here: no header, no ">")', () => {
    expect(replyText(`Thanks!\n\n${REPLY_ABOVE_LINE.es}\nAcme escribió...`)).toBe('Thanks!');
    expect(replyText(`Thanks!\n${REPLY_ABOVE_LINE.fr}`)).toBe('Thanks!');
  });

  it('a quote without a header, and lines answered between quoted ones, keep only what the person wrote', () => {
    expect(replyText('> Could you come on Tuesday?\n\nYes, Tuesday is fine.\n\n> And the gate code?\n\n4512')).toBe('Yes, Tuesday is fine.\n\n4512');
  });

  it('a reply that only quotes (bottom-posting below our marker) is empty', () => {
    expect(replyText(`On Tue, Dec 1, 2026 at 10:04 AM Acme <reply+abc@reply.example.com> wrote:\n${quoted(OURS)}\n\nThanks`)).toBe('');
    expect(replyText('\n\n  \nSent from my iPhone\n')).toBe('');
  });

  it('sentences that only look like headers stay', () => {
    const body = 'On Tuesday my husband wrote:\nthat the boiler was fixed.\nFrom: 9am\nDate: Friday\nLe technicien a écrit : rien.';
    expect(replyText(body)).toBe(body);
  });

  it('Windows line endings and trailing spaces are normalised', () => {
    expect(replyText('Line one   \r\nLine two\r\n\r\n\r\n\r\nLine three\r\n')).toBe('Line one\nLine two\n\nLine three');
  });
});
