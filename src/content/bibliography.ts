/** content/references.bib, parsed once with a real BibTeX parser. */
import { parse, type Creator } from '@retorquere/bibtex-parser';

export interface Reference {
  key: string;
  type: string;
  title: string;
  authors: string[];
  year: string;
  venue: string | undefined;
  eprint: string | undefined;
  url: string | undefined;
  doi: string | undefined;
  /** The entry exactly as written in references.bib (for copy-BibTeX). */
  bibtex: string;
}

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
/** BibTeX's "and others" closes a truncated author list. */
const creatorName = (c: Creator) => (c.lastName === 'others' && !c.firstName ? 'et al.' : (c.name ?? [c.firstName, c.prefix, c.lastName, c.suffix].filter(Boolean).join(' ')));

export function parseBibliography(source: string): Map<string, Reference> {
  const library = parse(source, { english: false });
  if (library.errors.length) throw new Error(`references.bib: ${library.errors.map((e) => e.error).join('; ')}`);
  const refs = new Map<string, Reference>();
  for (const entry of library.entries) {
    if (refs.has(entry.key)) throw new Error(`references.bib: duplicate key "${entry.key}"`);
    const f = entry.fields as Record<string, unknown>;
    const authors = Array.isArray(f['author']) ? (f['author'] as Creator[]).map(creatorName) : [];
    const title = text(f['title']);
    const year = text(f['year']);
    if (!title || !authors.length || !year) throw new Error(`references.bib: entry "${entry.key}" needs title, author and year`);
    refs.set(entry.key, {
      key: entry.key,
      type: entry.type,
      title,
      authors,
      year,
      venue: text(f['booktitle']) ?? text(f['journal']) ?? text(f['howpublished']),
      eprint: text(f['eprint']),
      url: text(f['url']),
      doi: text(f['doi']),
      bibtex: entry.input.trim(),
    });
  }
  return refs;
}

export function arxivUrl(ref: Reference): string | undefined {
  return ref.eprint ? `https://arxiv.org/abs/${ref.eprint}` : undefined;
}

/** How a short citation reads with one, two or more authors; {first}, {second} are surnames, {year} the year. */
export interface CitationForms {
  single: string;
  pair: string;
  etAl: string;
}

const ENGLISH_FORMS: CitationForms = { single: '{first} ({year})', pair: '{first} and {second} ({year})', etAl: '{first} et al. ({year})' };

/** "Su et al. (2021)" style; other languages pass their forms ("Su 等（2021）"). */
export function shortCitation(ref: Reference, forms: CitationForms = ENGLISH_FORMS): string {
  const last = (name: string) => name.split(' ').at(-1) ?? name;
  const [first, second] = ref.authors;
  const form = ref.authors.length === 1 ? forms.single : ref.authors.length === 2 ? forms.pair : forms.etAl;
  const parts: Record<string, string> = { first: last(first!), second: second === undefined ? '' : last(second), year: ref.year };
  return form.replace(/\{(first|second|year)\}/g, (_, name: string) => parts[name]!);
}

/** The links that identify a reference, in reading order: arXiv, DOI, and its URL when it has no arXiv id. */
export function referenceLinks(ref: Reference): { href: string; text: string }[] {
  const arxiv = arxivUrl(ref);
  const links: { href: string; text: string }[] = [];
  if (arxiv) links.push({ href: arxiv, text: `arXiv:${ref.eprint}` });
  if (ref.doi) links.push({ href: `https://doi.org/${ref.doi}`, text: `doi:${ref.doi}` });
  if (!arxiv && ref.url) links.push({ href: ref.url, text: ref.url });
  return links;
}

/** "Authors. Title. Venue, Year." as plain text, each part separated (for tooltips and meta data). */
export function referenceText(ref: Reference): string {
  return `${ref.authors.join(', ')}. ${ref.title}. ${ref.venue ? `${ref.venue}, ` : ''}${ref.year}.`;
}
