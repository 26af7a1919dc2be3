import { readdirSync } from 'node:fs';
import { test as base, expect, type ConsoleMessage, type Locator, type Page } from '@playwright/test';

export interface CatalogueMethod {
  id: string;
  name: string;
  aliases: string[];
  category: string;
  year: number;
  trainable: boolean;
  needsFineTuning: boolean;
  /** the models the page's live demo runs; empty when it has none */
  demoModels: string[];
}

/** Collects the page's console errors and uncaught exceptions until `stop()`. */
export function watchPageErrors(page: Page): { errors: string[]; stop: () => void } {
  const errors: string[] = [];
  const onConsole = (msg: ConsoleMessage) => {
    if (msg.type() === 'error') errors.push(msg.text());
  };
  const onPageError = (err: Error) => errors.push(err.message);
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  return {
    errors,
    stop: () => {
      page.off('console', onConsole);
      page.off('pageerror', onPageError);
    },
  };
}

/** Fails the test on any console error or uncaught exception on the page. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: async ({ page }, use) => {
    const { errors } = watchPageErrors(page);
    await use(errors);
    expect(errors, 'console errors').toEqual([]);
  },
});
export { expect };

export async function catalogue(page: Page): Promise<CatalogueMethod[]> {
  const response = await page.request.get('/methods.json');
  expect(response.status()).toBe(200);
  return ((await response.json()) as { methods: CatalogueMethod[] }).methods;
}

/** Pagefind's own search API in the page: the ranking the search box shows. */
export async function searchTop(page: Page, term: string): Promise<string[]> {
  return page.evaluate(async (q) => {
    const pagefind = (await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`)) as {
      search: (t: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }>;
    };
    const found = await pagefind.search(q);
    return Promise.all(found.results.slice(0, 3).map(async (r) => (await r.data()).url));
  }, term);
}

/**
 * Types `term` into the header search (already on the page) and returns the first link listed for it.
 * The exact matches are listed as the input changes, above Pagefind's results; with `suggestions`,
 * the "Did you mean" line under them counts too, once it names this term (data-query). Without an exact
 * match or suggestion, the first link is Pagefind's, read once Pagefind's message has changed to name
 * this term (not "Searching for …"), so no result of the previous term can stand in for this one.
 */
export async function firstSearchResult(page: Page, term: string, { suggestions = false } = {}): Promise<Locator> {
  const root = page.locator('#site-search');
  // The search's own script marks the input (data-exact) once it listens to it.
  const input = root.locator('input.pagefind-ui__search-input[data-exact]');
  const message = root.locator('.pagefind-ui__message');
  const messageText = async () => ((await message.count()) > 0 ? ((await message.textContent()) ?? '') : '');
  const before = await messageText();
  await input.fill(term);
  const listed = suggestions ? '.search-exact a, .search-suggest a' : '.search-exact a';
  if (suggestions) await expect(root.locator('.search-suggest')).toHaveAttribute('data-query', term);
  if ((await root.locator(listed).count()) === 0) {
    await expect
      .poll(async () => {
        const text = await messageText();
        return text !== before && text.includes(term) && !/(\.\.\.|…)$/.test(text);
      })
      .toBe(true);
  }
  return root.locator(`${listed}, .pagefind-ui__result-link`).first();
}

/** Every HTML page of the site, known before the tests start (one test per page where that helps). */
export function sitePaths(): string[] {
  const methods = readdirSync('content/methods')
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => `/methods/${f.slice(0, -4)}/`);
  const english = ['/', '/methods/', '/taxonomy/', '/open-problems/', '/cite/', '/references/', '/benchmark/', '/compare/', ...methods];
  return [...english, ...english.map((p) => `/zh${p}`)];
}

/**
 * Clicks Run and waits for that run to end: the next time the component sets data-demo-state to
 * done or error (it sets it on every run, even to the value it had), seen by a MutationObserver
 * started before the click. The component's own state is never written by the test.
 */
export async function runAndSettle(demo: Locator, start: () => Promise<void> = () => demo.locator('button.run').click()): Promise<string> {
  await demo.evaluate((el) => {
    (window as unknown as { __settled?: Promise<string> }).__settled = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        const state = el.getAttribute('data-demo-state');
        if (state !== 'done' && state !== 'error') return;
        observer.disconnect();
        resolve(state);
      });
      observer.observe(el, { attributes: true, attributeFilter: ['data-demo-state'] });
    });
  });
  await start();
  return demo.evaluate(() => (window as unknown as { __settled: Promise<string> }).__settled);
}

/** How long a demo run may take: a safety net for a busy machine (runtime download and compile), not a measure. */
export const DEMO_TIMEOUT = 240_000;
