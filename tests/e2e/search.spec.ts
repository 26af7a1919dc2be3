/**
 * Search: the header UI finds methods by name, title, author, id and family. That every name and alias of every method, in
 * both languages, is its own method's exact match (listed first) is a unit test on the same list (tests/unit/content/catalogue.test.ts).
 */
import type { Page } from '@playwright/test';
import { CATEGORIES } from '../../src/schemas/method';
import { searchTable } from './search-table';
import { catalogue, expect, firstSearchResult, searchTop, test, type CatalogueMethod } from './support';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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

// What researchers type (tests/e2e/search-table.ts): a paper's title, author, arXiv id or DOI finds
// the method page, benchmark terms find /benchmark/, a family's name its place in the taxonomy, a
// misspelt name its method through "Did you mean". One page load for the whole table.
test('titles, authors, ids, benchmark terms, families and misspelt names list the right place first', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  for (const row of searchTable) {
    const first = await firstSearchResult(page, row.query, { suggestions: true });
    await expect.soft(first, `${row.kind} "${row.query}" (wanted ${row.path})`).toHaveAttribute('href', new RegExp(`${escapeRegExp(row.path)}$`));
  }
});

/**
 * Opens a filter group of the drop-down and ticks one value. Pagefind's UI draws the groups again
 * when its filter counts arrive, which on a busy machine can come after the click and close the
 * group again: so the group is opened until the value is visible.
 */
async function checkFilter(page: Page, group: string, value: string) {
  const input = page.locator(`#site-search ${value}`);
  await expect(async () => {
    if (!(await input.isVisible())) await page.locator('#site-search summary', { hasText: group }).click();
    await expect(input).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  await input.check();
}

// The drop-down's filters are Pagefind's, from the data-pagefind-filter of every method page.
test('a filter in the drop-down narrows the results to its category, another to methods that need fine-tuning', async ({ page }) => {
  const methods = await catalogue(page);
  await page.goto('/');
  await page.locator('#site-search input.pagefind-ui__search-input').fill('rope');
  const message = page.locator('#site-search .pagefind-ui__message');
  const count = async () => Number(/^(\d+) results? for rope$/.exec((await message.textContent()) ?? '')?.[1] ?? NaN);
  let unfiltered = NaN;
  await expect.poll(async () => (unfiltered = await count())).toBeGreaterThan(0);
  // Every result shown (the first page of them) is a method that passes the test.
  const onlyMethods = async (passes: (m: CatalogueMethod) => boolean) => {
    const hrefs = await page.locator('#site-search .pagefind-ui__result-link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    const shown = hrefs.map((href) => methods.find((m) => href.endsWith(`/methods/${m.id}/`)));
    return shown.length > 0 && shown.every((m) => m !== undefined && passes(m));
  };

  await checkFilter(page, 'Category', `input[name="category"][value="${CATEGORIES.interpolation}"]`);
  await expect.poll(count).toBeLessThan(unfiltered);
  await expect.poll(() => onlyMethods((m) => m.category === 'interpolation')).toBe(true);
  let inCategory = NaN;
  await expect.poll(async () => (inCategory = await count())).toBeGreaterThan(0);

  await checkFilter(page, 'Needs fine-tuning', 'input[name="needs fine-tuning"][value="yes"]');
  await expect.poll(count).toBeLessThan(inCategory);
  await expect.poll(() => onlyMethods((m) => m.category === 'interpolation' && m.needsFineTuning)).toBe(true);
});

// A name that is a whole word of another method's name ("RoPE" in "Resonance RoPE") cannot be
// told apart by full-text ranking: every page in that family scores on it in its title. For those
// the exact-match list is the guarantee, and the test above walks it for every name and alias.
const sharedName = (name: string, others: string[]) => others.some((other) => new RegExp(`(^|\\s)${escapeRegExp(name)}(\\s|$)`, 'i').test(other));

test('full-text ranking alone finds each method by name in its top three', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  const failures: string[] = [];
  const methods = await catalogue(page);
  for (const m of methods) {
    if (
      sharedName(
        m.name,
        methods.filter((o) => o.id !== m.id).map((o) => o.name),
      )
    )
      continue;
    const top = await searchTop(page, m.name);
    if (!top.some((url) => url.endsWith(`/methods/${m.id}/`))) failures.push(`"${m.name}" -> ${top.join(', ')}`);
  }
  expect(failures).toEqual([]);
});

test('results drop down over the page, exact match on top, and close on a click elsewhere', async ({ page, consoleErrors }) => {
  await page.goto('/methods/alibi/');
  const heading = page.locator('main h1');
  const before = (await heading.boundingBox())!.y;
  await page.locator('#site-search input.pagefind-ui__search-input').fill('RoPE');
  await expect(page.locator('#site-search .pagefind-ui__result-link').first()).toBeVisible();
  const drawer = page.locator('#site-search .pagefind-ui__drawer');
  await expect(drawer.locator('a').first()).toHaveAttribute('href', /\/methods\/rope\/$/);
  expect((await heading.boundingBox())!.y).toBe(before);
  await heading.click();
  await expect(drawer).toBeHidden();
  await page.locator('#site-search input.pagefind-ui__search-input').focus();
  await expect(drawer).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
