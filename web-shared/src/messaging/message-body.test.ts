import { describe, expect, it } from 'vitest';
import { linkify, paragraphsOf, type BodyPiece } from './message-body';

const links = (pieces: BodyPiece[]) => pieces.filter((p) => p.kind === 'link');
const text = (pieces: BodyPiece[]) => pieces.map((p) => p.text).join('');

describe('a message body', () => {
  it('keeps markup as text: nothing in a message becomes an element', () => {
    const body = '<img src=x onerror=alert(1)> <b>bold</b> &amp; <script>alert(1)</script>';
    const pieces = linkify(body);
    expect(pieces).toEqual([{ kind: 'text', text: body }]);
  });

  it('does not link javascript:, data: or file: addresses', () => {
    for (const body of ['javascript:alert(1)', 'JavaScript:alert(document.cookie)', 'data:text/html;base64,PHNjcmlwdD4=', 'file:///etc/passwd', 'vbscript:msgbox(1)']) {
      expect(links(linkify(body)), body).toEqual([]);
      expect(text(linkify(body))).toBe(body);
    }
  });

  it('links http and https addresses, opening outside the app', () => {
    expect(linkify('See https://example.com/manual.pdf for details')).toEqual([
      { kind: 'text', text: 'See ' },
      { kind: 'link', text: 'https://example.com/manual.pdf', href: 'https://example.com/manual.pdf', external: true },
      { kind: 'text', text: ' for details' },
    ]);
    expect(links(linkify('http://example.org/a?b=1&c=2#d'))).toEqual([
      { kind: 'link', text: 'http://example.org/a?b=1&c=2#d', href: 'http://example.org/a?b=1&c=2#d', external: true },
    ]);
  });

  it('links www. addresses with https', () => {
    expect(links(linkify('go to www.example.com today'))).toEqual([{ kind: 'link', text: 'www.example.com', href: 'https://www.example.com/', external: true }]);
  });

  it('links email addresses, bare or mailto:', () => {
    expect(links(linkify('write to help@example.com.'))).toEqual([{ kind: 'link', text: 'help@example.com', href: 'mailto:help@example.com', external: false }]);
    expect(links(linkify('mailto:billing@example.co.uk'))).toEqual([{ kind: 'link', text: 'mailto:billing@example.co.uk', href: 'mailto:billing@example.co.uk', external: false }]);
  });

  it('leaves the punctuation that ends a sentence outside the link', () => {
    expect(links(linkify('Is it https://example.com/a?')).map((l) => l.text)).toEqual(['https://example.com/a']);
    expect(links(linkify('(see https://example.com/a).')).map((l) => l.text)).toEqual(['https://example.com/a']);
    expect(links(linkify('https://en.wikipedia.org/wiki/Heat_pump_(device), then')).map((l) => l.text)).toEqual(['https://en.wikipedia.org/wiki/Heat_pump_(device)']);
  });

  it('a javascript: address that contains a web address links only the web address', () => {
    const pieces = linkify('javascript:alert(1)//https://example.com');
    expect(pieces.flatMap((p) => (p.kind === 'link' ? [p.href] : []))).toEqual(['https://example.com/']);
    expect(pieces[0]).toEqual({ kind: 'text', text: 'javascript:alert(1)//' });
  });

  it('does not link a quote or an angle bracket into an address', () => {
    const pieces = linkify('"https://example.com/a"><script>');
    expect(links(pieces).map((l) => l.text)).toEqual(['https://example.com/a']);
    expect(text(pieces)).toBe('"https://example.com/a"><script>');
  });

  it('splits paragraphs on blank lines and keeps single line breaks', () => {
    expect(paragraphsOf('Hello,\r\nthe heater is noisy.\n\n\nThanks\n')).toEqual(['Hello,\nthe heater is noisy.', 'Thanks']);
    expect(paragraphsOf('   \n\n  ')).toEqual([]);
  });
});
