/** Longitude's own BibTeX (/cite/, /references.bib): every value read from the code and data of the build, none typed. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../../src/content/bibliography';
import { BENCHMARK_KEY, SITE_KEY, siteCitations } from '../../../src/content/site-citation';

const bib = parseBibliography(readFileSync('content/references.bib', 'utf8'));
const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
const commit = (JSON.parse(readFileSync('content/results/benchmark.json', 'utf8')) as { commit: string }).commit;
const entry = bib.get(SITE_KEY)!;
const buildDate = new Date('2031-05-06T12:00:00Z');
/** One field of an entry's BibTeX, as written. */
const field = (bibtex: string, name: string) => new RegExp(`^\\s*${name}\\s*=\\s*\\{(.*)\\},?$`, 'm').exec(bibtex)?.[1];

describe("the site's own citations", () => {
  it('has an editorial entry in references.bib to build on', () => {
    expect(entry).toBeDefined();
    expect(entry.authors).toEqual(['Longitude contributors']);
  });

  const built = siteCitations({ entry, site: new URL('https://example.org'), base: '/longitude/', buildDate });

  it('gives the site URL with its base path, the version, the commit of the results and the access date', () => {
    expect(built.site.key).toBe(SITE_KEY);
    expect(built.site.url).toBe('https://example.org/longitude/');
    expect(field(built.site.bibtex, 'version')).toBe(version);
    expect(field(built.site.bibtex, 'urldate')).toBe('2031-05-06');
    expect(built.site.year).toBe('2031');
    expect(field(built.site.bibtex, 'note')).toContain(commit);
    expect(built.site.title).toBe(entry.title);
    expect(field(built.site.bibtex, 'author')).toBe('{Longitude contributors}');
  });

  it('cites the results as a data set of their own, at benchmark.json', () => {
    expect(built.benchmark.key).toBe(BENCHMARK_KEY);
    expect(built.benchmark.url).toBe('https://example.org/longitude/benchmark.json');
    expect(field(built.benchmark.bibtex, 'version')).toBe(version);
    expect(field(built.benchmark.bibtex, 'note')).toContain(commit);
    expect(field(built.benchmark.bibtex, 'urldate')).toBe('2031-05-06');
  });

  it('leaves out the URL when no site is configured, and both entries parse again as BibTeX', () => {
    const local = siteCitations({ entry, site: undefined, base: '/', buildDate });
    expect(local.site.url).toBeUndefined();
    expect(field(local.site.bibtex, 'url')).toBeUndefined();
    const again = parseBibliography(`${built.site.bibtex}\n\n${built.benchmark.bibtex}`);
    expect([...again.keys()]).toEqual([SITE_KEY, BENCHMARK_KEY]);
  });
});
