/** Search: the header UI finds methods by name; every name and alias ranks its own page first. */
import { catalogue, expect, searchTop, test } from './support';

for (const [term, id] of [
  ['ALiBi', 'alibi'],
  ['rotary', 'rope'],
] as const) {
  test(`the header search lists /methods/${id}/ first for "${term}"`, async ({ page }) => {
    await page.goto('/');
    const input = page.locator('#site-search input.pagefind-ui__search-input');
    await input.fill(term);
    const first = page.locator('#site-search .pagefind-ui__result-link').first();
    await expect(first).toHaveAttribute('href', new RegExp(`/methods/${id}/$`));
  });
}

test('every method name and alias puts its own page first in the search box', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  const input = page.locator('#site-search input.pagefind-ui__search-input');
  const failures: string[] = [];
  for (const m of await catalogue(page)) {
    for (const term of [m.name, ...m.aliases]) {
      await input.fill(term);
      const first = await page.locator('#site-search .search-exact a, #site-search .pagefind-ui__result-link').first().getAttribute('href', { timeout: 5000 }).catch(() => null);
      if (!first?.endsWith(`/methods/${m.id}/`)) failures.push(`"${term}" -> ${first ?? 'nothing'} (wanted ${m.id})`);
    }
  }
  expect(failures).toEqual([]);
});

test('full-text ranking alone finds each method by name in its top three', async ({ page }) => {
  await page.goto('/');
  const failures: string[] = [];
  for (const m of await catalogue(page)) {
    const top = await searchTop(page, m.name);
    if (!top.some((url) => url.endsWith(`/methods/${m.id}/`))) failures.push(`"${m.name}" -> ${top.join(', ')}`);
  }
  expect(failures).toEqual([]);
});
