/**
 * "Did you mean": the method names nearest a query that the full-text search did not understand.
 * The search box imports this module on its first query, so uFuzzy never weighs on a page load.
 */
import uFuzzy from '@leeoniya/ufuzzy';
import type { NamedMethod } from './exact-match';

/** The most words a name or alias is typed with; longer queries are sentences, not names. */
const NAME_WORDS = 3;
/** How many methods a suggestion lists. */
const SUGGESTIONS = 3;
/** The results the drop-down shows first (Pagefind UI's page size): what the reader judges the search by. */
const FIRST_RESULTS = 5;

/** Pagefind's search API, as much of it as the suggestions read. */
export interface PagefindSearch {
  debouncedSearch(query: string): Promise<{ results: { data(): Promise<{ content: string; meta: { title?: string } }> }[] } | null>;
}

/** The methods to suggest for a query (often none), or null when a later query replaced it before Pagefind answered. */
export async function suggestionsFor(pagefind: PagefindSearch, methods: readonly NamedMethod[], query: string): Promise<NamedMethod[] | null> {
  const found = await pagefind.debouncedSearch(query);
  if (!found) return null;
  const texts = await Promise.all(
    found.results.slice(0, FIRST_RESULTS).map(async (result) => {
      const page = await result.data();
      return `${page.meta.title ?? ''} ${page.content}`;
    }),
  );
  return needsSuggestions(query, texts) ? nearestMethods(methods, query) : [];
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Whether a query needs suggestions, given the text of the results the reader sees first. Pagefind
 * stems words and ranks near spellings, so "ropee" still lists RoPE-family pages: having results
 * proves nothing. The results are relevant when one of them contains every word of the query as
 * typed; a query that looks like a name (one to three words, with a letter) and has no relevant
 * result gets suggestions.
 */
function needsSuggestions(query: string, resultTexts: readonly string[]): boolean {
  const wanted = words(query);
  if (wanted.length === 0 || wanted.length > NAME_WORDS || !/\p{L}/u.test(query)) return false;
  return !resultTexts.some((text) => {
    const present = new Set(words(text));
    return wanted.every((w) => present.has(w));
  });
}

// One typo per word (uFuzzy's SingleError mode), the first letter as typed. uFuzzy allows a
// four-letter word only a swap or an insertion; method names are that short (YaRN, RoPE, NoPE),
// so a wrong or missing letter counts there too ("yarm" → YaRN). Shorter words match as typed
// (three letters may swap two), and numbers exactly.
const fuzzy = new uFuzzy({
  intraMode: 1,
  intraRules: (term) =>
    /\D/.test(term) && term.length >= 4
      ? { intraSlice: [1, Infinity], intraIns: 1, intraSub: 1, intraTrn: 1, intraDel: 1 }
      : { intraSlice: [1, Infinity], intraIns: 0, intraSub: 0, intraTrn: /\D/.test(term) && term.length === 3 ? 1 : 0, intraDel: 0 },
});

/**
 * The methods whose name or alias is nearest the query, nearest first. A name counts when at
 * least half of it is what was typed ("rop" suggests RoPE, not "RoPE base scaling laws"); among
 * those, the fewer letters the reader did not type, the nearer.
 */
function nearestMethods(methods: readonly NamedMethod[], query: string): NamedMethod[] {
  const terms = methods.flatMap((m) => m.terms.map((term) => ({ term, method: m })));
  const haystack = terms.map((t) => t.term);
  const [, info, order] = fuzzy.search(haystack, query);
  if (!info || !order) return [];
  const untyped = (i: number) => haystack[info.idx[i]!]!.length - matchedLength(info.ranges[i]!);
  const near = order.filter((i) => untyped(i) <= matchedLength(info.ranges[i]!)).sort((a, b) => untyped(a) - untyped(b));
  const found = new Set(near.map((i) => terms[info.idx[i]!]!.method));
  return [...found].slice(0, SUGGESTIONS);
}

/** Characters covered by uFuzzy's highlight ranges ([start, end, start, end, ...]). */
function matchedLength(ranges: readonly number[]): number {
  let length = 0;
  for (let i = 0; i + 1 < ranges.length; i += 2) length += ranges[i + 1]! - ranges[i]!;
  return length;
}
