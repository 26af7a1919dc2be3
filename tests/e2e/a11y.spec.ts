/**
 * axe-core on every page: all rules in light mode; in dark mode, which changes only colours, the
 * colour rules (a full second pass doubled the suite's slowest file for no other coverage).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, sitePaths, test } from './support';

test.describe.configure({ mode: 'parallel' });

const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

for (const scheme of ['light', 'dark'] as const) {
  for (const path of [...sitePaths(), '/404.html']) {
    test(`no axe violations on ${path} (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      const axe = new AxeBuilder({ page });
      const { violations } = await (scheme === 'dark' ? axe.withRules(COLOUR_RULES) : axe).analyze();
      expect(violations.map((v) => `${v.id} (${v.impact}) ×${v.nodes.length}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    });
  }
}
