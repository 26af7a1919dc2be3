import type { Locale } from '../i18n/locale';

/** Methods whose name or an alias equals the query (ignoring case and surrounding space). */
export interface NamedMethod {
  url: string;
  name: string;
  terms: string[];
}

/** A method's English name and aliases, and its Chinese full name and aliases where it has a translation. */
export interface MethodTerms {
  id: string;
  name: string;
  aliases: readonly string[];
  zh?: { fullName?: string | undefined; aliases: readonly string[] } | undefined;
}

/**
 * The header search's exact-match list on a page in `locale`: every method with its English name and aliases, and on a
 * Chinese page its Chinese ones too, linking to `url(id)` (the method's page in that language).
 */
export function searchNames(methods: readonly MethodTerms[], locale: Locale, url: (id: string) => string): NamedMethod[] {
  return methods.map((m) => {
    const localTerms = locale === 'zh' && m.zh ? [...(m.zh.fullName ? [m.zh.fullName] : []), ...m.zh.aliases] : [];
    return { url: url(m.id), name: m.name, terms: [m.name, ...m.aliases, ...localTerms] };
  });
}

export function exactMatches(methods: readonly NamedMethod[], query: string): NamedMethod[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  return methods.filter((m) => m.terms.some((t) => t.toLowerCase() === q));
}
