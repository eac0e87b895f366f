// A customer who signs up on their own adds their service address (right after registering, or
// on the booking page) and reaches the booking's free times; staff see who added the address.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, MOBILE, useBrowser } from './browser.js';
import { DEMO_PASSWORD, STAFF, TENANTS } from './demo.js';
import { adminUrl, portalUrl, signInToAdmin, signInToPortal, waitForForm } from './flows.js';
import { saveScreenshot } from './screenshots.js';

const browser = useBrowser();
const slug = TENANTS.northwind.slug;
const portal = (path = '') => portalUrl(`/${slug}/portal${path}`);

async function register(page: Page, name: string): Promise<void> {
  await page.goto(portalUrl(`/${slug}/register`));
  await page.getByRole('heading', { level: 1, name: 'Create your account' }).waitFor();
  await waitForForm(page);
  await page.getByLabel('Full name').fill(name);
  await page.getByLabel('Email address').fill(`${name.toLowerCase().replace(/\W+/g, '.')}.${process.pid}.${Math.random().toString(36).slice(2, 8)}@example.com`);
  await page.getByLabel('Password').fill('a-good-password-42');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('heading', { level: 1, name: 'Where should we come?' }).waitFor();
}

async function fillAddress(page: Page, street: string): Promise<void> {
  await page.getByLabel('Street address').fill(street);
  await page.getByLabel('Postal code').fill('60201');
  await page.getByLabel('City').fill('Evanston');
  await page.getByLabel('State, province or region (optional)').fill('IL');
}

/** Picks the first service and waits for the week's free times to be listed. */
async function reachFreeTimes(page: Page): Promise<void> {
  await page.locator('input[name="service"]').first().check();
  await page.getByRole('button', { name: 'Next week' }).click();
  await page.getByRole('button', { name: 'Previous week', disabled: false }).waitFor();
  await page.locator('.times input[type="radio"]').first().waitFor();
}

