/**
 * Every page, visited once (one test per page, with the browser's cache off, so as on a first visit),
 * and everything a page must be checked for on that one visit:
 * - it answers 200 and renders without a console error or uncaught exception;
 * - the landmarks a reader needs (main h1, the site navigation, the skip link) and the citation meta tags;
 * - exactly one Content-Security-Policy meta tag: a script-src without unsafe-inline, unsafe-eval,
 *   wildcards or other hosts; default-src 'self'; object-src 'none';
 * - before a demo starts: at most 100 KB (gzip) of HTML + CSS + JS, excluding the figures' inline
 *   SVG (counted apart, as figures); no request to any origin but the site's own; and no layout
 *   shift from late content (search box, toggles, figures). The shift allowance covers KaTeX's web
 *   fonts replacing the fallback font's metrics by a pixel or two, which a static page cannot order
 *   before its first paint;
 * - axe-core: the colour rules in light mode, then on the same page load switched to dark (dark changes only
 *   colours, through CSS custom properties under prefers-color-scheme), each scanning one element of each colour
 *   combination that no worker has scanned yet (palette); then every other rule, once (they do not read
 *   colours), with the figures' SVG removed first: a figure body is role="img", whose children are
 *   presentational (hidden from assistive technology), so no rule on them changes what a reader meets once
 *   nothing inside is focusable, which is checked; the SVG was two thirds of a method page's scan.
 * The timeout is a safety net for a busy machine, not a measure: nothing here depends on timing.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type axeCore from 'axe-core';
import type { Page, Response } from '@playwright/test';
import { expect, sitePaths, test, watchPageErrors } from './support';

test.describe.configure({ mode: 'parallel', timeout: 300_000 });

const BUDGET = 100 * 1024;
/** Counted apart from the page: web fonts (KaTeX's, as transferred) and the figures' inline SVG (gzip). */
const FONT_BUDGET = 150 * 1024;
const FIGURE_BUDGET = 150 * 1024;
const SHIFT_ALLOWANCE = 0.005;
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
/** A figure's inline SVG in the served HTML (Figure.astro): SVG holds no <div>, so the first </div> closes it. */
const FIGURE_BODY = /<div class="figure-body"[^>]*>[\s\S]*?<\/div>/g;
const FIGURE_FOCUSABLE = '.figure-body[role="img"] :is(a[href], button, input, select, textarea, [tabindex], [contenteditable])';

function directive(policy: string, name: string): string[] | undefined {
  const found = policy
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([n]) => n === name);
  return found?.slice(1);
}

/** What is wrong with the page's Content-Security-Policy meta tag(s). */
async function cspProblems(page: Page): Promise<string[]> {
  const policies = await page.locator('meta[http-equiv="content-security-policy"]').evaluateAll((els) => els.map((e) => e.getAttribute('content') ?? ''));
  if (policies.length !== 1) return [`${policies.length} CSP meta tags`];
  const policy = policies[0]!;
  const problems: string[] = [];
  const scripts = directive(policy, 'script-src');
  if (!scripts) problems.push('no script-src');
  else if (scripts.some((s) => s === "'unsafe-inline'" || s === "'unsafe-eval'" || s === '*' || s.startsWith('http'))) problems.push(`script-src ${scripts.join(' ')}`);
  if (directive(policy, 'default-src')?.join(' ') !== "'self'") problems.push("default-src is not 'self'");
  if (directive(policy, 'object-src')?.join(' ') !== "'none'") problems.push("object-src is not 'none'");
  return problems;
}

/**
 * Cumulative layout shift once the web fonts are in and the element that moved most: every buffered
 * entry, taken from the observer's queue two frames after the fonts are ready (no entry is lost to a late observer callback).
 */
function layoutShift(page: Page): Promise<{ score: number; worst: string }> {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node }[] };
        let score = 0;
        let worst = { value: 0, node: '' };
        const add = (entries: PerformanceEntryList) => {
          for (const entry of entries as Shift[]) {
            if (entry.hadRecentInput) continue;
            score += entry.value;
            const node = entry.sources[0]?.node;
            const name = node instanceof Element ? `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}${[...node.classList].map((c) => `.${c}`).join('')}` : String(node?.nodeName);
            if (entry.value > worst.value) worst = { value: entry.value, node: name };
          }
        };
        const observer = new PerformanceObserver((list) => add(list.getEntries()));
        observer.observe({ type: 'layout-shift', buffered: true });
        // Everything a page loads is in by its load event (the site appends its search script before
        // it; nothing but the favicon comes after), so the last shift is the web fonts' swap, in the
        // first frame after they are ready: two frames on, its entry is queued.
        void document.fonts.ready.then(() =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              add(observer.takeRecords());
              observer.disconnect();
              resolve({ score, worst: worst.node });
            }),
          ),
        );
      }),
  );
}

