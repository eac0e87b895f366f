// An animal's page in the grooming salon (breed once, age, notes, visits; products, never "parts"
// or a serial number) and a furnace's page in the HVAC company, each with its service history and
// a filter. Demo data: prisma/seed/pawsome.ts (Camille's Noisette, Alex's Biscuit) and
// northwind.ts (Alex's basement furnace).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './browser.js';
import { CUSTOMERS, DEMO_PASSWORD } from './demo.js';
import { portalUrl, signInToPortal } from './flows.js';
import { saveScreenshot } from './screenshots.js';

const browser = useBrowser();

async function openAsset(page: Page, slug: string, listHeading: string, name: string): Promise<void> {
  await page.goto(portalUrl(`/${slug}/portal/assets`));
  await page.getByRole('heading', { level: 1, name: listHeading }).waitFor();
  await page.getByRole('heading', { level: 2, name }).getByRole('link').click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

describe('service history in the portal', () => {
  for (const width of [390, 1280]) {
    it(`an animal's page in French shows its card and history, filtered to photos (${width} px)`, async () => {
      const { camille } = CUSTOMERS;
      const page = await browser.page({ width });
      await signInToPortal(page, camille.tenant.slug, camille.email, DEMO_PASSWORD);
      await page.goto(portalUrl(`/${camille.tenant.slug}/portal/assets`));
      await page.getByRole('heading', { level: 1, name: 'Mes animaux' }).waitFor();
      const list = await page.locator('main').innerText();
      expect(list).not.toContain('Numéro de série');
      expect(list).toContain('Visites');
      // The breed once: "Caniche moyen, abricot" already says it is a poodle.
      expect(list.match(/Caniche/g)).toHaveLength(1);
      await saveScreenshot(page, 'portal-animals-fr');

      await openAsset(page, camille.tenant.slug, 'Mes animaux', 'Noisette');
      const card = page.getByRole('region', { name: 'Fiche' });
      const text = await card.innerText();
      expect(text).toContain('Caniche moyen, abricot');
      expect(text).toMatch(/\d+ ans/);
      expect(text).toContain('Nerveuse au séchage');
      expect(text).toContain('Puce électronique');
      expect(text).not.toContain('Numéro de série');

      const history = page.getByRole('region', { name: 'Historique' });
      await history.getByText('Toilettage complet — Noisette').first().waitFor();
      const all = await history.innerText();
      expect(all).toContain('Produits utilisés');
      expect(all).not.toContain('Pièces utilisées');
      expect(all).toContain('Toiletteur : Inès');
      expect(all).toMatch(/Facture FA/);
      // Staff's notes on that visit ("nerveuse au séchage : séchoir à faible puissance…") stay in the salon.
      expect(all).not.toContain('faible puissance');
      await saveScreenshot(page, 'portal-animal-history-fr');

      await history.getByRole('link', { name: 'Photos et rapports' }).click();
      await page.waitForURL(/show=documents/);
      await history.getByText('Noisette après sa coupe').first().waitFor();
      expect(await history.getByRole('link', { name: 'Photos et rapports' }).getAttribute('aria-current')).toBe('page');
      expect(await history.innerText()).not.toMatch(/Facture FA/);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await saveScreenshot(page, 'portal-animal-photos-fr');
    }, 90_000);

    it(`an animal's page in English and a furnace's history filtered to invoices (${width} px)`, async () => {
      const { alex } = CUSTOMERS;
      const page = await browser.page({ width });
      await signInToPortal(page, 'pawsome-grooming', alex.email, DEMO_PASSWORD);
      await openAsset(page, 'pawsome-grooming', 'My animals', 'Biscuit');
      const card = await page.getByRole('region', { name: 'On file' }).innerText();
      expect(card).toContain('Golden Retriever');
      expect(card.match(/Golden Retriever/g)).toHaveLength(1);
      expect(card).toMatch(/\d+ years/);
      expect(card).not.toContain('Serial number');
      await page.getByRole('region', { name: 'History' }).getByText('Products used').first().waitFor();
      await saveScreenshot(page, 'portal-animal-history-en');

      const hvac = await browser.page({ width });
      await signInToPortal(hvac, alex.tenant.slug, alex.email, DEMO_PASSWORD);
      await openAsset(hvac, alex.tenant.slug, 'My equipment', 'Basement furnace');
      const details = await hvac.getByRole('region', { name: 'On file' }).innerText();
      expect(details).toContain('Carrier Infinity');
      expect(details).toContain('Serial number');
      expect(details).toContain('Warranty until');
      expect(details).toContain('Filter size 16x25x1');
      const history = hvac.getByRole('region', { name: 'History' });
      await history.getByText('Parts used').first().waitFor();
      expect(await history.innerText()).toContain('Technician: Luis');
      // Luis's internal note on that tune-up never reaches the customer.
      expect(await history.innerText()).not.toContain('out of balance');
      await history.getByRole('link', { name: 'Invoices' }).click();
      await hvac.waitForURL(/show=invoices/);
      await history
        .getByRole('link', { name: /^Invoice NW-/ })
        .first()
        .waitFor();
      expect(await history.innerText()).not.toContain('Parts used');
      await saveScreenshot(hvac, 'portal-equipment-invoices-en');

      // The site's page holds the same history for the whole address.
      await hvac.goto(portalUrl(`/${alex.tenant.slug}/portal/assets`));
      await hvac.getByRole('heading', { level: 1, name: 'My equipment' }).waitFor();
      await hvac.locator('main').getByRole('link', { name: 'Home', exact: true }).first().click();
      await hvac.getByRole('heading', { level: 1, name: 'Home' }).waitFor();
      await hvac.getByRole('region', { name: 'History' }).getByText('AC blowing warm air').first().waitFor();
      await saveScreenshot(hvac, 'portal-site-history-en');
    }, 90_000);
  }
});
