// The office runs a construction project: with the projects feature on, the owner creates one for a
// customer with the starter phases, adds a phase, reports a delay (the forecast moves) and uploads a
// photo that comes back as a thumbnail. Done at Pawsome, whose menu no other file counts (files run
// two at a time; admin-roles counts Northwind's), for Julien, whom no other file uses; the feature
// is switched off again afterwards.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { DESKTOP, MOBILE, useBrowser } from './browser.js';
import { dayFromToday } from './clock.js';
import { DEMO_PASSWORD, STAFF } from './demo.js';
import { adminUrl, queryFromPage, signInToAdmin } from './flows.js';
import { saveScreenshot } from './screenshots.js';

const browser = useBrowser();
const POLL = { timeout: 10_000 };
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const FEATURE = 'mutation($on: Boolean!) { updateTenantSettings(input: { features: { projects: $on } }) { features { projects } } }';

let owner: Page | null = null;
afterAll(async () => {
  if (owner) await queryFromPage(owner, 'admin', FEATURE, { on: false });
});

describe('admin: a construction project', () => {
  it('the owner turns projects on, creates one for Julien with starter phases, adds a phase, reports a delay and uploads a photo', async () => {
    const { tenant } = STAFF.claire;
    const page = await browser.page({ keepForFile: true, width: DESKTOP });
    owner = page;
    await signInToAdmin(page, tenant.slug, STAFF.claire.email, DEMO_PASSWORD);
    await queryFromPage(page, 'admin', FEATURE, { on: true });

    // The menu shows Projects once the feature is on.
    await page.goto(adminUrl('/'));
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Projects' }).click();
    await page.getByRole('heading', { level: 1, name: 'Projects' }).waitFor();
    await page.getByRole('link', { name: 'New project' }).click();
    await page.getByLabel('Find the customer the project is for').fill('Julien');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('link', { name: 'Julien Moreau' }).click();
    await page.getByRole('heading', { level: 1, name: 'New project for Julien Moreau' }).waitFor();

    const name = 'Grooming room extension';
    await page.getByLabel('Project name').fill(name);
    await page.getByLabel('Contract value (EUR)').fill('24500');
    await page.getByLabel('Start date').fill(dayFromToday(tenant.timeZone, 7));
    await page.getByLabel('Target end date').fill(dayFromToday(tenant.timeZone, 60));
    await page.getByLabel('Starter phases').selectOption('renovation');
    await page.getByRole('button', { name: 'Create project' }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor(POLL);
    await page.getByText(`Project “${name}” was created.`).waitFor();
    const phases = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Phases' }) });
    expect(await phases.getByRole('heading', { level: 3 }).allInnerTexts()).toEqual(['1. Demolition', '2. Rough-in', '3. Drywall', '4. Finishes', '5. Handover', 'Add a phase']);

    // A phase more, at the end; then moved up one place with its button.
    await phases.getByLabel('Phase name').last().fill('Punch list');
    await phases.getByRole('button', { name: 'Add a phase' }).click();
    await page.getByText('Phase “Punch list” was added.').waitFor(POLL);
    await phases.getByRole('button', { name: 'Move Punch list up' }).click();
    await page.getByText('“Punch list” is now phase 5.').waitFor(POLL);
    await phases.getByRole('heading', { level: 3, name: '5. Punch list' }).waitFor();

    // A delay: the form says the customer is told; the forecast end moves by its days.
    const delays = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Delays' }) });
    await delays.getByText('The customer is notified, and the forecast end date moves by these days.').waitFor();
    await delays.getByLabel('Cause').selectOption('permit');
    await delays.getByLabel('Days of delay').fill('4');
    await delays.getByLabel('Note for the customer').fill('The city inspection moved to next week.');
    await delays.getByRole('button', { name: 'Report a delay' }).click();
    await page.getByText(/The delay was reported and the customer notified\. Forecast end: /).waitFor(POLL);
    const delay = delays.getByTestId('delay');
    await delay.waitFor();
    expect(await delay.innerText()).toContain('Permit');
    expect(await delay.innerText()).toContain('4 days');
    await page.getByText('4 days late').waitFor();

    // A photo, chosen with the button, "before" the work: it comes back as a thumbnail with that stage.
    const photos = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Photos' }) });
    await photos.getByLabel('Stage of new photos').selectOption('before');
    await photos.getByLabel('Choose photos').setInputFiles({ name: 'basement.png', mimeType: 'image/png', buffer: PNG });
    await page.getByText('1 photo was added.').first().waitFor(POLL);
    const photo = photos.getByTestId('photo');
    await photo.waitFor(POLL);
    // It arrives as "during" and is then given the stage chosen (a second call): wait for that one.
    await expect.poll(() => photo.innerText(), POLL).toContain('Before');
    // The thumbnail loads (lazily: once scrolled to).
    await photo.scrollIntoViewIfNeeded();
    await expect.poll(() => photo.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), POLL).toBe(true);
    await saveScreenshot(page, 'admin-project');

    // On a phone the page still reads top to bottom, nothing wider than the screen.
    await page.setViewportSize({ width: MOBILE, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(MOBILE);
    await saveScreenshot(page, 'admin-project');
  }, 90_000);
});
