/**
 * How the search box shows a Pagefind result (Pagefind UI's processResult), and the meta fields
 * that rank results without being shown.
 */

/**
 * Meta fields that only rank pages, with their weight (a page title weighs 5 by default): the
 * family names on /taxonomy/ outrank a method named after a family, so "randomized" lists the
 * family first and Randomized PE next; a method page's original paper title outranks pages whose
 * prose merely uses the title's words ("Train Short, Test Long" is ALiBi's, not every page that
 * trains short and tests long).
 */
export const RANKING_META: Readonly<Record<string, number>> = { families: 20, paper: 6 };

export interface PagefindSection {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { title?: string };
  weighted_locations: { balanced_score: number }[];
}

export interface PagefindPage {
  url: string;
  excerpt: string;
  meta: { title?: string; url?: string; [field: string]: string | undefined };
  sub_results: PagefindSection[];
}

export function shownResult<P extends PagefindPage>(page: P): P {
  const meta = Object.fromEntries(Object.entries(page.meta).filter(([field]) => !(field in RANKING_META)));
  return landOnNamedPlace({ ...page, meta });
}

/**
 * Pagefind links a result to its page; a page may also name places on it — an element with an id
 * and data-pagefind-title, as each family in the taxonomy tree — and a result whose matches score
 * highest in such a place links there, titled after it and with its excerpt. Headings are not
 * named places: a method page answers as a whole.
 */
function landOnNamedPlace<P extends PagefindPage>(page: P): P {
  // Pagefind's score of each matched word: its weight, less for a longer word that only starts with
  // what was typed ("pe" in "per").
  const score = (section: PagefindSection) => section.weighted_locations.reduce((sum, l) => sum + l.balanced_score, 0);
  // Stable sort: on a tie the earlier section, so the page itself before a place further down.
  const [best] = [...page.sub_results].sort((a, b) => score(b) - score(a));
  if (!best?.anchor?.title) return page;
  return { ...page, excerpt: best.excerpt, meta: { ...page.meta, url: best.url, title: [page.meta.title, best.title].filter(Boolean).join(' › ') } };
}
