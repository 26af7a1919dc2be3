/** /benchmark/ and /compare/: static figures, sortable table, findings, and linkable comparisons. */
import { expect, test } from './support';

test('the benchmark page has numbered static figures, a full table and findings', async ({ page, consoleErrors }) => {
  const bench = (await (await page.request.get('/benchmark.json')).json()) as { records: { method: string; model: string }[] };
  const series = new Set(bench.records.map((r) => `${r.method}|${r.model}`)).size;
  await page.goto('/benchmark/');
  for (const id of ['loss-by-length', 'loss-by-position', 'attention-by-position', 'passkey-far', 'passkey-near']) {
    await expect(page.locator(`#fig-${id} svg`).first()).toBeVisible();
    await expect(page.locator(`#fig-${id} figcaption`)).toContainText('Figure');
  }
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

test('CSV download has one row per record', async ({ page }) => {
  const bench = (await (await page.request.get('/benchmark.json')).json()) as { records: unknown[] };
  const csv = await (await page.request.get('/benchmark.csv')).text();
  expect(csv.trim().split('\n').length).toBe(bench.records.length + 2);
});

test('/compare/ reads and writes its selection in the URL', async ({ page, consoleErrors }) => {
  await page.goto('/compare/?methods=alibi,rope');
  await expect(page.locator('#compare-table tbody tr')).toHaveCount(2);
  await page.locator('.picker input[value="nope"]').check();
  await expect(page.locator('#compare-table tbody tr')).toHaveCount(3);
  expect(new URL(page.url()).searchParams.get('methods')!.split(',').sort()).toEqual(['alibi', 'nope', 'rope']);
  expect(consoleErrors).toEqual([]);
});
