/** Formulas render, BibTeX copies and parses, filters filter, the theme toggles. */
import { parse } from '@retorquere/bibtex-parser';
import { catalogue, expect, test } from './support';

test('a display formula renders with KaTeX: smaller superscripts, a numbered anchor', async ({ page, consoleErrors }) => {
  await page.goto('/methods/rope/');
  const display = page.locator('.equation .katex-display').first();
  await expect(display).toBeVisible();
  const equation = page.locator('figure.equation').first();
  const id = await equation.getAttribute('id');
  expect(id).toMatch(/^eq-[a-z0-9-]+$/);
  await expect(equation.locator('a.equation-number')).toHaveAttribute('href', `#${id}`);
  await expect(equation.locator('a.equation-number')).toHaveText('(1)');
  await expect(page.locator('figure.equation').nth(1).locator('a.equation-number')).toHaveText('(2)');
  const sizes = await page.evaluate(() => {
    const sup = document.querySelector('.katex-display .msupsub .sizing');
    const base = document.querySelector('.katex-display .katex');
    return [parseFloat(getComputedStyle(base!).fontSize), parseFloat(getComputedStyle(sup!).fontSize)];
  });
  expect(sizes[1]).toBeLessThan(sizes[0]! * 0.9);
  expect(consoleErrors).toEqual([]);
});

test('references.bib parses with a real BibTeX parser and covers every method paper', async ({ page }) => {
  const bib = await (await page.request.get('/references.bib')).text();
  const library = parse(bib, { english: false });
  expect(library.errors).toEqual([]);
  const keys = new Set(library.entries.map((e) => e.key));
  expect(keys.has('zhao-etal-2024-length')).toBe(true);
  const methods = (await (await page.request.get('/methods.json')).json()) as { methods: { paper: { key: string } }[] };
  for (const m of methods.methods) expect(keys.has(m.paper.key), m.paper.key).toBe(true);
});

test('copy BibTeX puts the entry on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/methods/alibi/');
  const block = page.locator('.bibtex-block').first();
  await block.locator('button.copy-bibtex').click();
  await expect(block.locator('button.copy-bibtex')).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe((await block.locator('code').textContent())?.trim());
  expect(copied).toMatch(/^@\w+\{/);
});

test('method pages carry citation meta tags naming the page, not the paper', async ({ page }) => {
  await page.goto('/methods/alibi/');
  for (const name of ['citation_title', 'citation_author', 'citation_publication_date']) {
    await expect(page.locator(`meta[name="${name}"]`)).toHaveAttribute('content', /.+/);
  }
  await expect(page.locator('meta[name="citation_title"]')).toHaveAttribute('content', /^ALiBi.*Longitude$/);
  await expect(page.locator('meta[name="citation_title"]')).toHaveCount(1);
});

test('filters on /methods/ narrow the list and live in the URL', async ({ page }) => {
  const methods = await catalogue(page);
  await page.goto('/methods/');
  await page.selectOption('select[name="category"]', 'interpolation');
  const expected = methods.filter((m) => m.category === 'interpolation').length;
  await expect(page.locator('#method-list > li:visible')).toHaveCount(expected);
  expect(page.url()).toContain('category=interpolation');
  await page.selectOption('select[name="trainable"]', 'yes');
  await expect(page.locator('#method-list > li:visible')).toHaveCount(methods.filter((m) => m.category === 'interpolation' && m.trainable).length);
});

test('the theme toggle switches to dark and is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await page.locator('.theme-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.goto('/taxonomy/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});
