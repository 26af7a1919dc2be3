/** The references page's list, for its English and Chinese templates: every work in content/references.bib, by first author's surname and year. */
import type { Reference } from '../bibliography';
import { references } from '../site';

const surname = (r: Reference) => r.authors[0]!.split(' ').at(-1)!;

export function sortedReferences(): Reference[] {
  return [...references.values()].sort((a, b) => surname(a).localeCompare(surname(b)) || a.year.localeCompare(b.year));
}
