// The GraphQL playground with no network but the API: GraphiQL comes from the API's own files,
// runs a query, and signs in with a token in Headers or with the session cookie of this site.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { DESKTOP, MOBILE, useBrowser } from './browser.js';
import { CUSTOMERS, DEMO_PASSWORD, STAFF } from './demo.js';
import { signInToPortal } from './flows.js';
import { saveScreenshot } from './screenshots.js';

const browser = useBrowser();

const apiUrl = (path: string): string => new URL(path, inject('apiUrl')).href;

interface Watch {
  /** Requests to anywhere but the given origins: refused as if offline, and listed here. */
  elsewhere: string[];
  /** Console errors and refused CSP directives. */
  errors: string[];
}

/** The page may reach only these origins (the API's by default); everything else fails as offline. */
async function closeNetwork(page: Page, origins: string[] = [new URL(apiUrl('/')).origin]): Promise<Watch> {
  const watch: Watch = { elsewhere: [], errors: [] };
  await page.context().route('**/*', (route) => {
    const url = route.request().url();
    if (origins.includes(new URL(url).origin)) return route.continue();
    watch.elsewhere.push(url);
    return route.abort('internetdisconnected');
  });
  page.on('console', (message) => {
    if (message.type() === 'error') watch.errors.push(message.text());
  });
  page.on('pageerror', (error) => watch.errors.push(error.message));
  return watch;
}

/** Replaces the query editor's text and runs it; the response editor's text once it shows `expected`. */
async function run(page: Page, query: string, expected: string): Promise<string> {
  const editor = page.locator('.graphiql-query-editor .CodeMirror');
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(query);
  await page.getByRole('button', { name: /^Execute query/ }).click();
  const response = page.locator('.graphiql-response .CodeMirror-code');
  await response.filter({ hasText: expected }).waitFor();
  return response.innerText();
}

async function setHeaders(page: Page, headers: Record<string, string>): Promise<void> {
  await page.getByRole('button', { name: 'Headers' }).click();
  const editor = page.locator('.graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror');
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(JSON.stringify(headers));
}

async function tokenFor(endpoint: 'portal' | 'admin', tenantSlug: string, email: string): Promise<string> {
  const inputType = endpoint === 'admin' ? 'StaffLoginInput' : 'LoginInput';
  const res = await fetch(apiUrl(`/graphql/${endpoint}`), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation($input: ${inputType}!) { login(input: $input) { token } }`,
      variables: { input: { tenantSlug, email, password: DEMO_PASSWORD } },
    }),
  });
  const body = (await res.json()) as { data?: { login: { token: string } }; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  const token = body.data?.login.token;
  if (!token) throw new Error(`no token for ${email}`);
  return token;
}

describe('GraphQL playground', () => {
  it('opens offline from the API alone and runs a query', async () => {
    for (const width of [DESKTOP, MOBILE]) {
      const page = await browser.page({ width });
      const watch = await closeNetwork(page);
      await page.goto(apiUrl('/graphql/portal'));
      // What a developer sees first: how to sign in, and a query to run.
      await page.getByText('put the token in Headers').waitFor();
      await saveScreenshot(page, 'playground-portal-start');
      const result = await run(page, '{ __typename }', '"Query"');
      expect(result).toContain('"__typename": "Query"');
      expect(watch.elsewhere).toEqual([]);
      expect(watch.errors).toEqual([]);
      await saveScreenshot(page, 'playground-portal');
    }
  });

  it('a member of staff signs in with a token in Headers', async () => {
    const { dana } = STAFF;
    const token = await tokenFor('admin', dana.tenant.slug, dana.email);
    const page = await browser.page({ width: DESKTOP });
    const watch = await closeNetwork(page);
    await page.goto(apiUrl('/graphql/admin'));
    await setHeaders(page, { Authorization: `Bearer ${token}` });
    const result = await run(page, '{ me { name role } }', dana.name);
    expect(result).toContain('"role": "owner"');
    expect(watch.elsewhere).toEqual([]);
    expect(watch.errors).toEqual([]);
    await saveScreenshot(page, 'playground-admin-token');
  });

  it("a customer signed in to the portal on this machine is signed in to the playground (the site's cookie)", async () => {
    const { alex } = CUSTOMERS;
    const page = await browser.page({ width: DESKTOP });
    // The portal and the API share the host (cookies do not depend on the port), as with `npm start`.
    await signInToPortal(page, alex.tenant.slug, alex.email, DEMO_PASSWORD);
    const watch = await closeNetwork(page);
    await page.goto(apiUrl('/graphql/portal'));
    const result = await run(page, '{ me { name email } }', alex.email);
    expect(result).toContain(alex.name);
    expect(watch.elsewhere).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
});
