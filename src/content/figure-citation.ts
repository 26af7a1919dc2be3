/**
 * "Cite this figure": one line naming the figure, the site (its entry in content/references.bib,
 * with the version and results commit that src/content/site-citation.ts puts in its BibTeX) and the
 * figure's address when the site's public URL is configured.
 */
import packageJson from '../../package.json';
import type { Locale } from '../i18n/locale';
import { figureWords } from '../i18n/ui/figures';
import type { Reference } from './bibliography';

export interface FigureCitationInput {
  site: Reference;
  number: number | string;
  title: string;
  /** the commit the results were computed at (content/results/benchmark.json) */
  commit: string;
  /** the figure's absolute address, when the build knows the site's origin */
  url: string | undefined;
  /** the language of the line's fixed words (the title comes in its own language) */
  locale?: Locale;
}

export function figureCitation({ site, number, title, commit, url, locale = 'en' }: FigureCitationInput): string {
  const who = site.authors.join(', ');
  const line = figureWords(locale)('cite.line', { who, year: site.year, number, title, site: site.title, version: packageJson.version, commit: commit.slice(0, 12) });
  return `${line}${url ? ` ${url}` : ''}`;
}
