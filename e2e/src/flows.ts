// What a person does on the sign-in pages, as steps tests share.
import type { Locator, Page } from 'playwright-core';
import { expect, inject } from 'vitest';

export const portalUrl = (path = '/'): string => new URL(path, inject('portalUrl')).href;
export const adminUrl = (path = '/'): string => new URL(path, inject('adminUrl')).href;

/** What an endpoint answers, asked from a signed-in page (same origin, its cookie); any error fails the test. */
export async function queryFromPage<T>(page: Page, endpoint: 'portal' | 'admin', query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const body = await page.evaluate(
    async ({ path, query, variables }) => {
      const res = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
      return (await res.json()) as { data?: unknown; errors?: unknown[] };
    },
    { path: `/graphql/${endpoint}`, query, variables },
  );
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

/** The sign-in forms stay disabled until hydrated (they only work with JavaScript). */
export async function waitForForm(page: Page): Promise<void> {
  await page.locator('form button[type="submit"]:not([disabled])').waitFor();
}

/** Opens the tenant's portal sign-in page and submits the form (does not wait for the outcome). */
export async function submitPortalLogin(page: Page, tenantSlug: string, email: string, password: string): Promise<void> {
  await page.goto(portalUrl(`/${tenantSlug}/login`));
  await waitForForm(page);
  await page.getByLabel('Email address', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export async function signInToPortal(page: Page, tenantSlug: string, email: string, password: string): Promise<void> {
  await submitPortalLogin(page, tenantSlug, email, password);
  await expectSignedIn(page, portalUrl(`/${tenantSlug}/portal`));
}

export async function submitAdminLogin(page: Page, tenantSlug: string, email: string, password: string): Promise<void> {
  await page.goto(adminUrl('/login'));
  await waitForForm(page);
  await page.getByLabel('Company account', { exact: true }).fill(tenantSlug);
  await page.getByLabel('Email address', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export async function signInToAdmin(page: Page, tenantSlug: string, email: string, password: string): Promise<void> {
  await submitAdminLogin(page, tenantSlug, email, password);
  await expectSignedIn(page, adminUrl('/'));
}

/** A technician signs in and lands on their day (/my-day), not the dashboard. */
export async function signInToAdminAsTechnician(page: Page, tenantSlug: string, email: string, password: string): Promise<void> {
  await submitAdminLogin(page, tenantSlug, email, password);
  await expectSignedIn(page, adminUrl('/my-day'), /^(My day|Ma journée)$/);
}

/** Waits for the welcome page (or `heading`); fails at once with the form's message if sign-in was refused. */
async function expectSignedIn(page: Page, homeUrl: string, heading = /^(Welcome|Bienvenue|Hola), /): Promise<void> {
  // The portal speaks a customer's own language (French for some demo customers).
  const welcome = page.getByRole('heading', { level: 1, name: heading });
  const refused = page.getByRole('alert');
  await welcome.or(refused).first().waitFor();
  if (await refused.isVisible()) throw new Error(`Sign-in was refused: ${(await refused.innerText()).trim()}`);
  await page.waitForURL(homeUrl);
}

/** How many rows the admin's main menu takes: its entries' distinct tops. */
export async function adminMenuRows(nav: Locator): Promise<number> {
  const tops = await nav
    .getByRole('list')
    .first()
    .locator(':scope > li')
    .evaluateAll((items) => items.map((li) => Math.round(li.getBoundingClientRect().top)));
  return new Set(tops).size;
}
