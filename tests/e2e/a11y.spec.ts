/** axe-core on every page, in light and in dark mode: no violations. */
import AxeBuilder from '@axe-core/playwright';
import { catalogue, expect, test } from './support';

for (const scheme of ['light', 'dark'] as const) {
  test(`no axe violations on any page (${scheme})`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme: scheme });
    const paths = ['/', '/methods/', '/taxonomy/', '/cite/', '/references/', '/benchmark/', '/compare/', '/404.html', ...(await catalogue(page)).map((m) => `/methods/${m.id}/`)];
    const problems: string[] = [];
    for (const path of paths) {
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).analyze();
      for (const v of violations) problems.push(`${path}: ${v.id} (${v.impact}) ×${v.nodes.length}: ${v.nodes[0]?.target.join(' ')}`);
    }
    expect(problems).toEqual([]);
  });
}
