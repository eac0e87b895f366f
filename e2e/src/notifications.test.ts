// The notification centre in both apps: the bell names its unread count, opens a panel of the latest
// notifications (a dialog: Escape closes it and the focus goes back to the bell), "Mark all as read"
// brings the count to none, and the full page lists them. Other files' tests may add notifications
// meanwhile, so counts are read from the API rather than assumed from the seed.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, MOBILE, useBrowser } from './browser.js';
import { CUSTOMERS, DEMO_PASSWORD, STAFF, TENANTS } from './demo.js';
import { adminUrl, queryFromPage, signInToAdmin, signInToPortal } from './flows.js';
import { saveScreenshot } from './screenshots.js';

const browser = useBrowser();

const unreadOf = async (page: Page, endpoint: 'portal' | 'admin') =>
  (await queryFromPage<{ myUnreadNotificationCount: number }>(page, endpoint, '{ myUnreadNotificationCount }')).myUnreadNotificationCount;

async function bellAndPanel(page: Page, endpoint: 'portal' | 'admin', shot: string) {
  const unread = await unreadOf(page, endpoint);
  expect(unread).toBeGreaterThan(0);
  const bell = page.getByRole('button', { name: `Notifications, ${unread} unread` });
  await bell.waitFor();
  await saveScreenshot(page, `${shot}-bell`);

  // Keyboard: Enter opens the panel, Escape closes it and gives the focus back.
  await bell.focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('dialog', { name: 'Notifications' });
  await panel.getByRole('list').waitFor();
  expect(await panel.getByRole('listitem').count()).toBeGreaterThan(0);
  await saveScreenshot(page, `${shot}-panel`);
  await page.keyboard.press('Escape');
  expect(await panel.isVisible()).toBe(false);
  expect(await bell.evaluate((el) => el === document.activeElement)).toBe(true);

  // Mark all as read: the bell says none, and the server agrees.
  await bell.click();
  await panel.getByRole('button', { name: 'Mark all as read' }).click();
  await page.getByRole('button', { name: 'Notifications, none unread' }).waitFor();
  expect(await unreadOf(page, endpoint)).toBe(0);
  await panel.getByRole('link', { name: 'See all notifications' }).click();
  await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
  expect(await page.getByRole('dialog', { name: 'Notifications' }).isVisible()).toBe(false);
  await saveScreenshot(page, `${shot}-page`);
  await page.getByRole('link', { name: 'Unread only' }).click();
  await page.getByText('You have read everything.').waitFor();
}

describe('the notification centre', () => {
  for (const width of [MOBILE, DESKTOP]) {
    it(`a customer's bell counts the unread, and marking all read clears it (${width} px)`, async () => {
      // Alex is a customer of both demo businesses, with an account (and notifications) at each.
      const tenant = width === MOBILE ? TENANTS.northwind : TENANTS.pawsome;
      const page = await browser.page({ width });
      await signInToPortal(page, tenant.slug, CUSTOMERS.alex.email, DEMO_PASSWORD);
      await bellAndPanel(page, 'portal', `portal-notifications-${tenant.slug}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    });
  }

  for (const width of [MOBILE, DESKTOP]) {
    it(`staff have their own bell (${width} px)`, async () => {
      const member = width === MOBILE ? STAFF.jenna : STAFF.dana;
      const page = await browser.page({ width });
      await signInToAdmin(page, member.tenant.slug, member.email, DEMO_PASSWORD);
      await page.goto(adminUrl('/account'));
      await page.getByRole('heading', { level: 2, name: 'My notifications' }).waitFor();
      await bellAndPanel(page, 'admin', 'admin-notifications');
    });
  }
});
