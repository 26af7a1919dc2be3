/** /benchmark/ and /compare/: static figures, sortable table, findings, and linkable comparisons. */
import { expect, test } from './support';

test('the benchmark page has numbered static figures, a full table and findings', async ({ page, consoleErrors }) => {
  const bench = (await (await page.request.get('/benchmark.json')).json()) as { records: { method: string; model: string }[] };
  const series = new Set(bench.records.map((r) => `${r.method}|${r.model}`)).size;
  await page.goto('/benchmark/');
  for (const id of ['loss-by-length', 'loss-by-position', 'attention-by-position', 'passkey-far', 'passkey-near']) {
    await expect(page.locator(`#fig-${id} svg`).first()).toBeVisible();
    await expect(page.locator(`#fig-${id} figcaption`)).toContainText('Figure');
    // every figure: its data as a table, SVG and CSV files, and a line to cite it
    const data = page.locator(`#fig-${id} .figure-data`);
    await expect(data.locator('table').first()).toBeAttached();
    for (const ext of ['svg', 'csv']) await expect(data.locator(`a[download][href$=".${ext}"]`).first()).toBeAttached();
    await expect(data.locator('.figure-cite').first()).toContainText('Figure');
  }
  // a highlight chip picks its series out in every panel: RoPE is drawn (as a reference) in most of them
  await page.locator('button.toggle[data-series="rope"]').click();
  await expect(page.locator('#fig-loss-by-position .series-rope.dimmed')).toHaveCount(0);
  expect(await page.locator('#fig-loss-by-position .series-rope').count()).toBeGreaterThan(2);
  expect(await page.locator('#fig-loss-by-position .series-alibi.dimmed').count()).toBeGreaterThan(0);
  await page.locator('button.toggle-reset').click();
  await expect(page.locator('#fig-loss-by-position .dimmed')).toHaveCount(0);
  await expect(page.locator('#benchmark-table tbody tr')).toHaveCount(series);
  await expect(page.locator('.findings > li').first()).toContainText('Claim.');
  await page.locator('#benchmark-table thead th').nth(1).click();
  const values = await page.locator('#benchmark-table tbody tr td:nth-child(2)').allTextContents();
  expect(values.map(Number)).toEqual([...values.map(Number)].sort((a, b) => a - b));
  expect(consoleErrors).toEqual([]);
});

test('the figures are in the HTML without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/benchmark/');
  await expect(page.locator('#fig-loss-by-length svg').first()).toBeVisible();
  await context.close();
});

test('CSV download has one row per record and per unscored length', async ({ page }) => {
  const bench = (await (await page.request.get('/benchmark.json')).json()) as { records: unknown[]; unscored: { method: string; multiple: number }[] };
  const csv = await (await page.request.get('/benchmark.csv')).text();
  expect(csv.trim().split('\n').length).toBe(bench.records.length + bench.unscored.length + 2);
  for (const u of bench.unscored) expect(csv, `${u.method} at ${u.multiple}x: a row with no values`).toMatch(new RegExp(`^${u.method},[^,]+,${u.multiple},\\d+,,`, 'm'));
  // a figure's CSV: a comment with its citation, a header, then a line per plotted point (one per record in Figure 1)
  const figure = await (await page.request.get('/figures/loss-by-length.csv')).text();
  expect(figure.trim().split('\n').length).toBe(bench.records.length + 2);
  expect((await page.request.get('/figures/loss-by-length.svg')).headers()['content-type']).toContain('svg');
});

test('/compare/ reads and writes its selection in the URL', async ({ page, consoleErrors }) => {
  await page.goto('/compare/?methods=alibi,rope');
  await expect(page.locator('#compare-table tbody tr')).toHaveCount(2);
  await page.locator('.picker input[value="nope"]').check();
  await expect(page.locator('#compare-table tbody tr')).toHaveCount(3);
  expect(new URL(page.url()).searchParams.get('methods')!.split(',').sort()).toEqual(['alibi', 'nope', 'rope']);
  expect(consoleErrors).toEqual([]);
});
