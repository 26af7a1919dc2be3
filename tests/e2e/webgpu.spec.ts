/** The WebGPU path (Chromium with --enable-unsafe-webgpu on 127.0.0.1) runs and agrees with WASM. */
import { expect, test } from './support';

test('every method demo forced to WebGPU matches its WASM run', async ({ page }) => {
  test.setTimeout(600_000);
  await page.goto('/methods/rope/');
  const hasAdapter = await page.evaluate(async () => !!(await (navigator as Navigator & { gpu?: { requestAdapter(): Promise<unknown> } }).gpu?.requestAdapter()));
  test.skip(!hasAdapter, 'this Chromium offers no WebGPU adapter');
  const methods = (await (await page.request.get('/methods.json')).json()) as { methods: { id: string }[] };
  const mismatches: string[] = [];
  for (const { id } of methods.methods) {
    if (!(await page.request.get(`/results/${id}.json`)).ok()) continue;
    await page.goto(`/methods/${id}/`);
    const demo = page.locator('pe-demo');
    await demo.locator('select[name="multiple"]').selectOption('1');
    await demo.locator('select[name="backend"]').selectOption('wasm');
    await demo.locator('button.run').click();
    await expect(demo, id).toHaveAttribute('data-demo-state', 'done', { timeout: 60_000 });
    const wasm = Number(await demo.getAttribute('data-bpb'));
    await demo.evaluate((el) => (el.dataset['demoState'] = 'idle'));
    await demo.locator('select[name="backend"]').selectOption('webgpu');
    await demo.locator('button.run').click();
    await expect(demo, id).toHaveAttribute('data-demo-state', 'done', { timeout: 100_000 });
    await expect(demo, id).toHaveAttribute('data-backend', 'webgpu');
    const webgpu = Number(await demo.getAttribute('data-bpb'));
    if (!(Math.abs(webgpu - wasm) < 1e-3)) mismatches.push(`${id}: WebGPU ${webgpu} vs WASM ${wasm}`);
  }
  expect(mismatches).toEqual([]);
});
