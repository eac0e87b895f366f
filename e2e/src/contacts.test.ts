// Accounts with several contacts (issue 22), on a phone: the account's primary contact invites a
// colleague with "book only" rights; the colleague accepts the emailed invitation, chooses a
// password and signs in; the navigation has no Invoices, the invoices address says kindly that
// the primary contact has not given access to them (so does asking about an invoice), their
// Settings show and save their own profile and sign-in email (which only the primary contact
// changes), their notification choices say invoice news never comes to them, and booking opens. The business and its
// primary contact are this file's own (business-world.ts); the invitation goes through the page.
// The office sees each contact's rights, and how notifications reach them: when the primary turns
// new-invoice news off in the portal, the customer page says so, read only.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, MOBILE, useBrowser, WIDTHS } from './browser.js';
import { makeBusiness } from './business-world.js';
import { DEMO_PASSWORD } from './demo.js';
import { adminUrl, portalUrl, queryFromPage, signInToAdmin, signInToPortal, waitForForm } from './flows.js';
import { latestEmailLink, outboxNow } from './outbox.js';
import { ARTIFACTS_DIR, saveScreenshot } from './screenshots.js';

const browser = useBrowser();

let db: pg.Client;
let customerId: string;
const key = randomUUID().slice(0, 8);
const slug = `dental-${key}`;
const primaryEmail = `office-${key}@example.com`;
// A long sign-in address: it must wrap inside its Settings card.
const colleague = { name: 'Riley Chen', email: `riley.chen.front-desk-${key}@lakeview-dental-clinic.example.com`, password: 'Appointments-only-42' };

/** Whether every line of text in the card ends inside it (a long address that cannot wrap runs out of it). */
function textInside(card: Locator): Promise<boolean> {
  return card.evaluate((section) => {
    const right = section.getBoundingClientRect().right;
    return Array.from(section.querySelectorAll('p, summary, dt, dd')).every((p) => {
      const range = document.createRange();
      range.selectNodeContents(p);
      return range.getBoundingClientRect().right <= right;
    });
  });
}

beforeAll(async () => {
  db = new pg.Client({ connectionString: inject('databaseUrl') });
  await db.connect();
  ({ customerId } = await makeBusiness(db, {
    slug,
    name: `Lakeview Services ${key}`,
    timeZone: 'America/Chicago',
    primaryColor: '#1d4ed8',
    changes: 'feature_booking = true, feature_invoices = true',
    owner: { name: 'Dana Ortiz', email: `owner-${key}@example.net` },
    customer: { name: 'Lakeview Dental Clinic', email: primaryEmail },
  }));
  // The world's login is the account's primary contact, with every right (as the migration makes existing logins).
  await db.query(
    `UPDATE portal_accounts SET is_primary = true, name = 'Sam Okafor',
       rights = ARRAY['invoices','appointments','requests','documents_all','contacts']::contact_right[]
     WHERE customer_id = $1`,
    [customerId],
  );
});

afterAll(async () => {
  await db.end();
});

