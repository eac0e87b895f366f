// The office builds a quote and watches it get approved: the owner of a contractor of its own
// (projects-world's makeContractor) builds a quote for Jamie with two options, an add-on and a 25 %
// deposit, sends it (the email is in the outbox), and the quote page turns "Approved" live, without
// a reload, when Jamie chooses an option, agrees, receives the code and signs (through the portal
// API, as the portal's pages do).
import pg from 'pg';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, MOBILE, useBrowser } from './browser.js';
import { DEMO_PASSWORD } from './demo.js';
import { adminUrl, queryFromPage, signInToAdmin, signInToPortal } from './flows.js';
import { latestEmailLink, outboxNow } from './outbox.js';
import { makeContractor, type ContractorWorld } from './projects-world.js';
import { saveScreenshot } from './screenshots.js';

const browser = useBrowser();
const POLL = { timeout: 10_000 };

let db: pg.Client;
let world: ContractorWorld;

beforeAll(async () => {
  db = new pg.Client({ connectionString: inject('databaseUrl') });
  await db.connect();
  world = await makeContractor(db);
});

afterAll(async () => {
  await db.end();
});

/** Fills one line item (a group named "Line 1", "Repair, line 1", "Add-on 1"). */
async function fillLine(page: Page, group: string, description: string, price: string, tax = '0') {
  const line = page.getByRole('group', { name: group, exact: true });
  await line.getByLabel('Description').fill(description);
  await line.getByLabel(/^Unit price/).fill(price);
  await line.getByLabel('Tax %').fill(tax);
}

/**
 * From the menu, the owner builds Jamie's quote (a common line, "Repair" and "Replace", an add-on,
 * a 25 % deposit), saves it and sends it; `firstQuote`: the list is still empty. Answers the quote's id
 * and when it was sent (for the outbox).
 */
async function buildAndSendQuote(page: Page, firstQuote: boolean): Promise<{ quoteId: string; since: Date }> {
  // Quotes from the menu (the first time: none yet, and the empty list says what to do).
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Quotes' }).click();
  await page.getByRole('heading', { level: 1, name: 'Quotes' }).waitFor();
  if (firstQuote) await page.getByText('No quotes here yet. Choose “New quote”').waitFor();
  await page.getByRole('link', { name: 'New quote' }).click();
  await page.getByLabel('Find the customer the quote is for').fill('Jamie');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('link', { name: 'Jamie Fox' }).click();
  await page.getByRole('heading', { level: 1, name: 'New quote for Jamie Fox' }).waitFor();

  // The builder: a common line, "Repair" and "Replace" with a line each, an add-on, a 25 % deposit.
  await page.getByLabel('Title', { exact: true }).fill('Furnace repair or replacement');
  await fillLine(page, 'Line 1', 'Diagnostic visit', '120');
  await page.getByRole('button', { name: 'Add an option' }).click();
  await page.getByRole('button', { name: 'Add an option' }).click();
  await fillLine(page, 'Repair, line 1', 'Replace the igniter and clean the burners', '350');
  await fillLine(page, 'Replace, line 1', 'High-efficiency furnace, installed', '4200', '8.25');
  await page.getByRole('button', { name: 'Add an add-on' }).click();
  await fillLine(page, 'Add-on 1', 'Smart thermostat', '249');
  await page.getByLabel('A percentage').check();
  await page.getByLabel('Deposit (%)').fill('25');
  // Each option's total and deposit while typing: 120 + 350 = 470 (deposit 117.50); 120 + 4200 + 346.50 tax = 4666.50 (deposit 1166.63).
  const totals = page.locator('section', { has: page.getByRole('heading', { level: 3, name: 'Totals' }) });
  await expect.poll(() => totals.getByTestId('deposit').allInnerTexts(), POLL).toEqual(['$117.50', '$1,166.63']);
  await saveScreenshot(page, 'admin-quote-builder');
  await page.getByRole('button', { name: 'Save draft' }).click();

  // The quote's page: a draft, numbered.
  await page.getByText(/^Quote .+ was saved as a draft\.$/).waitFor(POLL);
  const status = page.getByTestId('quote-status');
  expect(await status.innerText()).toBe('Draft');
  const quoteId = new URL(page.url()).pathname.split('/').at(-1) ?? '';

  // Send: the question says who receives the email; the outbox has it.
  const since = await outboxNow();
  await page.getByRole('button', { name: 'Send to the customer' }).click();
  await page.getByText(`Jamie Fox receives an email at ${world.customerEmail}`).waitFor();
  await page.getByRole('button', { name: 'Send the quote' }).click();
  await page.getByText(/^Quote .+ was sent to Jamie Fox\.$/).waitFor(POLL);
  expect(await status.innerText()).toBe('Sent');

  return { quoteId, since };
}

