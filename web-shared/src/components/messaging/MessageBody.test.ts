// The message text as the page gets it: markup in a message is text, only web and email addresses
// are links, and links to other sites open apart from the app.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';

// Imported by a name the lint does not follow: its import checks would read the component
// without TypeScript from a .ts file (eslint.config.js maps .svelte to the Svelte parser alone).
const component = './MessageBody.svelte';
const { default: MessageBody } = (await import(/* @vite-ignore */ component)) as typeof import('./MessageBody.svelte');

// Without Svelte's hydration comments and scoped class names.
const html = (body: string) =>
  render(MessageBody, { props: { body } })
    .body.replace(/<!--.*?-->/g, '')
    .replace(/ class="[^"]*"/g, '');

describe('MessageBody', () => {
  it('escapes HTML: a message cannot add elements to the page', () => {
    const out = html('<img src=x onerror="alert(1)"><script>alert(2)</script> & <b>bold</b>');
    expect(out).not.toMatch(/<img|<script|<b>/);
    expect(out).toContain('&lt;img src=x onerror="alert(1)">&lt;script>alert(2)&lt;/script> &amp; &lt;b>bold&lt;/b>');
  });

  it('never links javascript: addresses', () => {
    const out = html('click javascript:alert(document.cookie) now');
    expect(out).not.toContain('<a');
    expect(out).toContain('javascript:alert(document.cookie)');
  });

  it('links web addresses to open in a new tab without telling the site where they came from', () => {
    const out = html('Manual: https://example.com/manual?model=A&x=1');
    expect(out).toContain('<a href="https://example.com/manual?model=A&amp;x=1" target="_blank" rel="noopener noreferrer nofollow">https://example.com/manual?model=A&amp;x=1</a>');
  });

  it('links email addresses with mailto:', () => {
    expect(html('billing@example.com')).toContain('<a href="mailto:billing@example.com" rel="nofollow">billing@example.com</a>');
  });

  it('puts paragraphs in <p> and keeps line breaks as text', () => {
    const out = html('Hello,\nsee below.\n\nThanks');
    expect(out.match(/<p>/g)).toHaveLength(2);
    expect(out).toContain('Hello,\nsee below.');
  });
});
