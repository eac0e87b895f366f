// A message's plain text as paragraphs of text and links. Messages are never HTML: the components
// render these pieces as text nodes and <a> elements, so markup in a message shows as typed.
// Only http(s) addresses (also "www." ones) and email addresses (bare or mailto:) become links;
// anything else (javascript:, data:, file:) stays text.

export type BodyPiece = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string; external: boolean };

// A candidate starts at a word boundary: a web address, a mailto: address or a bare email address.
const CANDIDATE = /\b(?:https?:\/\/|mailto:|www\.)[^\s<>"'`]+|[\w.+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+/gi;
const EMAIL = /^[\w.+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i;
const TRAILING = /[.,;:!?'"*_~]$/;
const CLOSERS: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

/** The paragraphs of a message: blank lines separate them; single line breaks stay inside. */
export function paragraphsOf(body: string): string[] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((p) => p.replace(/^\n+|\n+$/g, ''))
    .filter((p) => p.trim() !== '');
}

/** Punctuation that ends a sentence, not the address ("see https://x.example/a." → without the dot). */
function trimEnd(candidate: string): string {
  let text = candidate;
  for (;;) {
    const last = text.at(-1) ?? '';
    const opener = CLOSERS[last];
    if (TRAILING.test(last)) text = text.slice(0, -1);
    // A closing bracket stays only when the address opened one: https://en.wikipedia.org/wiki/Foo_(bar)
    else if (opener && text.split(opener).length <= text.split(last).length - 1) text = text.slice(0, -1);
    else return text;
  }
}

/** The link for `text`, or null when it is not an address we link. */
function hrefOf(text: string): { href: string; external: boolean } | null {
  const lower = text.toLowerCase();
  if (lower.startsWith('mailto:')) {
    const address = text.slice('mailto:'.length);
    return EMAIL.test(address) ? { href: `mailto:${address}`, external: false } : null;
  }
  if (EMAIL.test(text)) return { href: `mailto:${text}`, external: false };
  let url: URL;
  try {
    url = new URL(lower.startsWith('www.') ? `https://${text}` : text);
  } catch {
    return null;
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !url.hostname.includes('.')) return null;
  return { href: url.href, external: true };
}

/** The pieces of one paragraph: text, and links for the addresses in it. */
export function linkify(text: string): BodyPiece[] {
  const pieces: BodyPiece[] = [];
  const addText = (value: string) => {
    if (!value) return;
    const last = pieces.at(-1);
    if (last?.kind === 'text') last.text += value;
    else pieces.push({ kind: 'text', text: value });
  };
  let at = 0;
  for (const match of text.matchAll(CANDIDATE)) {
    const start = match.index;
    const candidate = trimEnd(match[0]);
    const link = candidate ? hrefOf(candidate) : null;
    if (!link) continue;
    addText(text.slice(at, start));
    pieces.push({ kind: 'link', text: candidate, ...link });
    at = start + candidate.length;
  }
  addText(text.slice(at));
  return pieces;
}