describe('admin: a quote', () => {
  it('the owner builds a quote with two options, an add-on and a 25 % deposit, sends it, and sees it approved live when the customer signs', async () => {
    const page = await browser.page({ width: DESKTOP });
    await signInToAdmin(page, world.slug, world.staffEmail, DEMO_PASSWORD);
    const { quoteId, since } = await buildAndSendQuote(page, true);
    const status = page.getByTestId('quote-status');
    // The email to Jamie links to the quote in the portal.
    const link = await latestEmailLink(world.customerEmail, new RegExp(`https?://\\S+${quoteId}`), since);
    expect(link).toContain(quoteId);

    // The page follows changes live: a marker on the window tells a reload apart.
    await page.getByText('Live updates on').waitFor(POLL);
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

    // Jamie, in the portal: chooses Replace with the add-on, agrees, gets the code and signs.
    const portal = await browser.page({ width: MOBILE });
    await signInToPortal(portal, world.slug, world.customerEmail, DEMO_PASSWORD);
    const customer = <T>(query: string, variables: Record<string, unknown> = {}) => queryFromPage<T>(portal, 'portal', query, variables);
    const { quote } = await customer<{ quote: { options: { id: string; name: string }[]; optionalItems: { id: string }[] } }>(
      'query($id: ID!) { quote(id: $id) { options { id name } optionalItems { id } } }',
      { id: quoteId },
    );
    const replace = quote.options.find((o) => o.name === 'Replace');
    const { startQuoteSigning } = await customer<{ startQuoteSigning: { signingRequestId: string } }>(
      'mutation($id: ID!, $selection: QuoteSelectionInput!) { startQuoteSigning(id: $id, selection: $selection) { signingRequestId } }',
      { id: quoteId, selection: { optionId: replace?.id, optionalItemIds: quote.optionalItems.map((i) => i.id) } },
    );
    const requestId = startQuoteSigning.signingRequestId;
    await customer('mutation($id: ID!) { consentToSignElectronically(requestId: $id) { id } }', { id: requestId });
    const codeSince = await outboxNow();
    await customer('mutation($id: ID!) { sendSigningCode(requestId: $id) { id } }', { id: requestId });
    const code = await latestEmailLink(world.customerEmail, /\b\d{6}\b/, codeSince);
    await customer('mutation($id: ID!, $input: SignDocumentInput!) { signDocument(requestId: $id, input: $input) { status } }', {
      id: requestId,
      input: { code, intentToSign: true, typedName: 'Jamie Fox' },
    });

    // The office's page turns Approved by itself, says so, and shows the choice and the signature.
    await expect.poll(() => status.innerText(), POLL).toBe('Approved');
    await page
      .getByTestId('quote-live')
      .getByText(/^The customer approved quote .+\.$/)
      .waitFor();
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    expect(await page.getByTestId('chosen-option').innerText()).toBe('Replace');
    await expect.poll(() => page.getByTestId('signing-status').innerText(), POLL).toBe('Signed');
    await saveScreenshot(page, 'admin-quote-approved');

    // On a phone the page reads top to bottom, nothing wider than the screen.
    await page.setViewportSize({ width: MOBILE, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(MOBILE);
    await saveScreenshot(page, 'admin-quote-approved');
    await page.goto(adminUrl('/quotes'));
    await page.getByRole('link', { name: /^Q/ }).first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(MOBILE);
    await saveScreenshot(page, 'admin-quotes');
  }, 120_000);

  it('the quote page turns Declined live, with the customer’s reason, when the customer declines; the pages fit a phone', async () => {
    const page = await browser.page({ width: DESKTOP });
    await signInToAdmin(page, world.slug, world.staffEmail, DEMO_PASSWORD);
    const { quoteId } = await buildAndSendQuote(page, false);
    const status = page.getByTestId('quote-status');
    await page.getByText('Live updates on').waitFor(POLL);
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

    const portal = await browser.page({ width: MOBILE });
    await signInToPortal(portal, world.slug, world.customerEmail, DEMO_PASSWORD);
    await queryFromPage(portal, 'portal', 'mutation($id: ID!) { declineQuote(id: $id, reason: "Too expensive for now") { id } }', { id: quoteId });

    await expect.poll(() => status.innerText(), POLL).toBe('Declined');
    await page
      .getByTestId('quote-live')
      .getByText(/^The customer declined quote .+\.$/)
      .waitFor();
    await page.getByText('Too expensive for now').waitFor();
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    await saveScreenshot(page, 'admin-quote-declined');

    await page.setViewportSize({ width: MOBILE, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(MOBILE);
    await saveScreenshot(page, 'admin-quote-declined');
    await page.goto(adminUrl('/settings/quotes'));
    await page.getByRole('heading', { level: 1, name: 'Quotes, tips and signatures' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(MOBILE);
    await saveScreenshot(page, 'admin-quote-settings');
  }, 120_000);
});