describe('account contacts', () => {
  it('a primary contact invites a colleague who may only book; the colleague sees no invoices', async () => {
    const primary = await browser.page({ width: MOBILE });
    await signInToPortal(primary, slug, primaryEmail, DEMO_PASSWORD);

    // The primary contact finds "Account contacts" under Settings, in the "Your account" card.
    const nav = primary.getByRole('navigation', { name: 'Portal' });
    await nav.getByRole('button', { name: /^Menu/ }).click();
    await nav.getByRole('link', { name: 'Settings' }).click();
    // The primary contact's profile and email are the account's, and they may change the email.
    expect(await primary.getByRole('region', { name: 'Profile' }).getByLabel('Full name').inputValue()).toBe('Lakeview Dental Clinic');
    await primary.getByRole('region', { name: 'Email address' }).getByLabel('New email address').waitFor();
    await primary.getByRole('region', { name: 'Your account' }).getByRole('link', { name: 'Account contacts' }).click();
    await primary.getByRole('heading', { level: 1, name: 'Account contacts' }).waitFor();
    await primary.getByText('You are the only contact of this account.').waitFor();
    await saveScreenshot(primary, 'contacts-empty');

    // Invite a colleague who may book and manage appointments, nothing else.
    const invite = primary.getByRole('region', { name: 'Invite a colleague' });
    await waitForForm(primary);
    await invite.getByLabel('Name', { exact: true }).fill(colleague.name);
    await invite.getByLabel('Email', { exact: true }).fill(colleague.email);
    await invite.getByRole('checkbox', { name: 'Book and manage appointments' }).check();
    expect(await invite.getByRole('radio', { name: 'No documents' }).isChecked()).toBe(true);
    const sent = await outboxNow();
    await invite.getByRole('button', { name: 'Send the invitation' }).click();
    await primary
      .getByRole('status')
      .filter({ hasText: `Invitation sent to ${colleague.email}.` })
      .waitFor();

    // The list shows them invited, with their one right in words.
    const riley = primary.getByTestId('contact').filter({ hasText: colleague.name });
    await riley.getByText('Invited').waitFor();
    expect(await riley.getByRole('listitem').allInnerTexts()).toEqual(['Book and manage appointments']);
    await riley.getByRole('button', { name: /Resend the invitation/ }).waitFor();
    await riley.scrollIntoViewIfNeeded();
    await saveScreenshot(primary, 'contacts-invited');

    // The colleague opens the emailed link, chooses a password and lands in the portal, signed in.
    const link = await latestEmailLink(colleague.email, /https?:\/\/\S+\/accept-invitation\?token=\S+/, sent);
    const page = await browser.page({ width: MOBILE });
    await page.goto(link);
    await waitForForm(page);
    await page.getByLabel('Password', { exact: true }).fill(colleague.password);
    await page.getByRole('button', { name: 'Activate my account' }).click();
    await page.waitForURL(portalUrl(`/${slug}/portal`));
    // Greeted by their own name, signed in with their own email (not the account's).
    await page.getByRole('heading', { level: 1, name: `Welcome, ${colleague.name}` }).waitFor();
    await page.getByText(`Signed in as ${colleague.email}`).waitFor();

    // No Invoices (nor Quotes, Requests, Documents, Account contacts) in their menu; Book is there.
    const theirNav = page.getByRole('navigation', { name: 'Portal' });
    await theirNav.getByRole('button', { name: /^Menu/ }).click();
    await theirNav.getByRole('link', { name: 'Book' }).waitFor();
    const sections = await theirNav.getByRole('listitem').allInnerTexts();
    for (const hidden of ['Invoices', 'Quotes', 'Requests', 'Documents']) expect(sections.map((s) => s.trim())).not.toContain(hidden);
    // The dashboard loaded without invoice data: no amount due card.
    expect(await page.getByRole('heading', { name: 'Amount due' }).count()).toBe(0);
    await saveScreenshot(page, 'contacts-colleague-menu');

    // The invoices address, typed or bookmarked, says who can give access instead of an error.
    await page.goto(portalUrl(`/${slug}/portal/invoices`));
    const noAccess = page.getByTestId('no-access');
    await noAccess.getByRole('heading', { level: 1, name: 'No access to invoices' }).waitFor();
    await noAccess.getByText('Your account’s primary contact has not given you access to invoices.').waitFor();
    await saveScreenshot(page, 'contacts-no-invoices');

    // Their Settings offer Privacy but not Account contacts.
    await page.goto(portalUrl(`/${slug}/portal/settings`));
    const account = page.getByRole('region', { name: 'Your account' });
    await account.getByRole('link', { name: 'Privacy' }).waitFor();
    expect(await account.getByRole('link', { name: 'Account contacts' }).count()).toBe(0);
    // Their profile is their own, not the account's, and saving it changes only theirs.
    const profile = page.getByRole('region', { name: 'Profile' });
    expect(await profile.getByLabel('Full name').inputValue()).toBe(colleague.name);
    expect(await profile.getByLabel('Phone').inputValue()).toBe('');
    await profile.getByLabel('Phone').fill('+1 773-555-0142');
    await profile.getByRole('button', { name: 'Save' }).click();
    await profile.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    expect(await profile.getByLabel('Full name').inputValue()).toBe(colleague.name);
    const phones = await db.query<{ contact: string | null; account: string | null }>(
      'SELECT a.phone AS contact, c.phone AS account FROM portal_accounts a JOIN customers c ON c.id = a.customer_id WHERE a.email = $1',
      [colleague.email],
    );
    expect(phones.rows).toEqual([{ contact: '+1 773-555-0142', account: null }]);
    // Their sign-in email is theirs too; only the primary contact changes it, so no form offers to.
    const email = page.getByRole('region', { name: 'Email address' });
    await email.getByText(`Current address: ${colleague.email}`).waitFor();
    await email.getByText('Only the primary contact of Lakeview Dental Clinic can change the address you sign in with.', { exact: false }).waitFor();
    expect(await email.getByLabel('New email address').count()).toBe(0);
    // The long address wraps inside its card, on a phone and on a desktop.
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 844 });
      expect(await textInside(email), `at ${width} px`).toBe(true);
    }
    await page.setViewportSize({ width: MOBILE, height: 844 });
    await email.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'contacts-colleague-settings');
    // Their notification choices are their own; news about invoices never comes to them, and says so.
    const invoiceChoice = page.getByRole('combobox', { name: 'New invoice (and payment reminders)' });
    expect(await invoiceChoice.getAttribute('aria-describedby')).not.toBeNull();
    await page.getByText('Your access to this account does not include this, so it does not come to you.').first().waitFor();
    expect(await page.getByRole('combobox', { name: 'Booking confirmed (and appointment reminders)' }).getAttribute('aria-describedby')).toBeNull();
    // What reaches them comes first in the list, the rest after it.
    const hinted = await page.locator('.preferences select').evaluateAll((selects) => selects.map((s) => s.hasAttribute('aria-describedby')));
    expect(hinted.indexOf(true)).toBeGreaterThan(0);
    expect(hinted.slice(hinted.indexOf(true)).every(Boolean)).toBe(true);

    // Asking about an invoice, by a link from elsewhere, says the same kind thing as the invoices page.
    await page.goto(portalUrl(`/${slug}/portal/messages/new?about=INVOICE:${randomUUID()}`));
    await page.getByTestId('no-access').getByRole('heading', { level: 1, name: 'No access to invoices' }).waitFor();

    // Booking opens.
    await page.goto(portalUrl(`/${slug}/portal/book`));
    await page.getByRole('heading', { level: 1, name: 'Book an appointment' }).waitFor();
    await saveScreenshot(page, 'contacts-colleague-book');

    // The primary contact now sees them active.
    await primary.reload();
    await primary.getByTestId('contact').filter({ hasText: colleague.name }).getByText('Active').waitFor();
  });

  it('the office sees the account’s contacts with their rights on the customer page', async () => {
    const office = await browser.page({ width: DESKTOP });
    await signInToAdmin(office, slug, `owner-${key}@example.net`, DEMO_PASSWORD);
    await office.goto(adminUrl(`/customers/${customerId}`));
    const section = office.getByRole('region', { name: 'Contacts', exact: true });
    const riley = section.getByTestId('customer-contact').filter({ hasText: colleague.name });
    await riley.getByText('Book and manage appointments').waitFor();
    await riley.getByText('Active').waitFor();
    await section.getByTestId('customer-contact').filter({ hasText: 'Sam Okafor' }).getByText('Primary contact').waitFor();
    await riley.getByRole('button', { name: /Make primary/ }).waitFor();
    await section.scrollIntoViewIfNeeded();
    await saveScreenshot(office, 'contacts-admin');
  });

  it('the office sees that a contact turned new-invoice news off in the portal, and cannot change it', async () => {
    // "I never got the invoice email": the primary contact had turned it off in their own Settings.
    const portal = await browser.page({ width: MOBILE });
    await signInToPortal(portal, slug, primaryEmail, DEMO_PASSWORD);
    await portal.goto(portalUrl(`/${slug}/portal/settings`));
    await portal.getByRole('combobox', { name: 'New invoice (and payment reminders)' }).selectOption('none');
    await portal.getByRole('status').filter({ hasText: 'Your choice was saved.' }).waitFor();

    for (const width of WIDTHS) {
      const office = await browser.page({ width });
      await signInToAdmin(office, slug, `owner-${key}@example.net`, DEMO_PASSWORD);
      await office.goto(adminUrl(`/customers/${customerId}`));
      const section = office.getByRole('region', { name: 'Contacts', exact: true });
      const sam = section.getByTestId('customer-contact').filter({ hasText: 'Sam Okafor' });
      const samChoices = sam.getByTestId('contact-notifications');
      // The summary counts the kinds per channel; the kinds are behind it, opened from the keyboard.
      const summary = samChoices.locator('summary');
      expect(await summary.innerText()).toMatch(/Email and portal: 12 · Portal only: 2 · Off: 1/);
      await summary.focus();
      await office.keyboard.press('Enter');
      await samChoices.getByText('Only the contact can change these, in their portal settings.').waitFor();
      const rows = async (choices: Locator) => (await choices.locator('dl > div').allInnerTexts()).map((row) => row.replace(/\s+/g, ' ').trim());
      expect(await rows(samChoices)).toContain('New invoice (and payment reminders) Off');
      expect(await rows(samChoices)).toContain('Visit completed Portal only');
      // Read only: nothing in it to change them with.
      expect(await samChoices.locator('select, input, button').count()).toBe(0);

      // Riley may only book: no invoice news comes to them, so none is listed.
      const rileyChoices = section.getByTestId('customer-contact').filter({ hasText: colleague.name }).getByTestId('contact-notifications');
      await rileyChoices.locator('summary').click();
      const riley = await rows(rileyChoices);
      expect(riley).toContain('Booking confirmed (and appointment reminders) Email and portal');
      expect(riley.some((row) => row.startsWith('New invoice'))).toBe(false);

      expect(await office.evaluate(() => document.documentElement.scrollWidth), `at ${width} px`).toBeLessThanOrEqual(width);
      expect(await textInside(section), `at ${width} px`).toBe(true);
      await section.screenshot({ path: path.join(ARTIFACTS_DIR, `contacts-admin-notifications-${width}.png`), animations: 'disabled', caret: 'hide' });
    }
  });

  it('the office sees that nothing reaches a colleague who has not accepted their invitation yet', async () => {
    const office = await browser.page({ width: MOBILE });
    await signInToAdmin(office, slug, `owner-${key}@example.net`, DEMO_PASSWORD);
    await office.goto(adminUrl(`/customers/${customerId}`));
    const newcomer = { name: 'Noor Haddad', email: `noor-${key}@example.com` };
    await queryFromPage(office, 'admin', 'mutation($customerId: ID!, $input: InviteContactInput!) { inviteCustomerContact(customerId: $customerId, input: $input) { id } }', {
      customerId,
      input: { ...newcomer, rights: ['requests'] },
    });
    await office.reload();
    const section = office.getByRole('region', { name: 'Contacts', exact: true });
    const choices = section.getByTestId('customer-contact').filter({ hasText: newcomer.name }).getByTestId('contact-notifications');
    const summary = choices.locator('summary');
    expect(await summary.innerText()).toMatch(/none reach them now$/);
    await summary.click();
    await choices.getByText('Nothing reaches them until they accept their invitation; these are the choices they start with.').waitFor();
    // Their choices are still listed: what they start with once they accept.
    expect((await choices.locator('dl > div').allInnerTexts()).map((row) => row.replace(/\s+/g, ' ').trim())).toContain('Service request updates Email and portal');
    await choices.screenshot({ path: path.join(ARTIFACTS_DIR, 'contacts-admin-invited-notifications.png'), animations: 'disabled', caret: 'hide' });
    // Active contacts still show their counts.
    expect(await section.getByTestId('customer-contact').filter({ hasText: 'Sam Okafor' }).getByTestId('contact-notifications').locator('summary').innerText()).toMatch(
      /Email and portal: \d+/,
    );
  });
});
