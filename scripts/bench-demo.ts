/**
 * npm run bench:demo — prints how fast the demo runs in Chromium (Debian's, or CHROMIUM_PATH) next
 * to onnxruntime-web in Node, on the ALiBi model at 64..2048 bytes:
 *   per forward pass: WASM one thread (no cross-origin isolation), WASM threaded (COOP/COEP), WebGPU;
 *   time from clicking Run to the first curve with a cold and a warm cache.
 * Needs a built site (npm run build). A script that prints figures, not a test.
 */
import { existsSync } from 'node:fs';
import * as ort from 'onnxruntime-web';
import { chromium, type Page } from '@playwright/test';
import { inputsFor } from '../src/demo/evaluate';
import { localHeldout, localManifest, localModel, modelById } from '../src/demo/local';
import { excerptBytes } from '../src/schemas/heldout';
import { withPreview } from './preview-server';

const PORT = 4331;
const MULTIPLES = [1, 2, 4, 8, 16, 32];
const METHOD = 'alibi';
const executablePath = process.env['CHROMIUM_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const args = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--enable-unsafe-webgpu'];

async function nodeTimes(): Promise<number[]> {
  ort.env.wasm.numThreads = 1;
  const model = await localModel(ort, modelById(localManifest(), METHOD));
  const text = excerptBytes(localHeldout())[0]!;
  const times = [];
  for (const k of MULTIPLES) {
    const L = k * model.entry.pretrainLength;
    const inputs = inputsFor(model, METHOD, {}, L);
    await model.forward(text.subarray(0, L), inputs);
    const t = performance.now();
    await model.forward(text.subarray(0, L), inputs);
    times.push(performance.now() - t);
  }
  return times;
}

async function run(page: Page, multiple: number, backend: string): Promise<{ ms: number; wall: number }> {
  const demo = page.locator('pe-demo');
  await demo.locator('select[name="multiple"]').selectOption(String(multiple));
  await demo.locator('select[name="backend"]').selectOption(backend);
  await demo.evaluate((el) => (el.dataset['demoState'] = 'idle'));
  const started = Date.now();
  await demo.locator('button.run').click();
  await page.waitForFunction(() => ['done', 'error'].includes(document.querySelector('pe-demo')?.getAttribute('data-demo-state') ?? ''), null, { timeout: 300_000 });
  await page.waitForFunction(() => !!document.querySelector('pe-demo .demo-plot [role="img"]'));
  const wall = Date.now() - started;
  if ((await demo.getAttribute('data-demo-state')) !== 'done') {
    console.error(`${backend} at ${multiple}x failed: ${await demo.locator('.demo-status').textContent()}`);
    return { ms: NaN, wall };
  }
  return { ms: Number(await demo.getAttribute('data-ms')), wall };
}

async function browserTimes(isolated: boolean, backend: string): Promise<number[]> {
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args });
  const page = await browser.newPage();
  if (!isolated) {
    await page.route('**/*', async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      delete headers['cross-origin-opener-policy'];
      delete headers['cross-origin-embedder-policy'];
      await route.fulfill({ response, headers });
    });
  }
  await page.goto(`http://127.0.0.1:${PORT}/methods/${METHOD}/`);
  const times = [];
  for (const k of MULTIPLES) {
    await run(page, k, backend);
    times.push((await run(page, k, backend)).ms);
  }
  await browser.close();
  return times;
}

async function firstCurve(): Promise<{ cold: number; warm: number }> {
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args });
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${PORT}/methods/${METHOD}/`);
  const cold = (await run(page, 1, 'wasm')).wall;
  await page.reload();
  const warm = (await run(page, 1, 'wasm')).wall;
  await browser.close();
  return { cold, warm };
}

await withPreview(PORT, async () => {
  const node = await nodeTimes();
  const single = await browserTimes(false, 'wasm');
  const threaded = await browserTimes(true, 'wasm');
  const webgpu = await browserTimes(true, 'webgpu');
  const curve = await firstCurve();
  const f = (x: number) => (Number.isNaN(x) ? 'failed' : x.toFixed(0));
  console.log(`${METHOD} model: PE inputs + forward pass + scoring in the browser vs forward pass in Node, milliseconds (ratio to onnxruntime-web in Node ${process.versions.node}):`);
  console.log('length   node   wasm-1-thread    wasm-threaded    webgpu');
  MULTIPLES.forEach((k, i) => {
    const row = [single[i]!, threaded[i]!, webgpu[i]!].map((t) => `${f(t).padStart(6)} (${(t / node[i]!).toFixed(1)}×)`.padEnd(16));
    console.log(`${String(k * 64).padStart(6)} ${f(node[i]!).padStart(6)}   ${row.join(' ')}`);
  });
  console.log(`Run to first curve at 64 bytes: cold cache ${curve.cold} ms, warm cache ${curve.warm} ms`);
});
