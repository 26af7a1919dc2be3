/** Content-Security-Policy enforced (every page carries one: every-page.spec.ts); text a reader pastes stays text. */
import { readFileSync } from 'node:fs';
import { DEMO_TIMEOUT, expect, ownTextDemo, test } from './support';

test('the policy blocks a script injected into the page and a foreign origin', async ({ page }) => {
  await page.goto('/methods/rope/');
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

test('pasted HTML is scored as text, never interpreted', async ({ page }) => {
  const demo = await ownTextDemo(page);
  const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b>bold</b> and more text';
  await demo.locator('textarea').fill(payload);
  await demo.locator('button.run').click();
  await expect(demo).toHaveAttribute('data-demo-state', 'done', { timeout: DEMO_TIMEOUT });
  expect(await demo.locator('.demo-output img, .demo-output b, .demo-output script').count()).toBe(0);
  await expect(demo.locator('.heat')).toHaveText(payload.slice(1, 64));
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('the server sends the site headers and dist/_headers carries them for static hosts', async ({ page }) => {
  const response = await page.request.get('/');
  expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(response.headers()['cross-origin-embedder-policy']).toBe('require-corp');
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
  const file = readFileSync('dist/_headers', 'utf8');
  for (const header of [
    'Content-Security-Policy: frame-ancestors',
    'Cross-Origin-Opener-Policy: same-origin',
    'Cross-Origin-Embedder-Policy: require-corp',
    'Cache-Control: public, max-age=31536000, immutable',
  ])
    expect(file).toContain(header);
});
