// One headless Chromium per test file (Debian's, never a downloaded one) and a fresh context,
// so fresh cookies, per page. Call `useBrowser()` at the top of a test file.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';

export const MOBILE = 390;
export const DESKTOP = 1280;
export const WIDTHS = [MOBILE, DESKTOP] as const;

const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export interface PageOptions {
  /** Viewport width in CSS pixels (default: desktop). */
  width?: number;
  height?: number;
  /** Keep the context (and its session) for the whole file, not only the current test: sign in once per file. */
  keepForFile?: boolean;
}

export interface BrowserHandle {
  /** A page in a new browser context (its own cookies), English, at the given viewport. */
  page(options?: PageOptions): Promise<Page>;
}

export interface BrowserOptions {
  /** More Chromium flags, e.g. `--host-resolver-rules=MAP portal.example.com 127.0.0.1` to reach a server by another name. */
  args?: string[];
}

export function useBrowser({ args = [] }: BrowserOptions = {}): BrowserHandle {
  let browser: Browser | null = null;
  const contexts: BrowserContext[] = [];
  const fileContexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [...LAUNCH_ARGS, ...args],
      headless: true,
    });
  });

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });

  afterAll(async () => {
    await Promise.all(fileContexts.splice(0).map((context) => context.close()));
    await browser?.close();
    browser = null;
  });

  return {
    async page({ width = DESKTOP, height = width <= MOBILE ? 844 : 800, keepForFile = false }: PageOptions = {}) {
      if (!browser) throw new Error('useBrowser(): the browser starts in beforeAll; open pages inside tests');
      const context = await browser.newContext({
        viewport: { width, height },
        deviceScaleFactor: 1,
        locale: 'en-US',
        timezoneId: 'UTC',
        isMobile: false,
      });
      (keepForFile ? fileContexts : contexts).push(context);
      // A run moved in time (E2E_CLOCK): the page's clock agrees with the servers' and flows on from there.
      const offset = inject('clockOffsetMs');
      if (offset !== 0) await context.clock.install({ time: Date.now() + offset });
      context.setDefaultTimeout(10_000);
      context.setDefaultNavigationTimeout(15_000);
      return untilInteractive(await context.newPage());
    },
  };
}

/**
 * A person waits until a page responds before clicking; a test must too. After each `goto` and
 * `reload`, wait until the Svelte app has hydrated (AppShell marks <html data-hydrated>): a click
 * on a server-rendered button before that does nothing. Pages that are not the app (a PDF, the
 * bare error page) have no SvelteKit bootstrap and are not waited for.
 */
function untilInteractive(page: Page): Page {
  const waitForApp = () => page.waitForFunction(() => 'hydrated' in document.documentElement.dataset || !Object.keys(window).some((key) => key.startsWith('__sveltekit_')));
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  page.goto = async (...args) => {
    const response = await goto(...args);
    await waitForApp();
    return response;
  };
  page.reload = async (...args) => {
    const response = await reload(...args);
    await waitForApp();
    return response;
  };
  return page;
}
