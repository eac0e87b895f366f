// Which emails to a reply address are a machine's (dropped) and which a person's (posted).
import { describe, expect, it } from 'vitest';
import { isAutomaticEmail, type EmailSummary } from './automatic-email.js';

const person: EmailSummary = { envelopeFrom: 'jane@example.com', headers: { 'content-type': 'text/plain; charset=utf-8' }, subject: 'Re: New message from Acme Heating' };

describe('automatic emails', () => {
  it('a person’s reply is not automatic, nor one marked Auto-Submitted: no', () => {
    expect(isAutomaticEmail(person)).toBe(false);
    expect(isAutomaticEmail({ ...person, headers: { 'auto-submitted': 'no' } })).toBe(false);
    expect(isAutomaticEmail({ ...person, subject: 'Re: Auto service on Tuesday' })).toBe(false);
    expect(isAutomaticEmail({ ...person, subject: 'Absolutely, Tuesday works' })).toBe(false);
    expect(isAutomaticEmail({ ...person, subject: 'Auto service on Tuesday' })).toBe(false);
  });

  it('bounces and delivery reports (null sender, multipart/report) are automatic', () => {
    expect(isAutomaticEmail({ ...person, envelopeFrom: '' })).toBe(true);
    expect(isAutomaticEmail({ ...person, headers: { 'content-type': 'multipart/report; report-type=delivery-status; boundary="x"' } })).toBe(true);
  });

  it('RFC 3834 auto-replies and the headers other responders use are automatic', () => {
    expect(isAutomaticEmail({ ...person, headers: { 'auto-submitted': 'auto-replied' } })).toBe(true);
    expect(isAutomaticEmail({ ...person, headers: { 'auto-submitted': 'auto-generated; owner-email="x@y"' } })).toBe(true);
    expect(isAutomaticEmail({ ...person, headers: { 'x-autoreply': 'yes' } })).toBe(true);
    expect(isAutomaticEmail({ ...person, headers: { precedence: 'bulk' } })).toBe(true);
    expect(isAutomaticEmail({ ...person, headers: { 'list-id': '<staff.example.com>' } })).toBe(true);
  });

  it('out-of-office subjects in English, French and Spanish are automatic', () => {
    for (const subject of [
      'Automatic reply: New message',
      'Out of Office: New message',
      'Réponse automatique : Nouveau message',
      'Respuesta automática: Nuevo mensaje',
      'Auto: New message',
    ]) {
      expect(isAutomaticEmail({ ...person, subject }), subject).toBe(true);
    }
  });
});
