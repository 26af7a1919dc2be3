/**
 * npm run audit — Lighthouse (desktop and mobile presets) on the home page, a method page and the
 * benchmark page of the built site, in Debian's Chromium (or CHROMIUM_PATH). Prints the four category
 * scores per page; a script that prints figures, not a test (the test suite holds the byte budgets).
 */
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { withPreview } from './preview-server';

const PORT = 4332;
const PAGES = ['/', '/methods/rope/', '/benchmark/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const chromePath = process.env['CHROMIUM_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

if (!existsSync('dist/index.html')) {
  console.error('No built site: run `npm run build` first.');
  process.exit(1);
}

const chrome = await chromeLauncher.launch({
  ...(chromePath ? { chromePath } : {}),
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  await withPreview(PORT, async (origin) => {
    console.log(`Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, Chromium at ${chromePath ?? 'chrome-launcher default'}; scores 0-100`);
    console.log(`${'page'.padEnd(18)} ${'preset'.padEnd(8)} ${CATEGORIES.map((c) => c.padStart(14)).join('')}`);
    for (const path of PAGES) {
      for (const [preset, config] of [
        ['mobile', undefined],
        ['desktop', desktopConfig],
      ] as const) {
        const result = await lighthouse(`${origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] }, config);
        const scores = CATEGORIES.map((c) => {
          const score = result?.lhr.categories[c]?.score;
          return (score === null || score === undefined ? 'n/a' : String(Math.round(score * 100))).padStart(14);
        });
        console.log(`${path.padEnd(18)} ${preset.padEnd(8)} ${scores.join('')}`);
        const failed = Object.values(result?.lhr.audits ?? {}).filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual');
        for (const a of failed) console.log(`    ${a.id}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`);
      }
    }
  });
} finally {
  chrome.kill();
}
