/**
 * Every name and alias of a method, slugified, answers at /methods/<slug>/ with a redirect to the method's page
 * (/methods/streamingllm/ → /methods/attention-sinks/). Decided here once, deterministically:
 *   - a slug that is a method id is that method's page, never a redirect (its own id, or another method's);
 *   - a slug two methods' terms share is ambiguous and gets no redirect (catalogue aliases are unique, but
 *     two different terms can slugify alike, e.g. "Foo-Bar" and "foo bar" of different methods);
 *   - an empty slug (a term of punctuation only) is skipped.
 */

export interface NamedMethodTerms {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
}

export interface SkippedSlug {
  readonly slug: string;
  readonly reason: 'method-id' | 'ambiguous';
  /** the methods whose terms gave this slug, sorted */
  readonly methods: readonly string[];
}

export interface AliasRedirects {
  /** slug → method id, sorted by slug */
  readonly redirects: ReadonlyMap<string, string>;
  /** slugs that got no redirect and why, sorted by slug (the slugs equal to their own method's id are left out) */
  readonly skipped: readonly SkippedSlug[];
}

/** "Attention sinks (StreamingLLM)" → "attention-sinks-streamingllm"; "LLMs' Context" → "llms-context". */
export function slugify(term: string): string {
  return term
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function aliasRedirects(methods: readonly NamedMethodTerms[]): AliasRedirects {
  const ids = new Set(methods.map((m) => m.id));
  const owners = new Map<string, Set<string>>();
  for (const m of methods) {
    for (const term of [m.name, ...m.aliases]) {
      const slug = slugify(term);
      if (!slug || slug === m.id) continue;
      owners.set(slug, (owners.get(slug) ?? new Set()).add(m.id));
    }
  }
  const redirects = new Map<string, string>();
  const skipped: SkippedSlug[] = [];
  for (const slug of [...owners.keys()].sort()) {
    const claimants = [...owners.get(slug)!].sort();
    if (ids.has(slug)) skipped.push({ slug, reason: 'method-id', methods: claimants });
    else if (claimants.length > 1) skipped.push({ slug, reason: 'ambiguous', methods: claimants });
    else redirects.set(slug, claimants[0]!);
  }
  return { redirects, skipped };
}
