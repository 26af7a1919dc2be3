/** The live demo in real Chromium: one method per graph/input family runs on WASM and matches the build-time numbers. */
import type { Page } from '@playwright/test';
import { expectedEntropy, expectedFinalBpb } from './attention-reference';
import { demoFamilies, familyDemo } from './families';
import { catalogue, DEMO_TIMEOUT, expect, runAndSettle, test, watchPageErrors } from './support';

async function runDemo(page: Page, options: { multiple: string; backend?: string; sample?: string }) {
  const demo = page.locator('pe-demo');
  await demo.locator('select[name="multiple"]').selectOption(options.multiple);
  await demo.locator('select[name="source"]').selectOption(options.sample ?? '0');
  await demo.locator('select[name="backend"]').selectOption(options.backend ?? 'wasm');
  await demo.locator('button.run').click();
  await expect(demo).toHaveAttribute('data-demo-state', /done|error/, { timeout: DEMO_TIMEOUT });
  return demo;
}

/**
 * One browser context per worker for the family demos, as a reader moving between method pages has:
 * onnxruntime's 27 MB of WASM is fetched and compiled once per worker (from the context's cache after
 * that), not once per test.
 */
const onSharedPage = test.extend<{ consoleErrors: string[] }, { sharedPage: Page }>({
  sharedPage: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL } = workerInfo.project.use;
      const context = await browser.newContext(baseURL ? { baseURL } : {});
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
  consoleErrors: async ({ sharedPage }, use) => {
    const { errors, stop } = watchPageErrors(sharedPage);
    await use(errors);
    stop();
  },
});

// Vitest proves onnxruntime equals PyTorch for every method's model; in the browser, one demo per
// graph/input family (from the PE registry) shows the page, worker, runtime and model load work.
for (const { family, ids } of demoFamilies()) {
  onSharedPage(`the ${family} family's demo runs on WASM and equals the build-time bits/byte (1e-3)`, async ({ sharedPage: page, consoleErrors }) => {
    const { id, results } = await familyDemo(page, ids);
    test.info().annotations.push({ type: 'method', description: id });
    await page.goto(`/methods/${id}/`);
    const demo = await runDemo(page, { multiple: '2' });
    await expect(demo, id).toHaveAttribute('data-demo-state', 'done');
    await expect(demo).toHaveAttribute('data-backend', 'wasm');
    const model = (JSON.parse((await demo.getAttribute('data-models'))!) as { id: string }[])[0]!.id;
    const built = results.records.find((r) => r.model === model && r.multiple === 2)!.bpbByExcerpt[0]!;
    expect(Math.abs(Number(await demo.getAttribute('data-bpb')) - built), `${id} on ${model}`).toBeLessThan(1e-3);
    await expect(demo.locator('.demo-plot [role="img"]')).toBeVisible();

    const attention = demo.locator('.demo-attention');
    await attention.locator('summary').click();
    await attention.locator('select[name="attention-layer"]').selectOption({ value: '1' });
    await attention.locator('select[name="attention-head"]').selectOption({ value: '2' });
    await attention.locator('input[name="attention-query"]').fill('40');
    await attention.locator('button.show-attention').click();
    await expect(attention).toHaveAttribute('data-attention-entropy', /\d/, { timeout: DEMO_TIMEOUT });
    await expect(attention).toHaveAttribute('data-attention-query', '39');
    await expect(attention.locator('.attention-row span'), `${id}: the zoomed row shows the 40 bytes up to the query`).toHaveCount(40);
    await expect(attention).toHaveAttribute('data-attention-layer', '1');
    await expect(attention).toHaveAttribute('data-attention-head', '2');
    await expect(attention.locator('.attention-plots [role="img"]')).toHaveCount(3);
    const expected = await expectedEntropy(id, model, 2, { layer: 1, head: 2 });
    expect(Math.abs(Number(await attention.getAttribute('data-attention-entropy')) - expected), `${id}: attention entropy, browser vs Node`).toBeLessThan(1e-4);
    expect(consoleErrors).toEqual([]);
  });
}

