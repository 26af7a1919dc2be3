/** Search: the header UI finds methods by name; every name and alias ranks its own page first. */
import { catalogue, expect, searchTop, test } from './support';

for (const [term, id] of [
  ['ALiBi', 'alibi'],
  ['rotary', 'rope'],
] as const) {
  test(`the header search lists /methods/${id}/ first for "${term}"`, async ({ page }) => {
    await page.goto('/');
    const input = page.locator('#site-search input');
    await input.fill(term);
    const first = page.locator('#site-search .pagefind-ui__result-link').first();
    await expect(first).toHaveAttribute('href', new RegExp(`/methods/${id}/$`));
  });
}

test('every method name and alias puts its own page first', async ({ page }) => {
  await page.goto('/');
  const failures: string[] = [];
  for (const m of await catalogue(page)) {
    for (const term of [m.name, ...m.aliases]) {
      const top = await searchTop(page, term);
      if (!top[0]?.endsWith(`/methods/${m.id}/`)) failures.push(`"${term}" -> ${top[0] ?? 'nothing'} (wanted ${m.id})`);
    }
  }
  expect(failures).toEqual([]);
});
