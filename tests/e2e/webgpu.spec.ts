/** The WebGPU path (Chromium with --enable-unsafe-webgpu on 127.0.0.1) runs and agrees with WASM. */
import { expect, test } from './support';

test('the RoPE demo forced to WebGPU matches the WASM run', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/methods/rope/');
  const hasAdapter = await page.evaluate(async () => !!(await (navigator as Navigator & { gpu?: { requestAdapter(): Promise<unknown> } }).gpu?.requestAdapter()));
  test.skip(!hasAdapter, 'this Chromium offers no WebGPU adapter');
  const demo = page.locator('pe-demo');
  await demo.locator('select[name="multiple"]').selectOption('1');
  await demo.locator('select[name="backend"]').selectOption('wasm');
  await demo.locator('button.run').click();
  await expect(demo).toHaveAttribute('data-demo-state', 'done', { timeout: 60_000 });
  const wasm = Number(await demo.getAttribute('data-bpb'));
  await demo.locator('select[name="backend"]').selectOption('webgpu');
  await demo.locator('button.run').click();
  await expect(demo).toHaveAttribute('data-demo-state', 'done', { timeout: 100_000 });
  await expect(demo).toHaveAttribute('data-backend', 'webgpu');
  expect(Math.abs(Number(await demo.getAttribute('data-bpb')) - wasm)).toBeLessThan(1e-3);
});