/**
 * axe-core's axe.run() in the page, an init script of the walker's context, so it is in every page the walk loads
 * (@axe-core/playwright's AxeBuilder injected its source again for every scan, a third of a scan's time; evaluating
 * it after each load took 0.2 s a method page more than the init script, whose compilation the renderer reuses from
 * one page to the next), from its minified build: the package's
 * `source` is the 1.5 MB unminified one, which took 0.1-0.25 CPU-s more per page to send and parse. Violations only: passes
 * need no selectors computed. The site has no frames, so the single-frame run misses nothing. KaTeX's
 * HTML rendering is left out: it is aria-hidden (assistive technology reads the MathML beside it,
 * which is scanned), holds nothing focusable, and takes its colours from the prose around it, which is
 * scanned; its thousands of spans made up a third of a method page's scan.
 */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
function axeViolations(page: Page, rules: { only: string[] } | { skip: string[] }, samples?: string[]): Promise<string[]> {
  return page.evaluate(
    async ({ rules, samples }) => {
      const { axe, colourSamples } = window as unknown as { axe: typeof axeCore; colourSamples: Map<string, Element> };
      const { violations } = await axe.run(
        samples ? { include: samples.map((combo) => colourSamples.get(combo)!), exclude: [['.katex-html']] } : { exclude: [['.katex-html']] },
        'only' in rules
          ? { resultTypes: ['violations'], runOnly: { type: 'rule', values: rules.only } }
          : { resultTypes: ['violations'], rules: Object.fromEntries(rules.skip.map((id) => [id, { enabled: false }])) },
      );
      return violations.map((v) => `${v.id} (${v.impact}) ×${v.nodes.length}: ${v.nodes[0]?.target.join(' ')}`);
    },
    { rules, samples },
  );
}

/**
 * The colours a page asks the colour rules about, in the current colour scheme: for every text the
 * rules read (an element with text of its own, or a form control) its colour, its ancestors' backgrounds
 * up to the first opaque one, its size, weight and shadow, and the opacity above it; for every link,
 * its colour and decoration against the text around it. What color-contrast and link-in-text-block
 * judge is a function of these, so a page whose every combination was already scanned (with its
 * verdict reported there) cannot fail them differently, and within a page one element of each
 * combination stands for the rest: the page keeps the first it meets (window.colourSamples) for the
 * scan. KaTeX's HTML is left out, as in the scan.
 */
function palette(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const samples = new Map<string, Element>();
    (window as unknown as { colourSamples: typeof samples }).colourSamples = samples;
    const sample = (combo: string, el: Element) => {
      if (!samples.has(combo)) samples.set(combo, el);
    };
    const transparent = (c: string) => c === 'transparent' || /rgba\(.*,\s*0\)$/.test(c);
    const opaque = (c: string) => !/rgba\(/.test(c) && c !== 'transparent';
    // The backgrounds up to the first opaque one, and the opacity over them, of each element once: a text's
    // ancestors are shared with its siblings', and reading each ancestor's style again per text tripled the walk.
    type Chain = { backgrounds: string[]; opacity: number };
    const chains = new Map<Element, Chain>();
    const chain = (el: Element, style = getComputedStyle(el)): Chain => {
      const known = chains.get(el);
      if (known) return known;
      const own = [...(style.backgroundImage !== 'none' ? [style.backgroundImage] : []), ...(transparent(style.backgroundColor) ? [] : [style.backgroundColor])];
      const above = opaque(style.backgroundColor) || !el.parentElement ? { backgrounds: [], opacity: 1 } : chain(el.parentElement);
      const found = { backgrounds: [...own, ...above.backgrounds], opacity: Number(style.opacity) * above.opacity };
      chains.set(el, found);
      return found;
    };
    const skipKatex = { acceptNode: (n: Node) => ((n as Element).classList.contains('katex-html') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT) };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT, skipKatex);
    for (let el = walker.nextNode() as HTMLElement | null; el; el = walker.nextNode() as HTMLElement | null) {
      const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
      if (!ownText && !el.matches('input, select, textarea, button')) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      const { backgrounds, opacity } = chain(el, style);
      sample([style.color, backgrounds.join(' over '), style.fontSize, style.fontWeight, style.textShadow, opacity.toFixed(2)].join(' | '), el);
      if (el.tagName === 'A' && el.parentElement) {
        const around = getComputedStyle(el.parentElement);
        sample(['link', style.color, around.color, style.textDecorationLine, style.fontWeight, around.fontWeight, style.borderBottomStyle].join(' | '), el);
      }
    }
    return [...samples.keys()];
  });
}

