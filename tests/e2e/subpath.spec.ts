/**
 * The site built for a sub-path (LONGITUDE_BASE=/longitude/, as on GitHub Pages): pages, search and
 * a demo work, and no request leaves the base path or fails. Paths here are relative to the base.
 */
import { DEMO_TIMEOUT, expect, test } from './support';

test('pages, search and a demo work under /longitude/', async ({ page, baseURL, consoleErrors }) => {
  const base = new URL(baseURL!).pathname;
  expect(base).toBe('/longitude/');
  const strays: string[] = [];
  page.on('response', (r) => {
    const url = new URL(r.url());
    if (!url.pathname.startsWith(base) || r.status() >= 400) strays.push(`${r.status()} ${url.pathname}`);
  });
  for (const path of ['', 'methods/', 'taxonomy/', 'benchmark/', 'compare/?methods=alibi,rope', 'cite/', 'methods/rope/']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator('main h1')).toBeVisible();
  }
  await page.locator('#site-search input.pagefind-ui__search-input').fill('ALiBi');
  await expect(page.locator('#site-search .search-exact a, #site-search .pagefind-ui__result-link').first()).toHaveAttribute('href', '/longitude/methods/alibi/');
  const demo = page.locator('pe-demo');
  await demo.locator('select[name="multiple"]').selectOption('2');
  await demo.locator('select[name="backend"]').selectOption('wasm');
  await demo.locator('button.run').click();
  await expect(demo).toHaveAttribute('data-demo-state', 'done', { timeout: DEMO_TIMEOUT });
  expect(strays).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('the Chinese pages, their language switch and Chinese search work under /longitude/', async ({ page, consoleErrors }) => {
  const strays: string[] = [];
  page.on('response', (r) => {
    const url = new URL(r.url());
    if (!url.pathname.startsWith('/longitude/') || r.status() >= 400) strays.push(`${r.status()} ${url.pathname}`);
  });
  for (const path of ['zh/', 'zh/methods/', 'zh/benchmark/', 'zh/methods/rope/']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  }
  await page.locator('#site-search input.pagefind-ui__search-input').fill('线性偏置注意力');
  await expect(page.locator('#site-search .search-exact a, #site-search .pagefind-ui__result-link').first()).toHaveAttribute('href', '/longitude/zh/methods/alibi/');
  await page.locator('a[data-language-switch]').click();
  await expect(page).toHaveURL(/\/longitude\/methods\/rope\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(strays).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
