/**
 * Longitude's own BibTeX, for /cite/ and /references.bib: the site, and its measured results as a data set. The
 * editorial fields (title, authors, how published) come from the site's entry in content/references.bib; the rest is
 * read at build time: the version from package.json, the commit of the results from content/results/benchmark.json,
 * the URL from the configured site (LONGITUDE_SITE, astro.config.mjs `site`) and base path, and the build date as the
 * date the URL was read. Without a configured site there is no absolute URL to give, and the entries have no `url`.
 */
import packageJson from '../../package.json';
import { parseBibliography, type Reference } from './bibliography';
import { benchmark } from './results';

/** The key of the site's editorial entry in content/references.bib. */
export const SITE_KEY = 'longitude';
/** The key of the generated entry for the measured results. */
export const BENCHMARK_KEY = 'longitude-benchmark';

export interface SiteCitationInput {
  /** the site's static entry from content/references.bib */
  readonly entry: Reference;
  /** the configured public origin (Astro.site), if any */
  readonly site: URL | undefined;
  /** the base path the site is served from (import.meta.env.BASE_URL) */
  readonly base: string;
  /** when the site is built: year and urldate */
  readonly buildDate: Date;
}

export interface SiteCitations {
  readonly site: Reference;
  readonly benchmark: Reference;
}

/** A BibTeX field value in braces; its own braces must balance (they group, as in the literal author name). */
function value(text: string): string {
  let depth = 0;
  for (const c of text) {
    depth += c === '{' ? 1 : c === '}' ? -1 : 0;
    if (depth < 0) break;
  }
  if (depth !== 0) throw new Error(`site citation: unbalanced braces in "${text}"`);
  return `{${text}}`;
}

function entry(type: string, key: string, fields: [string, string | undefined][]): string {
  const present = fields.filter((f): f is [string, string] => f[1] !== undefined);
  const width = Math.max(...present.map(([name]) => name.length));
  return `@${type}{${key},\n${present.map(([name, v]) => `  ${name.padEnd(width)} = ${value(v)}`).join(',\n')}\n}`;
}

export function siteCitations({ entry: site, site: origin, base, buildDate }: SiteCitationInput): SiteCitations {
  const version = packageJson.version;
  const date = buildDate.toISOString().slice(0, 10);
  const year = date.slice(0, 4);
  const root = origin ? new URL(base, origin).href : undefined;
  const results = root ? new URL('benchmark.json', root).href : undefined;
  // a literal (corporate) author stays one name: BibTeX would otherwise split "Longitude contributors"
  const author = site.authors.map((a) => `{${a}}`).join(' and ');
  const { trainLength, multiples } = benchmark.settings;
  const source = [
    entry('misc', SITE_KEY, [
      ['title', site.title],
      ['author', author],
      ['year', year],
      ['howpublished', site.venue],
      ['version', version],
      ['url', root],
      ['urldate', date],
      ['note', `Version ${version}; measurements from commit ${benchmark.commit}`],
    ]),
    entry('misc', BENCHMARK_KEY, [
      [
        'title',
        `Longitude benchmark results: byte-level language models pre-trained at ${trainLength} bytes, evaluated from ${Math.min(...multiples) * trainLength} to ${Math.max(...multiples) * trainLength} bytes`,
      ],
      ['author', author],
      ['year', year],
      ['howpublished', 'Data set (JSON)'],
      ['version', version],
      ['url', results],
      ['urldate', date],
      ['note', `Written by ${benchmark.generatedBy} at commit ${benchmark.commit}; ${benchmark.runtime}`],
    ]),
  ].join('\n\n');
  const parsed = parseBibliography(source);
  return { site: parsed.get(SITE_KEY)!, benchmark: parsed.get(BENCHMARK_KEY)! };
}
