/**
 * Every page, before a demo starts: at most 100 KB (gzip) of HTML + CSS + JS, excluding the figures'
 * inline SVG (counted apart, as figures), and no request to any origin but the site's own.
 */
import { gzipSync } from 'node:zlib';
import { expect, sitePaths, test } from './support';

const BUDGET = 100 * 1024;

test('page weight budget and same-origin requests on every page', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const paths = sitePaths();
  const report: string[] = [];
  for (const path of paths) {
    const bodies: { url: string; type: string; body: Buffer }[] = [];
    const foreign: string[] = [];
    const onResponse = async (response: import('@playwright/test').Response) => {
      const request = response.request();
      if (new URL(response.url()).origin !== new URL(baseURL!).origin) foreign.push(response.url());
      if (['document', 'stylesheet', 'script'].includes(request.resourceType())) bodies.push({ url: response.url(), type: request.resourceType(), body: await response.body().catch(() => Buffer.alloc(0)) });
    };
    page.on('response', onResponse);
    await page.goto(path, { waitUntil: 'networkidle' });
    page.off('response', onResponse);
    const svgBytes = await page.$$eval('.figure-body', (els) => els.map((e) => e.innerHTML).join(''));
    let total = 0;
    for (const { type, body } of bodies) total += gzipSync(type === 'document' ? body.toString('utf8').replace(svgBytes, '') : body).length;
    if (total > BUDGET) report.push(`${path}: ${Math.round(total / 1024)} KB of HTML+CSS+JS (gzip)`);
    if (foreign.length) report.push(`${path}: requests to other origins: ${foreign.join(', ')}`);
  }
  expect(report).toEqual([]);
});