/**
 * The colour rules on this page's load in one scheme, on one element of each colour combination not
 * scanned already (palette above), by any worker: the method pages, in two languages and two schemes,
 * share a handful of combinations, and the colour rules were about half of a method page's scan. The
 * workers share what they scanned through a file in Playwright's output directory, which every run
 * starts empty; workers scanning the same combinations at once only scan them twice.
 */
const scannedFile = (scheme: 'light' | 'dark') => join(test.info().project.outputDir, `colours-scanned-${scheme}.txt`);
async function colourViolations(page: Page, scheme: 'light' | 'dark'): Promise<string[]> {
  const combos = await palette(page);
  const file = scannedFile(scheme);
  const seen = new Set(existsSync(file) ? readFileSync(file, 'utf8').split('\n') : []);
  const unseen = combos.filter((c) => !seen.has(c));
  if (unseen.length === 0) return [];
  const violations = await axeViolations(page, { only: COLOUR_RULES }, unseen);
  mkdirSync(dirname(file), { recursive: true });
  appendFileSync(file, unseen.map((c) => `${c}\n`).join(''));
  return violations;
}

const pages = sitePaths().map((path) => ({ path, site: true }));
// The 404 page is served for unknown addresses (pages.spec.ts); here its own file, for CSP and axe.
pages.push({ path: '/404.html', site: false }, { path: '/zh/404/', site: false });

/**
 * One page per worker visits the site's pages in turn, with its HTTP cache disabled, so that every
 * visit loads everything as a first visit does (and the weight counts it). Reusing the renderer
 * halved a visit (8 method pages: 6.4 s a page in a fresh context each, 2.9 s in one page).
 * A failed test ends its worker, so the next test starts on a new page.
 */
const walk = test.extend<object, { walker: Page }>({
  walker: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL } = workerInfo.project.use;
      const context = await browser.newContext(baseURL ? { baseURL } : {});
      await context.addInitScript({ content: axeSource });
      const page = await context.newPage();
      const devtools = await context.newCDPSession(page);
      await devtools.send('Network.enable');
      await devtools.send('Network.setCacheDisabled', { cacheDisabled: true });
      await use(page);
      await context.close();
    },
    { scope: 'worker' },
  ],
});