describe('portal: a new customer adds their own service address', () => {
  it('adds it right after registering, with the API’s complaint next to a missing field, and books with it', async () => {
    const page = await browser.page({ width: MOBILE });
    await register(page, 'Jordan Selfserve');
    // The label starts as "Home" and the country as the business's (United States).
    expect(await page.getByLabel('Name for this address').inputValue()).toBe('Home');
    expect(await page.getByLabel('Country').inputValue()).toBe('US');
    await page.getByLabel('Street address').fill('1200 Chicago Avenue');
    await page.getByLabel('City').fill('Evanston');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    // The postal code is missing: the API says so next to the field, which gets the focus.
    const postalCode = page.getByLabel('Postal code');
    await page.locator('#register-site-postalCode-error').waitFor();
    expect(await postalCode.getAttribute('aria-invalid')).toBe('true');
    expect(await postalCode.evaluate((el) => el === document.activeElement)).toBe(true);
    await saveScreenshot(page, 'portal-register-address');
    await postalCode.fill('60201');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welcome, Jordan Selfserve' }).waitFor();

    await page.goto(portal('/book'));
    await page.getByRole('heading', { level: 1, name: /Book an appointment|Request an appointment/ }).waitFor();
    const address = page.getByLabel('Address', { exact: true });
    expect(await address.locator('option:checked').innerText()).toBe('Home — 1200 Chicago Avenue, Evanston 60201');
    await reachFreeTimes(page);
    await saveScreenshot(page, 'portal-book-own-address');
  }, 60_000);

  it('skips the step, adds the address on the booking page instead of a dead end, then manages it in settings', async () => {
    const page = await browser.page({ width: DESKTOP });
    await register(page, 'Casey Laterstep');
    await saveScreenshot(page, 'portal-register-address');
    await page.getByRole('link', { name: 'Skip for now' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welcome, Casey Laterstep' }).waitFor();

    await page.goto(portal('/book'));
    await page.getByRole('heading', { name: 'New service address' }).waitFor();
    expect(await page.getByText('Please contact us to add one').count()).toBe(0);
    await waitForForm(page);
    await page.getByLabel('Name for this address').fill('Studio');
    await fillAddress(page, '900 Sherman Avenue');
    await saveScreenshot(page, 'portal-book-add-address');
    await page.getByRole('button', { name: 'Add address' }).click();
    // The booking form appears with the new address chosen, without reloading the page.
    const address = page.getByLabel('Address', { exact: true });
    await address.waitFor();
    expect(await address.locator('option:checked').innerText()).toBe('Studio — 900 Sherman Avenue, Evanston, IL 60201');
    await reachFreeTimes(page);

    for (const width of [MOBILE, DESKTOP]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(portal('/settings'));
      const sites = page.getByRole('region', { name: 'Service addresses' });
      // Written as the US writes it (city, state ZIP), without the country: the business is in the US too.
      await sites.getByText('900 Sherman Avenue, Evanston, IL 60201').waitFor();
      await saveScreenshot(page, 'portal-settings-addresses');
    }
    const sites = page.getByRole('region', { name: 'Service addresses' });
    await sites.getByRole('button', { name: 'Edit Studio' }).click();
    await sites.getByLabel('Apartment, suite, building (optional)').fill('Floor 2');
    await sites.getByRole('button', { name: 'Save' }).click();
    await sites.getByText('900 Sherman Avenue, Floor 2, Evanston, IL 60201').waitFor();
    await sites.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

    // The office sees that the customer added it.
    const admin = await browser.page({ width: DESKTOP });
    await signInToAdmin(admin, STAFF.dana.tenant.slug, STAFF.dana.email, DEMO_PASSWORD);
    await admin.goto(adminUrl(`/customers?q=${encodeURIComponent('Casey Laterstep')}`));
    await admin.getByRole('link', { name: 'Casey Laterstep', exact: true }).click();
    await admin.getByRole('heading', { level: 1, name: 'Casey Laterstep' }).waitFor();
    const added = admin.getByTestId('site-added-by');
    await added.waitFor();
    expect(await added.innerText()).toMatch(/^Added by the customer on /);
    await admin.getByTestId('site-added-by').scrollIntoViewIfNeeded();
    await saveScreenshot(admin, 'admin-customer-address-added-by');

    // The business's switches: addresses on (the default), equipment off (Northwind's choice).
    await admin.goto(adminUrl('/settings'));
    const sitesSwitch = admin.getByLabel('Customers may add their own service addresses');
    await sitesSwitch.waitFor();
    expect(await sitesSwitch.isChecked()).toBe(true);
    expect(await admin.getByLabel('Customers may add their own equipment or animals').isChecked()).toBe(false);
    await sitesSwitch.scrollIntoViewIfNeeded();
    await saveScreenshot(admin, 'admin-settings-self-service');
  }, 90_000);
});

describe('portal: a customer adds their own animal where the business allows it', () => {
  it('adds a pet at one of their addresses, sees it marked as theirs, changes it, and removes it', async () => {
    // Pawsome lets customers add their own animals (the seed turns customersMayAddAssets on).
    const page = await browser.page({ width: MOBILE });
    const pawsome = TENANTS.pawsome.slug;
    await signInToPortal(page, pawsome, 'alex.morgan@example.com', DEMO_PASSWORD);
    await page.goto(portalUrl(`/${pawsome}/portal/assets`));
    await page.locator('p.add button').click();
    const add = page.locator('section.add');
    await waitForForm(page);
    const name = `Pixel ${process.pid}`;
    await page.locator('#my-asset-name').fill(name);
    await page.locator('#my-asset-model').fill('Shih Tzu');
    await page.locator('#my-asset-installedOn').fill('2024-04-02');
    await page.locator('#my-asset-siteId').selectOption({ label: 'Home' });
    await saveScreenshot(page, 'portal-add-animal');
    await add.locator('button[type="submit"]').click();
    const card = page.locator('section.card', { has: page.getByRole('heading', { name, exact: true }) });
    await card.waitFor();
    // An animal reads as one: its breed line (the catalogue's kind and the breed given), no serial number.
    const details = await card.locator('dd').allInnerTexts();
    expect(details.some((text) => text.includes('Shih Tzu'))).toBe(true);
    expect(await card.locator('dt').allInnerTexts()).not.toContain('Serial number');
    for (const width of [MOBILE, DESKTOP]) {
      await page.setViewportSize({ width, height: 900 });
      await card.scrollIntoViewIfNeeded();
      await saveScreenshot(page, 'portal-own-animal');
    }
    // Edit opens the same form, filled; the change shows on the card.
    await card.getByRole('button', { name: new RegExp(`^Edit ${name}$`) }).click();
    const editForm = card.locator('form.my-asset-form');
    await expect.poll(() => editForm.locator('input[id$="-model"]').inputValue()).toBe('Shih Tzu');
    await editForm.locator('input[id$="-model"]').fill('Shih Tzu, cream');
    await editForm.locator('textarea[id$="-notes"]').fill('Shy with dryers.');
    await editForm.locator('button[type="submit"]').click();
    await editForm.waitFor({ state: 'detached' });
    await expect.poll(async () => (await card.locator('dd').allInnerTexts()).join(' | ')).toMatch(/Shih Tzu, cream.*Shy with dryers\./);
    // Remove asks once, then the card goes.
    await card.locator('.remove button').click();
    await card.locator('.remove button').first().click();
    await card.waitFor({ state: 'detached' });
  }, 60_000);
});
