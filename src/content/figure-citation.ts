/**
 * "Cite this figure": one line naming the figure, the site (its entry in content/references.bib,
 * with the version and results commit that src/content/site-citation.ts puts in its BibTeX) and the
 * figure's address when the site's public URL is configured.
 */
import packageJson from '../../package.json';
import type { Reference } from './bibliography';

export interface FigureCitationInput {
  site: Reference;
  number: number | string;
  title: string;
  /** the commit the results were computed at (content/results/benchmark.json) */
  commit: string;
  /** the figure's absolute address, when the build knows the site's origin */
  url: string | undefined;
}

export function figureCitation({ site, number, title, commit, url }: FigureCitationInput): string {
  const who = site.authors.join(', ');
  return `${who} (${site.year}). Figure ${number}: ${title}. In ${site.title}, version ${packageJson.version}, results commit ${commit.slice(0, 12)}.${url ? ` ${url}` : ''}`;
}
