/** Every internal link on every page resolves, and every same-page #anchor has a target. */
import { expect, sitePaths, test } from './support';

test('internal links and anchors resolve', async ({ page }) => {
  test.setTimeout(120_000);
  const pages = sitePaths();
  const checked = new Map<string, number>();
  const broken: string[] = [];
  for (const path of pages) {
    await page.goto(path);
    const links = await page.$$eval('a[href]', (as) => as.map((a) => a.getAttribute('href')!));
    for (const href of links) {
      if (/^(https?:|mailto:)/.test(href)) {
        if (!URL.canParse(href)) broken.push(`${path}: malformed external link ${href}`);
        continue;
      }
      const url = new URL(href, `http://127.0.0.1${path}`);
      if (url.pathname === path && url.hash) {
        const id = decodeURIComponent(url.hash.slice(1));
        if ((await page.locator(`[id="${id}"]`).count()) === 0) broken.push(`${path}: no element with id "${id}"`);
        continue;
      }
      if (!checked.has(url.pathname)) checked.set(url.pathname, (await page.request.get(url.pathname)).status());
      if (checked.get(url.pathname) !== 200) broken.push(`${path}: ${href} answers ${checked.get(url.pathname)}`);
    }
  }
  expect(broken).toEqual([]);
});
