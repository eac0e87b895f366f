// The office keeps a customer's records straight: edit and delete a service address and a piece
// of equipment, where the API refuses deleting what jobs still refer to and nothing changes.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, useBrowser } from './browser.js';
import { DEMO_PASSWORD, STAFF } from './demo.js';
import { adminUrl, signInToAdmin } from './flows.js';
import { saveScreenshot } from './screenshots.js';

const browser = useBrowser();
// The page reloads its data after a change: give a busy machine time.
const POLL = { timeout: 10_000 };

// One sign-in for the whole file (the API limits password sign-ins per address).
let dana: Promise<Page> | null = null;
function asDana(): Promise<Page> {
  dana ??= (async () => {
    const page = await browser.page({ keepForFile: true, width: DESKTOP });
    await signInToAdmin(page, STAFF.dana.tenant.slug, STAFF.dana.email, DEMO_PASSWORD);
    return page;
  })();
  return dana;
}

async function openCustomer(page: Page, name: string): Promise<void> {
  await page.goto(adminUrl(`/customers?q=${encodeURIComponent(name)}`));
  await page.getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

describe('admin: a customer’s addresses and equipment', () => {
  it('adds an address to Greta, edits it (a bad country is refused next to the field), is refused deleting her home that a job uses, and deletes the new one', async () => {
    const page = await asDana();
    await openCustomer(page, 'Greta Olsen');
    const sites = page.locator('section', { has: page.getByRole('heading', { name: 'Sites' }) });

    await sites.locator('summary', { hasText: 'Add a service address' }).click();
    await sites.getByLabel('Name of the place').fill('Lake cabin');
    await sites.getByLabel('Street address').fill('1 Shore Road');
    await sites.getByLabel('Postal code').fill('53140');
    await sites.getByLabel('City', { exact: true }).fill('Kenosha');
    await sites.getByRole('button', { name: 'Add a service address' }).click();
    await page.getByText('“Lake cabin” was added.').waitFor(POLL);
    const cabin = sites.getByTestId('site').filter({ hasText: 'Lake cabin' });
    await cabin.waitFor();

    await cabin.getByRole('button', { name: 'Edit Lake cabin' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit “Lake cabin”' });
    await dialog.getByLabel('Street address').fill('12 Shore Road');
    await dialog.getByLabel('Country').fill('XY');
    await dialog.getByRole('button', { name: 'Save' }).click();
    // The API's field error sits next to the country, and the address is unchanged.
    await dialog.getByText('Enter a two-letter country code, e.g. US or CA.').waitFor(POLL);
    expect(await dialog.getByLabel('Country').getAttribute('aria-invalid')).toBe('true');
    await saveScreenshot(page, 'admin-site-field-error');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.reload();
    await cabin.waitFor();
    expect(await cabin.innerText()).toContain('1 Shore Road');

    await cabin.getByRole('button', { name: 'Edit Lake cabin' }).click();
    await dialog.getByLabel('Street address').fill('12 Shore Road');
    await dialog.getByLabel('How the technician gets in (gate code, key, pets)').fill('Key under the blue pot.');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByText('“Lake cabin” was saved.').waitFor(POLL);
    await expect.poll(() => cabin.innerText(), POLL).toContain('12 Shore Road, Kenosha 53140');
    expect(await cabin.innerText()).toContain('Key under the blue pot.');

    // Her home has a job: deleting it is refused with the API's reason.
    await sites.getByRole('button', { name: 'Edit Home' }).click();
    const home = page.getByRole('dialog', { name: 'Edit “Home”' });
    await home.getByRole('button', { name: 'Delete this address' }).click();
    await home.getByRole('button', { name: 'Delete', exact: true }).click();
    await home.getByRole('alert').waitFor(POLL);
    expect(await home.getByRole('alert').innerText()).toContain('This address cannot be deleted; nothing was changed.');
    // Her drain job and today's camera inspection (prisma/seed/northwind.ts).
    expect(await home.getByRole('alert').innerText()).toContain('This address has 2 jobs, so it cannot be deleted.');
    await home.getByRole('button', { name: 'Close' }).click();

    await cabin.getByRole('button', { name: 'Edit Lake cabin' }).click();
    await dialog.getByRole('button', { name: 'Delete this address' }).click();
    await dialog.getByText('Delete “Lake cabin”? This cannot be undone.').waitFor();
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByText('“Lake cabin” was deleted.').waitFor(POLL);
    await expect.poll(() => cabin.count(), POLL).toBe(0);
  });

  it("refuses deleting Tom's air conditioner, which a job refers to, with the API's reason", async () => {
    const page = await asDana();
    await openCustomer(page, 'Tom Becker');
    await page.getByRole('button', { name: 'Edit Air conditioner' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit “Air conditioner”' });
    await dialog.getByRole('button', { name: 'Delete this item' }).click();
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    const alert = dialog.getByRole('alert');
    await alert.waitFor(POLL);
    expect(await alert.innerText()).toContain('This item cannot be deleted; nothing was changed.');
    expect(await alert.innerText()).toContain('Jobs or service requests refer to this asset, so it cannot be deleted.');
    await saveScreenshot(page, 'admin-asset-delete-refused');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.reload();
    await page.getByRole('button', { name: 'Edit Air conditioner' }).waitFor();
  });

  it('adds a water softener to Greta, edits its model and the notes the customer reads, and deletes it', async () => {
    const page = await asDana();
    await openCustomer(page, 'Greta Olsen');
    const assets = page.locator('section', { has: page.getByRole('heading', { name: 'Equipment and animals' }) });
    await assets.locator('summary', { hasText: 'Add equipment or an animal' }).click();
    await assets.getByLabel('Name', { exact: true }).fill('Softener');
    const types = await assets.getByLabel('Type').locator('option').allInnerTexts();
    await assets.getByLabel('Type').selectOption({ label: types[1] ?? '' });
    await assets.getByLabel('Model or breed').fill('Culligan HE');
    await assets.getByRole('button', { name: 'Add equipment or an animal' }).click();
    await page.getByText('“Softener” was added.').waitFor(POLL);
    const row = assets.getByRole('row').filter({ hasText: 'Softener' });
    await expect.poll(() => row.innerText(), POLL).toContain('Culligan HE');

    await row.getByRole('button', { name: 'Edit Softener' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit “Softener”' });
    await dialog.getByLabel('Model or breed').fill('Culligan HE 1.5');
    await dialog.getByLabel('Site').selectOption({ label: 'Home' });
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByText('“Softener” was saved.').waitFor(POLL);
    await expect.poll(() => row.innerText(), POLL).toContain('Culligan HE 1.5');
    expect(await row.innerText()).toContain('Home');

    // Notes are for the customer (the portal shows them): the form keeps what was saved.
    await row.getByRole('button', { name: 'Edit Softener' }).click();
    await dialog.getByLabel('Notes').fill('Salt: 40 lb bags, refill monthly.');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.reload();
    await row.getByRole('button', { name: 'Edit Softener' }).click();
    expect(await dialog.getByLabel('Notes').inputValue()).toBe('Salt: 40 lb bags, refill monthly.');

    // The same dialog deletes it.
    await dialog.getByRole('button', { name: 'Delete this item' }).click();
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByText('“Softener” was deleted.').waitFor(POLL);
    await expect.poll(() => row.count(), POLL).toBe(0);
  });
});

describe('admin: the equipment and animal type catalogue', () => {
  it('adds a type with English and French names (a bad code is refused next to the field), then renames it', async () => {
    const page = await asDana();
    await page.goto(adminUrl('/settings'));
    const section = page.locator('section', { has: page.getByRole('heading', { name: 'Equipment and animal types' }) });
    await section.getByRole('button', { name: 'New type' }).click();
    const dialog = page.getByRole('dialog', { name: 'New type' });
    await dialog.getByLabel('Code').fill('Water softener!');
    await dialog.getByLabel('English').fill('Water softener');
    await dialog.getByLabel('French').fill('Adoucisseur');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText('Use lowercase letters, digits and _ (starting with a letter), at most 40 characters.').waitFor(POLL);
    expect(await dialog.getByLabel('Code').getAttribute('aria-invalid')).toBe('true');

    await dialog.getByLabel('Code').fill('water_softener');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByText('“Water softener” was saved.').waitFor(POLL);
    const row = section.getByRole('row').filter({ hasText: 'water_softener' });
    await expect.poll(() => row.innerText(), POLL).toContain('Adoucisseur');
    expect(await row.innerText()).toContain('Equipment');
    await saveScreenshot(page, 'admin-asset-types');
    // On a tablet the wide table scrolls inside its card; the page itself does not scroll sideways.
    await page.setViewportSize({ width: 768, height: 1024 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(768);
    await page.setViewportSize({ width: DESKTOP, height: 800 });

    await row.getByRole('button', { name: 'Edit Water softener' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit “Water softener”' });
    await edit.getByLabel('French').fill('Adoucisseur d’eau');
    await edit.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => row.innerText(), POLL).toContain('Adoucisseur d’eau');
  });
});

describe('admin: the dispatch board filtered by technician', () => {
  it('hides a technician with the keyboard, keeps the filter in the URL across a reload and the week buttons, then shows everyone', async () => {
    const page = await asDana();
    await page.goto(adminUrl('/dispatch'));
    const lane = (name: string) => page.locator(`tr[data-lane="${name}"]`);
    await lane('Ana Kowalski').waitFor();
    await lane('Luis Ortega').waitFor();

    const summary = page.locator('summary', { hasText: 'Technicians: all' });
    await summary.focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('Ana Kowalski').focus();
    await page.keyboard.press('Space');
    await expect.poll(() => lane('Ana Kowalski').count(), POLL).toBe(0);
    expect(await lane('Luis Ortega').count()).toBe(1);
    expect(new URL(page.url()).searchParams.getAll('technician').length).toBeGreaterThan(0);
    await page.locator('summary', { hasText: /Technicians: \d+ of \d+/ }).waitFor();
    await saveScreenshot(page, 'admin-dispatch-filtered');

    await page.reload();
    await lane('Luis Ortega').waitFor();
    expect(await lane('Ana Kowalski').count()).toBe(0);
    await page.getByRole('link', { name: 'Next week →' }).click();
    await page.waitForURL(/week=/);
    expect(new URL(page.url()).searchParams.getAll('technician').length).toBeGreaterThan(0);
    await lane('Luis Ortega').waitFor();
    expect(await lane('Ana Kowalski').count()).toBe(0);

    await page.locator('summary', { hasText: /Technicians: \d+ of \d+/ }).click();
    await page.getByRole('button', { name: 'Show everyone' }).click();
    await lane('Ana Kowalski').waitFor(POLL);
    expect(new URL(page.url()).searchParams.has('technician')).toBe(false);
  });
});
