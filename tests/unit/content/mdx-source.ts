/** Reading a method page's source without an Astro build: frontmatter and body, component attributes. */

export function split(source: string): { frontmatter: string; body: string } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(source);
  return match ? { frontmatter: match[1]!, body: match[2]! } : undefined;
}

/** Attribute values of a component, e.g. attrs(body, 'Cite', 'key'). */
export function attrs(body: string, component: string, attr: string): string[] {
  const tag = new RegExp(`<${component}\\b[^>]*?\\b${attr}=["']([^"']*)["']`, 'g');
  return [...body.matchAll(tag)].map((m) => m[1]!);
}
