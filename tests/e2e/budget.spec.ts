/**
 * Every page, before a demo starts: at most 100 KB (gzip) of HTML + CSS + JS, excluding the figures'
 * inline SVG (counted apart, as figures); no request to any origin but the site's own; and no
 * layout shift from late content (search box, toggles, figures). The shift allowance covers KaTeX's
 * web fonts replacing the fallback font's metrics by a pixel or two, which a static page cannot
 * order before its first paint.
 */
import { gzipSync } from 'node:zlib';
import type { Page, Response } from '@playwright/test';
import { expect, sitePaths, test } from './support';

const BUDGET = 100 * 1024;
/** Counted apart from the page: web fonts (KaTeX's, as transferred) and the figures' inline SVG (gzip). */
const FONT_BUDGET = 150 * 1024;
const FIGURE_BUDGET = 150 * 1024;
const SHIFT_ALLOWANCE = 0.005;

/** Cumulative layout shift so far (buffered) and the element that moved most. */
function layoutShift(page: Page): Promise<{ score: number; worst: string }> {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        let score = 0;
        let worst = { value: 0, node: '' };
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node }[] })[]) {
            if (entry.hadRecentInput) continue;
            score += entry.value;
            const node = entry.sources[0]?.node;
            const name = node instanceof Element ? `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}${[...node.classList].map((c) => `.${c}`).join('')}` : String(node?.nodeName);
            if (entry.value > worst.value) worst = { value: entry.value, node: name };
          }
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve({ score, worst: worst.node }), 300);
      }),
  );
}

test('page weight, same-origin requests and layout stability on every page', async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const report: string[] = [];
  for (const path of sitePaths()) {
    // A fresh context per page: an empty cache, so every byte a first visit costs is counted.
    const context = await browser.newContext({ baseURL: baseURL! });
    const page = await context.newPage();
    const bodies: { type: string; body: Buffer }[] = [];
    let fontBytes = 0;
    const foreign: string[] = [];
    const onResponse = async (response: Response) => {
      const type = response.request().resourceType();
      if (new URL(response.url()).origin !== new URL(baseURL!).origin) foreign.push(response.url());
      if (['document', 'stylesheet', 'script'].includes(type)) bodies.push({ type, body: await response.body().catch(() => Buffer.alloc(0)) });
      if (type === 'font' && !response.url().startsWith('data:')) fontBytes += (await response.body().catch(() => Buffer.alloc(0))).length;
    };
    page.on('response', onResponse);
    await page.goto(path, { waitUntil: 'networkidle' });
    const svgBytes = await page.$$eval('.figure-body', (els) => els.map((e) => e.innerHTML).join(''));
    let total = 0;
    for (const { type, body } of bodies) total += gzipSync(type === 'document' ? body.toString('utf8').replace(svgBytes, '') : body).length;
    if (total > BUDGET) report.push(`${path}: ${Math.round(total / 1024)} KB of HTML+CSS+JS (gzip)`);
    const figureBytes = gzipSync(svgBytes).length;
    if (fontBytes > FONT_BUDGET) report.push(`${path}: ${Math.round(fontBytes / 1024)} KB of web fonts`);
    if (figureBytes > FIGURE_BUDGET) report.push(`${path}: ${Math.round(figureBytes / 1024)} KB of figures (gzip)`);
    if (process.env['BUDGET_REPORT']) console.log(`${path}: page ${Math.round(total / 1024)} KB, fonts ${Math.round(fontBytes / 1024)} KB, figures ${Math.round(figureBytes / 1024)} KB`);
    if (foreign.length) report.push(`${path}: requests to other origins: ${foreign.join(', ')}`);
    const { score, worst } = await layoutShift(page);
    if (score > SHIFT_ALLOWANCE) report.push(`${path}: cumulative layout shift ${score.toFixed(4)}, largest at ${worst}`);
    await context.close();
  }
  expect(report).toEqual([]);
});
