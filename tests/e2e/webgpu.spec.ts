/**
 * The WebGPU path (Chromium with --enable-unsafe-webgpu on 127.0.0.1) runs and agrees with the
 * build-time numbers (onnxruntime-web's WASM kernels, which demo.spec.ts holds the WASM demo to):
 * one method per exported graph (families.ts, demoGraphs), each its own test.
 */
import type { Page } from '@playwright/test';
import { demoGraphs, familyDemo } from './families';
import { expect, runAndSettle, test } from './support';

// One page for all graphs, in order: the WebGPU runtime (27 MB of WASM) and its shaders are
// compiled once and reused from the page's cache instead of once per test.
test.describe.configure({ mode: 'serial', timeout: 300_000 });
let page: Page;
test.beforeAll(async ({ browser, baseURL }) => {
  page = await (await browser.newContext({ baseURL: baseURL! })).newPage();
});
test.afterAll(async () => {
  await page.context().close();
});

for (const { graph, ids } of demoGraphs()) {
  test(`the ${graph} graph's demo forced to WebGPU equals the build-time bits/byte (1e-3)`, async () => {
    const { id, results } = await familyDemo(page, ids);
    test.info().annotations.push({ type: 'method', description: id });
    await page.goto(`/methods/${id}/`);
    const hasAdapter = await page.evaluate(async () => !!(await (navigator as Navigator & { gpu?: { requestAdapter(): Promise<unknown> } }).gpu?.requestAdapter()));
    test.skip(!hasAdapter, 'this Chromium offers no WebGPU adapter');
    const demo = page.locator('pe-demo');
    await demo.locator('select[name="multiple"]').selectOption('1');
    await demo.locator('select[name="source"]').selectOption('0');
    await demo.locator('select[name="backend"]').selectOption('webgpu');
    const state = await runAndSettle(demo);
    expect(state, `${id} on WebGPU: ${await demo.locator('.demo-status').textContent()}`).toBe('done');
    await expect(demo, `${id}: ${await demo.locator('.backend-badge').textContent()}`).toHaveAttribute('data-backend', 'webgpu');
    const model = (JSON.parse((await demo.getAttribute('data-models'))!) as { id: string }[])[0]!.id;
    const expected = results.records.find((r) => r.model === model && r.multiple === 1)!.bpbByExcerpt[0]!;
    const webgpu = Number(await demo.getAttribute('data-bpb'));
    expect(Math.abs(webgpu - expected), `${id} on ${model}: WebGPU ${webgpu} vs build time ${expected}`).toBeLessThan(1e-3);
  });
}
