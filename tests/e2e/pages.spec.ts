/** Every page answers 200, renders without console errors, and has the landmarks a reader needs. */
import { catalogue, expect, sitePaths, test } from './support';

test('every page answers 200 with no console error', async ({ page, consoleErrors }) => {
  test.setTimeout(120_000);
  const methods = await catalogue(page);
  expect(sitePaths()).toEqual(expect.arrayContaining(methods.map((m) => `/methods/${m.id}/`)));
  for (const path of sitePaths()) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator('main h1')).toBeVisible();
    await expect(page.locator('header nav[aria-label="Site"]')).toBeVisible();
    await expect(page.locator('a.skip-link')).toHaveAttribute('href', '#main');
    for (const name of ['citation_title', 'citation_author', 'citation_publication_date']) {
      await expect(page.locator(`meta[name="${name}"]`), `${path} ${name}`).toHaveAttribute('content', /.+/);
    }
  }
  expect(consoleErrors).toEqual([]);
});

test('machine-readable exports answer with the right content', async ({ page }) => {
  for (const path of ['/methods.json', '/benchmark.json', '/references.bib', '/models/manifest.json', '/data/heldout.json']) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(200);
  }
  const bench = (await (await page.request.get('/benchmark.json')).json()) as { records: unknown[] };
  expect(bench.records.length).toBeGreaterThan(0);
});

test('an unknown address gets the 404 page with search', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.locator('#site-search')).toBeAttached();
});
