import type { APIRoute } from 'astro';
import bib from '../../content/references.bib?raw';
import { SITE_KEY, siteCitations } from '../content/site-citation';
import { reference } from '../content/site';

/** content/references.bib, with the site's entry completed (URL, version, results commit, date) and the results' entry added. */
export const GET: APIRoute = ({ site }) => {
  const entry = reference(SITE_KEY, '/references.bib');
  const own = siteCitations({ entry, site, base: import.meta.env.BASE_URL, buildDate: new Date() });
  if (!bib.includes(entry.bibtex)) throw new Error(`/references.bib: the "${SITE_KEY}" entry of content/references.bib was not found verbatim`);
  const body = bib.replace(entry.bibtex, `${own.site.bibtex}\n\n${own.benchmark.bibtex}`);
  return new Response(body, { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
};
