/**
 * The page list the per-page checks walk (every-page.spec.ts) covers the catalogue; the
 * machine-readable exports carry what they promise; unknown addresses get the 404 page.
 */
import { readdirSync } from 'node:fs';
import { catalogue, expect, sitePaths, test } from './support';

test('the pages walked cover every method in /methods.json', async ({ page }) => {
  const methods = await catalogue(page);
  expect(sitePaths()).toEqual(expect.arrayContaining(methods.map((m) => `/methods/${m.id}/`)));
});

test('machine-readable exports answer with the right content', async ({ page }) => {
  for (const path of ['/methods.json', '/benchmark.json', '/references.bib', '/models/manifest.json', '/data/heldout.json']) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(200);
  }

  // Every method page's source is listed, with the fields the catalogue promises.
  const methods = await catalogue(page);
  const sources = readdirSync('content/methods')
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.slice(0, -4));
  expect(methods.map((m) => m.id).sort()).toEqual(sources.sort());
  for (const m of methods) {
    expect(m.name, m.id).toMatch(/\S/);
    expect(Array.isArray(m.aliases), m.id).toBe(true);
  }

  // Benchmark records name models the manifest ships, with numbers in them.
  const manifest = (await (await page.request.get('/models/manifest.json')).json()) as { models: { id: string; file: string }[] };
  expect(manifest.models.length).toBeGreaterThan(0);
  const models = new Set(manifest.models.map((m) => m.id));
  const bench = (await (await page.request.get('/benchmark.json')).json()) as { records: { method: string; model: string; multiple: number; bpb: number }[] };
  expect(bench.records.length).toBeGreaterThan(0);
  const ids = new Set(methods.map((m) => m.id));
  for (const m of methods) for (const model of m.demoModels) expect(models.has(model), `${m.id}'s demo model ${model}`).toBe(true);
  expect(methods.filter((m) => m.demoModels.length > 0).length).toBeGreaterThan(0);
  for (const r of bench.records) {
    expect(models.has(r.model), `benchmark model ${r.model}`).toBe(true);
    expect(ids.has(r.method), `benchmark method ${r.method}`).toBe(true);
    expect(Number.isFinite(r.bpb) && r.bpb > 0, `${r.method}/${r.model} x${r.multiple} bpb`).toBe(true);
  }

  // BibTeX: starts with an entry (references.bib is parsed in full in content.spec.ts).
  const bib = await (await page.request.get('/references.bib')).text();
  expect(bib.trimStart()).toMatch(/^@\w+\{[^,\s]+,/);

  // Held-out excerpts the demos score: present, each with text.
  const heldout = (await (await page.request.get('/data/heldout.json')).json()) as { excerpts: { text: string }[] };
  expect(heldout.excerpts.length).toBeGreaterThan(0);
  for (const [i, e] of heldout.excerpts.entries()) expect(typeof e.text === 'string' && e.text.length > 0, `excerpt ${i}`).toBe(true);
});

test('an unknown address gets the 404 page with search', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.locator('#site-search')).toBeAttached();
});
