/**
 * The WebGPU path (Chromium with --enable-unsafe-webgpu on 127.0.0.1) runs and agrees with WASM:
 * one method per graph/input family (as in demo.spec.ts), each its own test.
 */
import type { Locator } from '@playwright/test';
import { demoFamilies, familyDemo } from './families';
import { expect, test } from './support';

test.describe.configure({ mode: 'parallel', timeout: 300_000 });

/**
 * Clicks Run and waits for that run to end: the next time the component sets data-demo-state to
 * done or error (it sets it on every run, even to the value it had), seen by a MutationObserver
 * started before the click. The component's own state is never written by the test.
 */
async function runAndSettle(demo: Locator): Promise<string> {
  await demo.evaluate((el) => {
    (window as unknown as { __settled?: Promise<string> }).__settled = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        const state = el.getAttribute('data-demo-state');
        if (state !== 'done' && state !== 'error') return;
        observer.disconnect();
        resolve(state);
      });
      observer.observe(el, { attributes: true, attributeFilter: ['data-demo-state'] });
    });
  });
  await demo.locator('button.run').click();
  return demo.evaluate(() => (window as unknown as { __settled: Promise<string> }).__settled);
}

for (const { family, ids } of demoFamilies()) {
  test(`the ${family} family's demo forced to WebGPU matches its WASM run`, async ({ page }) => {
    const { id } = await familyDemo(page, ids);
    test.info().annotations.push({ type: 'method', description: id });
    await page.goto(`/methods/${id}/`);
    const hasAdapter = await page.evaluate(async () => !!(await (navigator as Navigator & { gpu?: { requestAdapter(): Promise<unknown> } }).gpu?.requestAdapter()));
    test.skip(!hasAdapter, 'this Chromium offers no WebGPU adapter');
    const demo = page.locator('pe-demo');
    await demo.locator('select[name="multiple"]').selectOption('1');
    await demo.locator('select[name="backend"]').selectOption('wasm');
    expect(await runAndSettle(demo), `${id} on WASM`).toBe('done');
    await expect(demo).toHaveAttribute('data-backend', 'wasm');
    const wasm = Number(await demo.getAttribute('data-bpb'));
    await demo.locator('select[name="backend"]').selectOption('webgpu');
    const state = await runAndSettle(demo);
    expect(state, `${id} on WebGPU: ${await demo.locator('.demo-status').textContent()}`).toBe('done');
    await expect(demo, `${id}: ${await demo.locator('.backend-badge').textContent()}`).toHaveAttribute('data-backend', 'webgpu');
    const webgpu = Number(await demo.getAttribute('data-bpb'));
    expect(Math.abs(webgpu - wasm), `${id}: WebGPU ${webgpu} vs WASM ${wasm}`).toBeLessThan(1e-3);
  });
}
