/** Content-Security-Policy on every page, enforced; text a reader pastes stays text. */
import { readFileSync } from 'node:fs';
import { expect, ownTextDemo, sitePaths, test } from './support';

function directive(policy: string, name: string): string[] | undefined {
  const found = policy.split(';').map((d) => d.trim().split(/\s+/)).find(([n]) => n === name);
  return found?.slice(1);
}

test('every page has a CSP without unsafe-inline or unsafe-eval scripts', async ({ page }) => {
  test.setTimeout(120_000);
  const problems: string[] = [];
  for (const path of [...sitePaths(), '/404.html']) {
    await page.goto(path);
    const policies = await page.locator('meta[http-equiv="content-security-policy"]').evaluateAll((els) => els.map((e) => e.getAttribute('content') ?? ''));
    if (policies.length !== 1) {
      problems.push(`${path}: ${policies.length} CSP meta tags`);
      continue;
    }
    const policy = policies[0]!;
    const scripts = directive(policy, 'script-src');
    if (!scripts) problems.push(`${path}: no script-src`);
    else if (scripts.some((s) => s === "'unsafe-inline'" || s === "'unsafe-eval'" || s === '*' || s.startsWith('http'))) problems.push(`${path}: script-src ${scripts.join(' ')}`);
    if (directive(policy, 'default-src')?.join(' ') !== "'self'") problems.push(`${path}: default-src is not 'self'`);
    if (directive(policy, 'object-src')?.join(' ') !== "'none'") problems.push(`${path}: object-src is not 'none'`);
  }
  expect(problems).toEqual([]);
});

test('the policy blocks a script injected into the page and a foreign origin', async ({ page }) => {
  await page.goto('/methods/rope/');
  const outcome = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
    const inline = document.createElement('script');
    inline.textContent = 'window.__injected = true;';
    document.body.append(inline);
    const foreign = await fetch('https://example.com/').then(() => 'fetched', () => 'refused');
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
  await expect(demo).toHaveAttribute('data-demo-state', 'done', { timeout: 60_000 });
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
  for (const header of ['Content-Security-Policy: frame-ancestors', 'Cross-Origin-Opener-Policy: same-origin', 'Cross-Origin-Embedder-Policy: require-corp', 'Cache-Control: public, max-age=31536000, immutable']) expect(file).toContain(header);
});
