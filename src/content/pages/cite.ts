/**
 * The cite page's data, for its English and Chinese templates: the site's and the results' BibTeX of this build, the
 * survey's, and the site's citation in the Chinese national standard's style (GB/T 7714-2015, electronic resource).
 */
import packageJson from '../../../package.json';
import type { Reference } from '../bibliography';
import { benchmark } from '../results';
import { SITE_KEY, siteCitations } from '../site-citation';
import { reference } from '../site';

export function citePage({ site, base, buildDate }: { site: URL | undefined; base: string; buildDate: Date }) {
  // The site's and the results' BibTeX carry the URL, version, results commit and access date of this build.
  const own = siteCitations({ entry: reference(SITE_KEY, '/cite/'), site, base, buildDate });
  return { own, survey: reference('zhao-etal-2024-length', '/cite/'), gbt: gbtCitation(own.site, buildDate) };
}

/**
 * "Longitude contributors. Longitude: …[EB/OL]. 版本 1.2.0. (2026-12-02)[2026-12-02]. https://…." — responsible party,
 * title with the document type [EB/OL], version, date of publication and [date cited], and the URL where there is one.
 */
export function gbtCitation(site: Reference, buildDate: Date): string {
  const date = buildDate.toISOString().slice(0, 10);
  const parts = [`${site.authors.join(', ')}. ${site.title}[EB/OL]`, `版本 ${packageJson.version}，测量结果来自提交 ${benchmark.commit}`, `(${date})[${date}]`];
  return `${parts.join('. ')}.${site.url ? ` ${site.url}.` : ''}`;
}
