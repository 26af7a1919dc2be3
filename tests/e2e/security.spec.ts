/**
 * The site's headers, as served and as written for static hosts. Every page carries a CSP meta tag
 * (every-page.spec.ts); that it is enforced, and that pasted text stays text, is checked on the
 * visits of demo.spec.ts (each page is visited once for all its checks).
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './support';

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
