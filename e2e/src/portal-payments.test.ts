// Paying an invoice in the portal with the sandbox provider (the demo business has no Stripe keys):
// a declined card, then a good one, the invoice marked paid and a receipt to download.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { MOBILE, useBrowser } from './browser.js';
import { CUSTOMERS, DEMO_PASSWORD } from './demo.js';
import { portalUrl, queryFromPage, signInToPortal } from './flows.js';
import { saveScreenshot } from './screenshots.js';

const browser = useBrowser();

describe('portal payments', () => {
  it('pays an invoice after a decline and shows it paid, with a receipt', async () => {
    const { alex } = CUSTOMERS;
    const slug = alex.tenant.slug;
    const page = await browser.page();
    await signInToPortal(page, slug, alex.email, DEMO_PASSWORD);

    // The thermostat invoice: its own record (the journey test reads the AC repair invoice).
    const { invoices } = await queryFromPage<{ invoices: { nodes: { id: string; lines: { description: string }[] }[] } }>(
      page,
      'portal',
      '{ invoices(status: unpaid) { nodes { id lines { description } } } }',
    );
    const invoiceId = invoices.nodes.find((invoice) => invoice.lines.some((line) => line.description.includes('ecobee')))?.id;
    if (!invoiceId) throw new Error('the demo seed has no unpaid thermostat invoice for Alex');

    await page.goto(portalUrl(`/${slug}/portal/invoices/${invoiceId}`));
    await page.getByRole('heading', { name: 'Pay online' }).waitFor();
    await page.getByText('Unpaid', { exact: true }).first().waitFor();
    const payButton = page.getByRole('button', { name: /^Pay \$/ });
    const amount = (await payButton.innerText()).replace(/^Pay /, '');
    await page.getByLabel('Save this card for next time').check();
    await payButton.click();

    await page.getByLabel('Card number').fill('4000 0000 0000 0002');
    await page.getByLabel('Expiry date').fill('12/34');
    await page.getByLabel('Security code (CVC)').fill('123');
    await page.getByLabel('Postal code').fill('60201');
    await page.getByRole('button', { name: `Pay ${amount}` }).click();
    const declined = page.getByRole('alert').filter({ hasText: 'The payment did not go through' });
    await declined.waitFor();
    expect(await declined.innerText()).toContain('declined');
    await saveScreenshot(page, 'portal-pay-declined');

    await page.getByLabel('Card number').fill('4242 4242 4242 4242');
    await page.getByRole('button', { name: `Pay ${amount}` }).click();
    await page.getByText(`Thank you! Your payment of ${amount} was received.`).waitFor();
    // The page reloaded the invoice: paid, nothing left to pay. The declined attempt and the
    // success are one payment (like a Stripe PaymentIntent retried with another card).
    await page.locator('.page-header').getByText('Paid', { exact: true }).waitFor();
    await page.getByText(`Thank you! Your payment of ${amount} was received.`).waitFor();
    expect(await page.getByRole('button', { name: /^Pay / }).count()).toBe(0);
    expect(await page.getByLabel('Card number').count()).toBe(0);
    const payments = page.getByRole('region', { name: 'Payments' });
    await payments.getByText('Paid', { exact: true }).waitFor();
    expect(await payments.locator('.rows > li').count()).toBe(1);
    expect(await payments.locator('.rows > li').innerText()).toContain(amount);
    await saveScreenshot(page, 'portal-invoice-paid');
    await page.setViewportSize({ width: MOBILE, height: 844 });
    await saveScreenshot(page, 'portal-invoice-paid');

    const [download] = await Promise.all([page.waitForEvent('download'), payments.getByRole('link', { name: 'Download receipt' }).first().click()]);
    expect((await readFile(await download.path())).subarray(0, 4).toString()).toBe('%PDF');

    // The card was kept for next time; the customer can make the business forget it.
    await page.goto(portalUrl(`/${slug}/portal/settings`));
    const cards = page.getByRole('region', { name: 'Saved cards' });
    await cards.getByRole('listitem').filter({ hasText: 'Visa •••• 4242' }).waitFor();
    await cards.getByRole('button', { name: /^Remove/ }).click();
    await cards.getByText('No saved cards.', { exact: false }).waitFor();
  });

  it('asks the customer to confirm with their bank (3-D Secure), and pays once approved', async () => {
    // Priya (another demo customer) and her own unpaid water-heater invoice.
    const priya = { email: 'priya.raman@example.com', slug: 'northwind-hvac' };
    const page = await browser.page({ width: MOBILE });
    await signInToPortal(page, priya.slug, priya.email, DEMO_PASSWORD);
    // From the home page's amount due (overdue invoices included).
    await page.getByRole('region', { name: 'Amount due' }).locator('a.primary').first().click();
    const payButton = page.getByRole('button', { name: /^Pay \$/ });
    const amount = (await payButton.innerText()).replace(/^Pay /, '');
    await payButton.click();

    const payWith = async (card: string) => {
      await page.getByLabel('Card number').fill(card);
      await page.getByLabel('Expiry date').fill('12/34');
      await page.getByLabel('Security code (CVC)').fill('123');
      await page.getByRole('button', { name: `Pay ${amount}` }).click();
    };

    // A mistyped card is explained next to the field it concerns, by the provider's rules.
    await page.getByLabel('Card number').fill('4000 0025 0000 3155');
    await page.getByLabel('Expiry date').fill('13/34');
    await page.getByLabel('Security code (CVC)').fill('123');
    await page.getByRole('button', { name: `Pay ${amount}` }).click();
    await page.locator('#card-expiry-error').waitFor();
    expect(await page.getByLabel('Expiry date').getAttribute('aria-invalid')).toBe('true');

    // Declining the bank's challenge fails the attempt and keeps the card form.
    await payWith('4000 0025 0000 3155');
    await page.getByRole('heading', { name: 'Confirm with your bank' }).waitFor();
    await saveScreenshot(page, 'portal-pay-3ds');
    await page.getByRole('button', { name: 'Decline' }).click();
    await page.getByRole('alert').filter({ hasText: 'The payment did not go through' }).waitFor();

    await payWith('4000 0025 0000 3155');
    await page.getByRole('button', { name: 'Approve payment' }).click();
    await page.getByText(`Thank you! Your payment of ${amount} was received.`).waitFor();
    await page.locator('.page-header').getByText('Paid', { exact: true }).waitFor();
  });
});
