/**
 * The WebGPU path (Chromium with --enable-unsafe-webgpu on 127.0.0.1) runs and agrees with the
 * build-time numbers (onnxruntime-web's WASM kernels, which demo.spec.ts holds the WASM demo to):
 * one method per exported graph (families.ts, demoGraphs), each its own test, except the graphs whose
 * every operator another tested graph runs (webgpu-covered.json, checked on the ONNX files by the lab):
 * on a software adapter each graph's kernels take 10-30 s of both cores to compile.
 */
import type { Page } from '@playwright/test';
import { demoGraphs, familyDemo } from './families';
import { expect, runAndSettle, test } from './support';
import coverage from './webgpu-covered.json' with { type: 'json' };

const covered: Record<string, string> = coverage.covered;
const tested = demoGraphs().filter(({ graph }) => !(graph in covered));

test('every graph left to another graph is covered by a tested one', () => {
  const graphs = demoGraphs().map((g) => g.graph);
  for (const [graph, by] of Object.entries(covered)) {
    expect(graphs, `${graph} is an exported graph`).toContain(graph);
    expect(
      tested.map((g) => g.graph),
      `${graph}'s cover`,
    ).toContain(by);
  }
});

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

for (const { graph, ids } of tested) {
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
