/** The live demo and /compare/ on Chinese pages: the same runs and numbers as in English, the words in Chinese. */
import { DEMO_TIMEOUT, expect, runAndSettle, test } from './support';

const CJK = /[\u4e00-\u9fff]/;

test('the Chinese RoPE demo: a missing model explained in Chinese, then the same bits/byte as the English page', async ({ page }) => {
  const bpb: Record<string, string> = {};
  // Chinese first: the model is not yet in the Cache API, so the refused download is really asked for.
  for (const path of ['/zh/methods/rope/', '/methods/rope/']) {
    await page.goto(path);
    const demo = page.locator('pe-demo');
    await demo.locator('select[name="multiple"]').selectOption('1');
    await demo.locator('select[name="backend"]').selectOption('wasm');
    if (path.startsWith('/zh/')) {
      await page.route('**/models/*.onnx', (route) => route.fulfill({ status: 404, body: 'not found' }));
      expect(await runAndSettle(demo)).toBe('error');
      await expect(demo.locator('.demo-status')).toContainText('无法下载');
      await expect(demo.locator('.demo-status')).toContainText('HTTP 404');
      await page.unroute('**/models/*.onnx');
    }
    expect(await runAndSettle(demo), (await demo.locator('.demo-status').textContent()) ?? '').toBe('done');
    await expect(demo).toHaveAttribute('data-demo-state', 'done', { timeout: DEMO_TIMEOUT });
    bpb[path] = (await demo.getAttribute('data-bpb'))!;
    if (path.startsWith('/zh/')) {
      await expect(demo.locator('.demo-status')).toContainText('完成');
      await expect(demo.locator('.backend-badge')).toContainText('由你选择');
      await expect(demo.locator('.demo-summary dt').first()).toHaveText(CJK);
      await expect(demo.locator('.demo-plot figcaption')).toHaveText(CJK);
    }
  }
  expect(bpb['/zh/methods/rope/']).toBe(bpb['/methods/rope/']);
});

test('/zh/compare/ reads and writes its selection in the URL, with the English page’s table', async ({ page, consoleErrors }) => {
  await page.goto('/compare/?methods=alibi,rope');
  const english = await page.locator('#compare-table tbody').innerText();
  await page.goto('/zh/compare/?methods=alibi,rope');
  await expect(page.locator('h1')).toHaveText(CJK);
  await expect(page.locator('#compare-table tbody tr')).toHaveCount(2);
  expect(await page.locator('#compare-table tbody').innerText()).toBe(english);
  await page.locator('.picker input[value="nope"]').check();
  await expect(page.locator('#compare-table tbody tr')).toHaveCount(3);
  await expect(page.locator('#fig-compare .figure-body')).toHaveAttribute('aria-label', CJK);
  expect(new URL(page.url()).pathname).toBe('/zh/compare/');
  expect(consoleErrors).toEqual([]);
});