for (const { path, site } of pages) {
  walk(`${path}: answers, landmarks, CSP, weight, layout and axe (light, dark)`, async ({ walker: page, baseURL }) => {
    const { errors: consoleErrors, stop: stopWatchingErrors } = watchPageErrors(page);
    const origin = new URL(baseURL!).origin;
    const bodies: Promise<{ type: string; body: Buffer }>[] = [];
    const fonts: Promise<number>[] = [];
    const foreign: string[] = [];
    const onResponse = (response: Response) => {
      const type = response.request().resourceType();
      if (new URL(response.url()).origin !== origin) foreign.push(response.url());
      const body = () => response.body().catch(() => Buffer.alloc(0));
      if (['document', 'stylesheet', 'script'].includes(type)) bodies.push(body().then((b) => ({ type, body: b })));
      if (type === 'font' && !response.url().startsWith('data:')) fonts.push(body().then((b) => b.length));
    };
    page.on('response', onResponse);
    await page.emulateMedia({ colorScheme: 'light' });
    const response = await page.goto(path, { waitUntil: 'load' });

    await test.step('answers 200 with the landmarks and citation meta tags', async () => {
      if (!site) return;
      expect(response?.status(), path).toBe(200);
      // Read at once from the loaded page (all of it is in the served HTML, nothing to wait for).
      const found = await page.evaluate(() => ({
        heading: document.querySelector('main h1')?.checkVisibility() ?? false,
        navigation: document.querySelector('header nav[aria-label]')?.checkVisibility() ?? false,
        skipLink: document.querySelector('a.skip-link')?.getAttribute('href'),
        citation: ['citation_title', 'citation_author', 'citation_publication_date'].filter((name) => !document.querySelector(`meta[name="${name}"]`)?.getAttribute('content')),
      }));
      expect.soft(found, `${path}: a visible main h1 and header navigation, the skip link, no empty citation meta tag`).toEqual({
        heading: true,
        navigation: true,
        skipLink: '#main',
        citation: [],
      });
    });

    await test.step('its language: <html lang> and a switch to the same page in the other language', async () => {
      if (!site) return;
      const chinese = path.startsWith('/zh/');
      const counterpart = chinese ? path.slice(3) : `/zh${path}`;
      const [lang, target] = await page.evaluate(() => [document.documentElement.lang, document.querySelector('a[data-language-switch]')?.getAttribute('href')]);
      expect.soft(lang, path).toBe(chinese ? 'zh-CN' : 'en');
      expect.soft(target, path).toBe(counterpart);
      expect.soft(sitePaths(), `${counterpart} is a page of the site`).toContain(counterpart);
    });

    await test.step('one CSP meta tag without unsafe-inline or unsafe-eval scripts', async () => {
      expect.soft(await cspProblems(page), path).toEqual([]);
    });

    await test.step('page weight, same-origin requests and layout stability', async () => {
      if (!site) return;
      // Measured first: it waits for the web fonts, so every font request is in by the count.
      const { score, worst } = await layoutShift(page);
      page.off('response', onResponse);
      const report: string[] = [];
      let total = 0;
      let figures: string[] = [];
      const loaded = await Promise.all(bodies);
      expect(
        loaded.filter((b) => b.body.length > 0).map((b) => b.type),
        `${path}: the page's own HTML, CSS and JS were all loaded and counted`,
      ).toEqual(expect.arrayContaining(['document', 'stylesheet', 'script']));
      for (const { type, body } of loaded) {
        if (type !== 'document') {
          total += gzipSync(body).length;
          continue;
        }
        const html = body.toString('utf8');
        figures = html.match(FIGURE_BODY) ?? [];
        total += gzipSync(html.replace(FIGURE_BODY, '')).length;
      }
      expect(figures.length, `${path}: every figure body is found in the HTML`).toBe(await page.locator('.figure-body').count());
      const svgBytes = figures.join('');
      if (total > BUDGET) report.push(`${path}: ${Math.round(total / 1024)} KB of HTML+CSS+JS (gzip)`);
      const fontBytes = (await Promise.all(fonts)).reduce((a, b) => a + b, 0);
      const figureBytes = gzipSync(svgBytes).length;
      if (fontBytes > FONT_BUDGET) report.push(`${path}: ${Math.round(fontBytes / 1024)} KB of web fonts`);
      if (figureBytes > FIGURE_BUDGET) report.push(`${path}: ${Math.round(figureBytes / 1024)} KB of figures (gzip)`);
      if (process.env['BUDGET_REPORT']) console.log(`${path}: page ${Math.round(total / 1024)} KB, fonts ${Math.round(fontBytes / 1024)} KB, figures ${Math.round(figureBytes / 1024)} KB`);
      if (foreign.length) report.push(`${path}: requests to other origins: ${foreign.join(', ')}`);
      if (score > SHIFT_ALLOWANCE) report.push(`${path}: cumulative layout shift ${score.toFixed(4)}, largest at ${worst}`);
      expect.soft(report).toEqual([]);
    });

    await test.step('no axe colour violations in light and dark mode, on colours not yet scanned', async () => {
      expect.soft(await colourViolations(page, 'light'), `${path} (light)`).toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      await expect(page.locator('html')).toHaveCSS('color-scheme', 'dark');
      expect.soft(await colourViolations(page, 'dark'), `${path} (dark)`).toEqual([]);
    });

    await test.step('no axe violations: every other rule, the figures set aside', async () => {
      expect(await page.locator(FIGURE_FOCUSABLE).count(), `${path}: nothing focusable inside a figure`).toBe(0);
      await page.locator('.figure-body[role="img"]').evaluateAll((figures) => figures.forEach((f) => f.replaceChildren()));
      expect.soft(await axeViolations(page, { skip: COLOUR_RULES }), path).toEqual([]);
    });

    stopWatchingErrors();
    expect(consoleErrors, `${path}: console errors`).toEqual([]);
  });
}
