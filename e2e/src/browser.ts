// One headless Chromium per test file (Debian's, never a downloaded one) and a fresh context,
// so fresh cookies, per page. Call `useBrowser()` at the top of a test file.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';

export const MOBILE = 390;
export const DESKTOP = 1280;
export const WIDTHS = [MOBILE, DESKTOP] as const;

const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface PageOptions {
  /** Viewport width in CSS pixels (default: desktop). */
  width?: number;
  height?: number;
}

export interface BrowserHandle {
  /** A page in a new browser context (its own cookies), English, at the given viewport. */
  page(options?: PageOptions): Promise<Page>;
}

export function useBrowser(): BrowserHandle {
  let browser: Browser | null = null;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: LAUNCH_ARGS,
      headless: true,
    });
  });

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });

  afterAll(async () => {
    await browser?.close();
    browser = null;
  });

  return {
    async page({ width = DESKTOP, height = width <= MOBILE ? 844 : 800 }: PageOptions = {}) {
      if (!browser) throw new Error('useBrowser(): the browser starts in beforeAll; open pages inside tests');
      const context = await browser.newContext({
        viewport: { width, height },
        deviceScaleFactor: 1,
        locale: 'en-US',
        timezoneId: 'UTC',
        isMobile: false,
      });
      contexts.push(context);
      context.setDefaultTimeout(10_000);
      context.setDefaultNavigationTimeout(15_000);
      return context.newPage();
    },
  };
}
