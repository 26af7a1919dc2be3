/** Methods whose name or an alias equals the query (ignoring case and surrounding space). */
export interface NamedMethod {
  url: string;
  name: string;
  terms: string[];
}

export function exactMatches(methods: readonly NamedMethod[], query: string): NamedMethod[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  return methods.filter((m) => m.terms.some((t) => t.toLowerCase() === q));
}
