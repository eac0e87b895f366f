// Paying with a saved card is a real charge without a card form: the portal asks the customer to
// confirm the amount and the card first. Emma (Pawsome, EUR) gets two fresh invoices of her own from
// the owner, pays the first with a new card she saves, then the second with that card.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, MOBILE, useBrowser } from './browser.js';
import { DEMO_PASSWORD, STAFF, TENANTS } from './demo.js';
import { portalUrl, queryFromPage, signInToAdmin, signInToPortal } from './flows.js';
import { saveScreenshot } from './screenshots.js';

const browser = useBrowser();
const emma = { email: 'emma.wilson@example.com', slug: TENANTS.pawsome.slug };

type InvoiceState = { invoice: { status: string; amountDueMinor: number; payments: { status: string }[] } };

/** Two issued invoices for Emma, made by the owner through the admin API: their ids. */
async function invoicesForEmma(page: Page): Promise<[string, string]> {
  const { claire } = STAFF;
  await signInToAdmin(page, claire.tenant.slug, claire.email, DEMO_PASSWORD);
  const found = await queryFromPage<{ customers: { nodes: { id: string; email: string }[] } }>(
    page,
    'admin',
    'query($s: String) { customers(search: $s) { nodes { id email } } }',
    { s: emma.email },
  );
  const customerId = found.customers.nodes.find((c) => c.email === emma.email)?.id;
  if (!customerId) throw new Error('the demo seed has no Emma Wilson at Pawsome');
  const create = async (description: string, unitPriceMinor: number) =>
    (
      await queryFromPage<{ createInvoice: { id: string } }>(page, 'admin', 'mutation($input: CreateInvoiceInput!) { createInvoice(input: $input) { id } }', {
        input: { customerId, issue: true, lines: [{ description, unitPriceMinor, quantity: 1 }] },
      })
    ).createInvoice.id;
  return [await create('Bain et brossage — Mochi', 4500), await create('Coupe aux ciseaux — Mochi', 6150)];
}

describe('portal: paying with a saved card', () => {
  it('asks to confirm the amount and the card; Escape and Cancel charge nothing, Confirm pays', async () => {
    const admin = await browser.page();
    const [first, second] = await invoicesForEmma(admin);

    const page = await browser.page();
    await signInToPortal(page, emma.slug, emma.email, DEMO_PASSWORD);
    const state = (id: string) => queryFromPage<InvoiceState>(page, 'portal', 'query($id: ID!) { invoice(id: $id) { status amountDueMinor payments { status } } }', { id });

    // The first invoice: a new card, kept for next time (the sandbox's test card).
    await page.goto(portalUrl(`/${emma.slug}/portal/invoices/${first}`));
    await page.getByLabel('Save this card for next time').check();
    await page.getByRole('button', { name: /^Pay / }).click();
    await page.getByLabel('Card number').fill('4242 4242 4242 4242');
    await page.getByLabel('Expiry date').fill('12/34');
    await page.getByLabel('Security code (CVC)').fill('123');
    await page.getByLabel('Postal code').fill('75007');
    await page.getByRole('button', { name: /^Pay / }).click();
    await page.getByText(/^Thank you! Your payment of .+ was received\.$/).waitFor();
    expect((await state(first)).invoice.status).toBe('paid');

    // The second: the saved card is chosen, and the pay button only opens the confirmation.
    await page.goto(portalUrl(`/${emma.slug}/portal/invoices/${second}`));
    expect(await page.getByLabel('Visa •••• 4242').isChecked()).toBe(true);
    const payButton = page.getByRole('button', { name: /^Pay / });
    const amount = (await payButton.innerText()).replace(/^Pay /, '');
    expect(amount).toMatch(/61[.,]50/);
    const dialog = page.getByRole('dialog', { name: 'Confirm your payment' });

    await payButton.click();
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain(amount);
    expect(await dialog.innerText()).toContain('Visa •••• 4242');
    // Focus moved into the dialog, on the safe choice.
    expect(await page.evaluate(() => document.activeElement?.textContent.trim())).toBe('Cancel');
    expect(await page.evaluate(() => !!document.activeElement?.closest('dialog[open]'))).toBe(true);
    await saveScreenshot(page, 'portal-pay-saved-card-confirm');
    await page.setViewportSize({ width: MOBILE, height: 844 });
    await saveScreenshot(page, 'portal-pay-saved-card-confirm');
    await page.setViewportSize({ width: DESKTOP, height: 800 });

    // Escape cancels; focus goes back to the pay button; nothing was charged.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('pay-submit');
    expect((await state(second)).invoice).toMatchObject({ status: 'unpaid', amountDueMinor: 6150, payments: [] });

    // So does Cancel.
    await payButton.click();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect((await state(second)).invoice).toMatchObject({ status: 'unpaid', payments: [] });

    // In French too.
    await page.locator('.locale-switcher select').selectOption('fr');
    await page.getByRole('button', { name: /^Payer / }).click();
    const dialogFr = page.getByRole('dialog', { name: 'Confirmez votre paiement' });
    await dialogFr.getByText('Rien n’est débité avant votre confirmation.').waitFor();
    await dialogFr.getByRole('button', { name: 'Annuler' }).click();
    await dialogFr.waitFor({ state: 'hidden' });
    await page.locator('.locale-switcher select').selectOption('en');

    // Confirm pays, with the card, the amount shown.
    await payButton.click();
    await dialog.getByRole('button', { name: `Confirm and pay ${amount}` }).click();
    await page.getByText(`Thank you! Your payment of ${amount} was received.`).waitFor();
    await page.locator('.page-header').getByText('Paid', { exact: true }).waitFor();
    expect((await state(second)).invoice).toMatchObject({ status: 'paid', amountDueMinor: 0, payments: [{ status: 'succeeded' }] });
    await saveScreenshot(page, 'portal-pay-saved-card-paid');
    // Two sign-ins, two payments and a language switch: more than the default 30 s on a busy machine.
  }, 60_000);
});