// An added curve's method gets the same attention view: its build-time model run live on the same bytes.
test("the attention view shows an added curve's model on the same bytes, equal to Node's (1e-4)", async ({ page, consoleErrors }) => {
  await page.goto('/methods/alibi/');
  const demo = await runDemo(page, { multiple: '2' });
  await expect(demo).toHaveAttribute('data-demo-state', 'done');
  await demo.locator('select[name="compare"]').selectOption('rope');
  const attention = demo.locator('.demo-attention');
  await attention.locator('summary').click();
  await attention.locator('select[name="attention-method"]').selectOption('rope');
  await attention.locator('select[name="attention-layer"]').selectOption({ value: '1' });
  await attention.locator('select[name="attention-head"]').selectOption({ value: '2' });
  await attention.locator('button.show-attention').click();
  await expect(attention).toHaveAttribute('data-attention-method', 'rope', { timeout: DEMO_TIMEOUT });
  const results = (await (await page.request.get('/results/rope.json')).json()) as { records: { model: string; multiple: number }[] };
  const model = results.records.find((r) => r.multiple === 2)!.model;
  await expect(attention.locator('.attention-status')).toContainText(model);
  const expected = await expectedEntropy('rope', model, 2, { layer: 1, head: 2 });
  expect(Math.abs(Number(await attention.getAttribute('data-attention-entropy')) - expected), 'rope through the ALiBi page: browser vs Node').toBeLessThan(1e-4);
  expect(consoleErrors).toEqual([]);
});

// The longest length (src/demo/lengths.ts) reads each excerpt with the held-out text before it, past the benchmark's 32x.
test('the longest length the demo offers runs on WASM, reads the text before the excerpt and equals Node (1e-3)', async ({ page, consoleErrors }) => {
  await page.goto('/methods/alibi/');
  const heldout = (await (await page.request.get('/data/heldout.json')).json()) as { longestBytes: number; excerpts: { before: string; text: string }[] };
  const longest = (await page.locator('pe-demo select[name="multiple"] option').last().getAttribute('value'))!;
  expect(Number(longest) * 64).toBe(heldout.longestBytes);
  await expect(page.locator('pe-demo .demo-lengths')).toContainText(`${longest}× (${heldout.longestBytes} bytes)`);
  const demo = await runDemo(page, { multiple: longest });
  await expect(demo, (await demo.locator('.demo-status').textContent()) ?? '').toHaveAttribute('data-demo-state', 'done');
  await expect(demo).toHaveAttribute('data-backend', 'wasm');
  const excerpt = heldout.excerpts[0]!;
  await expect(demo.locator('.heat')).toHaveText((excerpt.before + excerpt.text).slice(1));
  expect(Math.abs(Number(await demo.getAttribute('data-bpb')) - (await expectedFinalBpb('alibi', 'alibi', Number(longest))))).toBeLessThan(1e-3);
  expect(consoleErrors).toEqual([]);
});

test('every method with build-time results belongs to a demo family', async ({ page }) => {
  const inFamilies = new Set(demoFamilies().flatMap((f) => f.ids));
  const missing: string[] = [];
  for (const { id } of await catalogue(page)) if ((await page.request.get(`/results/${id}.json`)).ok() && !inFamilies.has(id)) missing.push(id);
  expect(missing).toEqual([]);
});

/** Presses Tab until `selector` has focus, at most `limit` times; whether it got there. */
async function tabTo(page: Page, selector: string, limit: number): Promise<boolean> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return true;
  }
  return false;
}

