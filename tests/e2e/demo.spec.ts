/** The live demo in real Chromium: one method per graph/input family runs on WASM and matches the build-time numbers. */
import type { Page } from '@playwright/test';
import { demoFamilies, familyDemo } from './families';
import { catalogue, DEMO_TIMEOUT, expect, ownTextDemo, test } from './support';

async function runDemo(page: Page, options: { multiple: string; backend?: string; sample?: string }) {
  const demo = page.locator('pe-demo');
  await demo.locator('select[name="multiple"]').selectOption(options.multiple);
  await demo.locator('select[name="source"]').selectOption(options.sample ?? '0');
  await demo.locator('select[name="backend"]').selectOption(options.backend ?? 'wasm');
  await demo.locator('button.run').click();
  await expect(demo).toHaveAttribute('data-demo-state', /done|error/, { timeout: DEMO_TIMEOUT });
  return demo;
}

test('no onnxruntime or model bytes are fetched before Run', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(r.url()));
  await page.goto('/methods/rope/');
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((u) => /\/ort\/|\.onnx|worker/.test(u))).toEqual([]);
});

// Vitest proves onnxruntime equals PyTorch for every method's model; in the browser, one demo per
// graph/input family (from the PE registry) shows the page, worker, runtime and model load work.
for (const { family, ids } of demoFamilies()) {
  test(`the ${family} family's demo runs on WASM and equals the build-time bits/byte (1e-3)`, async ({ page, consoleErrors }) => {
    const { id, results } = await familyDemo(page, ids);
    test.info().annotations.push({ type: 'method', description: id });
    await page.goto(`/methods/${id}/`);
    const demo = await runDemo(page, { multiple: '2' });
    await expect(demo, id).toHaveAttribute('data-demo-state', 'done');
    await expect(demo).toHaveAttribute('data-backend', 'wasm');
    const model = (JSON.parse((await demo.getAttribute('data-models'))!) as { id: string }[])[0]!.id;
    const expected = results.records.find((r) => r.model === model && r.multiple === 2)!.bpbByExcerpt[0]!;
    expect(Math.abs(Number(await demo.getAttribute('data-bpb')) - expected), `${id} on ${model}`).toBeLessThan(1e-3);
    await expect(demo.locator('.demo-plot [role="img"]')).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });
}

test('every method with build-time results belongs to a demo family', async ({ page }) => {
  const inFamilies = new Set(demoFamilies().flatMap((f) => f.ids));
  const missing: string[] = [];
  for (const { id } of await catalogue(page)) if ((await page.request.get(`/results/${id}.json`)).ok() && !inFamilies.has(id)) missing.push(id);
  expect(missing).toEqual([]);
});

test("the reader can overlay another method's build-time curve", async ({ page }) => {
  await page.goto('/methods/alibi/');
  const demo = await runDemo(page, { multiple: '2' });
  await expect(demo).toHaveAttribute('data-demo-state', 'done');
  await demo.locator('select[name="compare"]').selectOption('rope');
  await expect(demo.locator('.demo-plot')).toContainText('rope (rope), build time');
});

test('a missing model ends in a message and Run can retry', async ({ page }) => {
  await page.route('**/models/*.onnx', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto('/methods/alibi/');
  const demo = await runDemo(page, { multiple: '1' });
  await expect(demo).toHaveAttribute('data-demo-state', 'error');
  await expect(demo.locator('.demo-status')).toContainText('HTTP 404');
  await page.unroute('**/models/*.onnx');
  await demo.locator('button.run').click();
  await expect(demo).toHaveAttribute('data-demo-state', 'done', { timeout: DEMO_TIMEOUT });
});

test('a corrupt model is refused by its checksum', async ({ page }) => {
  await page.route('**/models/*.onnx', (route) => route.fulfill({ status: 200, body: Buffer.from('this is not an onnx model') }));
  await page.goto('/methods/alibi/');
  const demo = await runDemo(page, { multiple: '1' });
  await expect(demo).toHaveAttribute('data-demo-state', 'error');
  await expect(demo.locator('.demo-status')).toContainText('corrupt');
});

test('without navigator.gpu the automatic choice is WASM and says why', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'gpu', { get: () => undefined }));
  await page.goto('/methods/rope/');
  const demo = await runDemo(page, { multiple: '1', backend: 'auto' });
  await expect(demo).toHaveAttribute('data-backend', 'wasm');
  await expect(demo.locator('.backend-badge')).toContainText('no WebGPU');
});

test('pasted text: a megabyte is clamped with a note, empty and binary input get a message', async ({ page }) => {
  const demo = await ownTextDemo(page);
  await demo.locator('textarea').fill('');
  await demo.locator('button.run').click();
  await expect(demo).toHaveAttribute('data-demo-state', 'error');
  await expect(demo.locator('.demo-status')).toContainText('at least two bytes');
  await demo.locator('textarea').evaluate((el: HTMLTextAreaElement) => (el.value = '\u0000\u0001\u0002\u0003'.repeat(50)));
  await demo.locator('button.run').click();
  await expect(demo.locator('.demo-status')).toContainText('binary');
  await demo.locator('textarea').evaluate((el: HTMLTextAreaElement) => (el.value = 'The union is strong. '.repeat(50_000)));
  await demo.locator('button.run').click();
  await expect(demo).toHaveAttribute('data-demo-state', 'done', { timeout: DEMO_TIMEOUT });
  await expect(demo.locator('.demo-status')).toContainText('the demo scores the first 64');
  await expect(demo.locator('.heat span')).toHaveCount(63);
});

/** Presses Tab until `selector` has focus, at most `limit` times; whether it got there. */
async function tabTo(page: Page, selector: string, limit: number): Promise<boolean> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return true;
  }
  return false;
}

test('the demo is usable with the keyboard alone', async ({ page }) => {
  await page.goto('/methods/alibi/');
  const demo = page.locator('pe-demo');
  expect(await tabTo(page, 'pe-demo select[name="backend"]', 400), 'Tab reaches the backend choice').toBe(true);
  await page.keyboard.press('ArrowDown');
  await expect(demo.locator('select[name="backend"]')).toHaveValue('wasm');
  expect(await tabTo(page, 'pe-demo button.run', 10), 'Tab reaches Run').toBe(true);
  await page.keyboard.press('Enter');
  await expect(demo).toHaveAttribute('data-demo-state', 'done', { timeout: DEMO_TIMEOUT });
  await expect(demo.locator('.demo-plot [role="img"]')).toHaveAttribute('aria-label', /Bits per byte by position/);
});
