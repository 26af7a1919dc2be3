/**
 * npm run bench:demo — prints how fast the demo runs in Chromium (Debian's, or CHROMIUM_PATH) against
 * the limit of this machine, on the ALiBi model at 64..2048 bytes, one thread unless said otherwise:
 *   native: onnxruntime-node (the CPU build, not WASM), the same model, inputs and scoring code;
 *   node-wasm: onnxruntime-web's WASM kernels in Node (what the browser runs, minus the browser);
 *   the browser: WASM one thread (no cross-origin isolation), WASM threaded (COOP/COEP), WebGPU —
 *   each run also split into its parts (transfer to the worker, PE inputs, session run, scoring, reply);
 *   time from clicking Run to the first curve with a cold and a warm cache.
 * Each time is the median of REPEATS runs after a warm-up. Ends with one `summary:` line.
 * Needs a built site (npm run build). A script that prints figures, not a test.
 */
import { existsSync } from 'node:fs';
import * as ortNative from 'onnxruntime-node';
import * as ort from 'onnxruntime-web';
import { chromium, type Page } from '@playwright/test';
import { bitsPerPosition, inputsFor } from '../src/demo/evaluate';
import { loadModel } from '../src/demo/load';
import { localHeldout, localManifest, modelById, readLocalFile } from '../src/demo/local';
import type { Phases } from '../src/demo/protocol';
import { excerptBytes } from '../src/schemas/heldout';
import { withPreview } from './preview-server';

const PORT = 4331;
const MULTIPLES = [1, 2, 4, 8, 16, 32];
const METHOD = 'alibi';
const REPEATS = 3;
const executablePath = process.env['CHROMIUM_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const args = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--enable-unsafe-webgpu'];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** PE inputs + session run + scoring in Node, one thread, on onnxruntime-web's WASM or onnxruntime-node's native CPU build. */
async function nodeTimes(runtime: typeof ort): Promise<number[]> {
  ort.env.wasm.numThreads = 1;
  const entry = modelById(localManifest(), METHOD);
  const model = await loadModel(runtime, entry, (file, sha) => Promise.resolve(readLocalFile(file, sha)), { intraOpNumThreads: 1, interOpNumThreads: 1 });
  const text = excerptBytes(localHeldout())[0]!;
  const times = [];
  for (const k of MULTIPLES) {
    const bytes = text.subarray(0, k * entry.pretrainLength);
    const once = async () => {
      const t = performance.now();
      bitsPerPosition(await model.forward(bytes, inputsFor(model, METHOD, {}, bytes)), bytes);
      return performance.now() - t;
    };
    await once();
    const runs = [];
    for (let r = 0; r < REPEATS; r++) runs.push(await once());
    times.push(median(runs));
  }
  return times;
}

async function run(page: Page, multiple: number, backend: string): Promise<{ ms: number; wall: number; phases?: Phases }> {
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
  return { ms: Number(await demo.getAttribute('data-ms')), wall, phases: JSON.parse((await demo.getAttribute('data-phases')) ?? '{}') as Phases };
}

interface BrowserTimes {
  ms: number[];
  /** per length, the median of each part */
  phases: Phases[];
}

async function browserTimes(isolated: boolean, backend: string): Promise<BrowserTimes> {
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
  const out: BrowserTimes = { ms: [], phases: [] };
  for (const k of MULTIPLES) {
    await run(page, k, backend);
    const runs: Awaited<ReturnType<typeof run>>[] = [];
    for (let r = 0; r < REPEATS; r++) runs.push(await run(page, k, backend));
    out.ms.push(median(runs.map((x) => x.ms)));
    const parts = Object.keys(runs[0]!.phases ?? {}) as (keyof Phases)[];
    out.phases.push(Object.fromEntries(parts.map((p) => [p, median(runs.map((x) => x.phases![p]))])) as unknown as Phases);
  }
  await browser.close();
  return out;
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
  const native = await nodeTimes(ortNative);
  const nodeWasm = await nodeTimes(ort);
  const single = await browserTimes(false, 'wasm');
  const threaded = await browserTimes(true, 'wasm');
  const webgpu = await browserTimes(true, 'webgpu');
  const curve = await firstCurve();
  const f = (x: number) => (Number.isNaN(x) ? 'failed' : x.toFixed(0));
  const ratio = (t: number, i: number) => `${f(t).padStart(6)} (${(t / native[i]!).toFixed(1)}×)`.padEnd(16);
  console.log(`${METHOD} model: PE inputs + session run + scoring, milliseconds, median of ${REPEATS}; in brackets the ratio to native onnxruntime-node (Node ${process.versions.node}), one thread:`);
  console.log('length native   node-wasm-1      browser-wasm-1   browser-wasm-mt  browser-webgpu');
  MULTIPLES.forEach((k, i) => {
    const row = [nodeWasm[i]!, single.ms[i]!, threaded.ms[i]!, webgpu.ms[i]!].map((t) => ratio(t, i));
    console.log(`${String(k * 64).padStart(6)} ${f(native[i]!).padStart(6)}   ${row.join(' ')}`);
  });
  console.log('\nWhere a browser run (WASM, one thread) spends its time, milliseconds, median of each part:');
  console.log('length transfer   load inputs session scoring  reply');
  MULTIPLES.forEach((k, i) => {
    const p = single.phases[i]!;
    console.log(`${String(k * 64).padStart(6)} ${[p.transfer, p.load, p.inputs, p.session, p.scoring, p.reply].map((x) => x.toFixed(1).padStart(7)).join('')}`);
  });
  console.log(`\nRun to first curve at 64 bytes: cold cache ${curve.cold} ms, warm cache ${curve.warm} ms`);
  const at = (bytes: number) => MULTIPLES.indexOf(bytes / 64);
  const r = (bytes: number) => (single.ms[at(bytes)]! / native[at(bytes)]!).toFixed(2);
  console.log(`summary: wasm1/native@2048=${r(2048)} wasm1/native@512=${r(512)} firstCurveWarm=${curve.warm} ms firstCurveCold=${curve.cold} ms`);
});