// Each page once for all its checks: the ALiBi page for what a reader does with the demo, the RoPE
// page for what the page does before and without the runtime.
test('the ALiBi demo: keyboard alone, a missing and a corrupt model, retry, an overlaid curve, pasted text', async ({ page }) => {
  // The failed loads this test provokes are logged by the browser; uncaught exceptions must not be.
  const uncaught: string[] = [];
  page.on('pageerror', (err) => uncaught.push(err.message));
  const demo = page.locator('pe-demo');
  const status = demo.locator('.demo-status');
  const models = '**/models/*.onnx';
  await page.route(models, (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto('/methods/alibi/');

  await test.step('Tab reaches the controls, Enter runs, and a missing model ends in a message', async () => {
    expect(await tabTo(page, 'pe-demo select[name="backend"]', 400), 'Tab reaches the backend choice').toBe(true);
    await page.keyboard.press('ArrowDown');
    await expect(demo.locator('select[name="backend"]')).toHaveValue('wasm');
    expect(await tabTo(page, 'pe-demo button.run', 10), 'Tab reaches Run').toBe(true);
    expect(await runAndSettle(demo, () => page.keyboard.press('Enter'))).toBe('error');
    await expect(status).toContainText('HTTP 404');
  });

  await test.step('a corrupt model is refused by its checksum', async () => {
    await page.unroute(models);
    await page.route(models, (route) => route.fulfill({ status: 200, body: Buffer.from('this is not an onnx model') }));
    expect(await runAndSettle(demo)).toBe('error');
    await expect(status).toContainText('corrupt');
  });

  await test.step('Run retries and draws the curve', async () => {
    await page.unroute(models);
    expect(await runAndSettle(demo), (await status.textContent()) ?? '').toBe('done');
    await expect(demo.locator('.demo-plot [role="img"]')).toHaveAttribute('aria-label', /Bits per byte by position/);
    await expect(demo.locator('.demo-plot g.band'), 'the build-time curve carries its 95% band').toHaveCount(1);
  });

  await test.step("another method's build-time curve can be overlaid", async () => {
    await demo.locator('select[name="compare"]').selectOption('rope');
    await expect(demo.locator('.demo-plot')).toContainText('rope (rope), build time');
    await expect(demo.locator('.demo-plot g.band'), 'the overlaid curve brings its own band').toHaveCount(2);
  });

  await test.step('pasted text: empty and binary input get a message, HTML stays text, a megabyte is clamped with a note', async () => {
    await demo.locator('select[name="multiple"]').selectOption('1');
    await demo.locator('select[name="source"]').selectOption('own');
    const text = demo.locator('textarea');
    await text.fill('');
    expect(await runAndSettle(demo)).toBe('error');
    await expect(status).toContainText('at least two bytes');
    await text.evaluate((el: HTMLTextAreaElement) => (el.value = '\u0000\u0001\u0002\u0003'.repeat(50)));
    expect(await runAndSettle(demo)).toBe('error');
    await expect(status).toContainText('binary');
    const html = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b>bold</b> and more text';
    await text.fill(html);
    expect(await runAndSettle(demo), (await status.textContent()) ?? '').toBe('done');
    expect(await demo.locator('.demo-output img, .demo-output b, .demo-output script').count()).toBe(0);
    await expect(demo.locator('.heat')).toHaveText(html.slice(1, 64));
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await text.evaluate((el: HTMLTextAreaElement) => (el.value = 'The union is strong. '.repeat(50_000)));
    expect(await runAndSettle(demo), (await status.textContent()) ?? '').toBe('done');
    await expect(status).toContainText('the demo scores the first 64');
    await expect(demo.locator('.heat span')).toHaveCount(63);
  });
  expect(uncaught).toEqual([]);
});

test('the RoPE page: no runtime before Run, the policy enforced, and without WebGPU the automatic choice is WASM and says why', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(r.url()));
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'gpu', { get: () => undefined }));
  await page.goto('/methods/rope/', { waitUntil: 'networkidle' });

  await test.step('no onnxruntime or model bytes are fetched before Run', () => {
    expect(fetched.filter((u) => /\/ort\/|\.onnx|worker/.test(u))).toEqual([]);
  });

  await test.step('the Content-Security-Policy blocks an injected script and a foreign origin', async () => {
    const outcome = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
      const inline = document.createElement('script');
      inline.textContent = 'window.__injected = true;';
      document.body.append(inline);
      const foreign = await fetch('https://example.com/').then(
        () => 'fetched',
        () => 'refused',
      );
      await new Promise((r) => setTimeout(r, 100));
      return { ran: (window as unknown as { __injected?: boolean }).__injected === true, foreign, violations };
    });
    expect(outcome.ran).toBe(false);
    expect(outcome.foreign).toBe('refused');
    expect(outcome.violations).toEqual(expect.arrayContaining(['script-src-elem', 'connect-src']));
  });

  await test.step('without navigator.gpu the automatic choice is WASM, with a notice', async () => {
    const demo = await runDemo(page, { multiple: '1', backend: 'auto' });
    await expect(demo).toHaveAttribute('data-backend', 'wasm');
    await expect(demo.locator('.backend-badge')).toContainText('no WebGPU');
  });
});
