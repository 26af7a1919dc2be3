/**
 * Search in Chinese (issue 16): on a Chinese page the header search queries the Chinese index (Pagefind's CJK
 * segmentation), lists Chinese pages only, and a method's Chinese name puts its Chinese page first.
 */
import { catalogue, expect, firstSearchResult, searchTop, test, type CatalogueMethod } from './support';

type Translated = CatalogueMethod & { zh: { url: string; fullName: string | null; aliases: string[] } | null };

const CJK = /[\u4e00-\u9fff]/;

// Every Chinese name and alias is its method's exact match (a unit test walks them all on the same list); here, typed
// into the built site's box, the examples put the Chinese page first.
test('Chinese names typed into the header search put the method’s Chinese page first', async ({ page }) => {
  await page.goto('/zh/');
  for (const [term, id] of [
    ['旋转位置编码', 'rope'],
    ['线性偏置注意力', 'alibi'],
    ['位置插值', 'pi'],
  ] as const) {
    await expect.soft(await firstSearchResult(page, term), `"${term}" (wanted ${id})`).toHaveAttribute('href', new RegExp(`/zh/methods/${id}/$`));
  }
});

test('Pagefind’s Chinese index alone finds each method by its Chinese name in its top three, and lists only Chinese pages', async ({ page }) => {
  test.setTimeout(180_000);
  const methods = (await catalogue(page)) as Translated[];
  await page.goto('/zh/');
  const failures: string[] = [];
  const named = methods.filter((m) => m.zh?.fullName && CJK.test(m.zh.fullName));
  // A name contained in another method's Chinese name (旋转位置编码 in 分辨率旋转位置编码) cannot be told apart by
  // full-text ranking alone; the exact-match list above is the guarantee for those.
  const distinct = named.filter((m) => !named.some((o) => o.id !== m.id && o.zh!.fullName!.includes(m.zh!.fullName!)));
  for (const m of distinct) {
    const top = await searchTop(page, m.zh!.fullName!);
    if (!top.some((url) => url.endsWith(`/zh/methods/${m.id}/`))) failures.push(`"${m.zh!.fullName}" -> ${top.join(', ')}`);
    if (top.some((url) => !url.includes('/zh/'))) failures.push(`"${m.zh!.fullName}" lists an English page: ${top.join(', ')}`);
  }
  expect(failures).toEqual([]);
  expect(distinct.length).toBeGreaterThan(10);
});

test('an English term searched from a Chinese page finds the Chinese page of the method', async ({ page }) => {
  await page.goto('/zh/methods/alibi/');
  const input = page.locator('#site-search input.pagefind-ui__search-input');
  await input.fill('YaRN');
  await expect(page.locator('#site-search .search-exact a, #site-search .pagefind-ui__result-link').first()).toHaveAttribute('href', /\/zh\/methods\/yarn\/$/);
});
