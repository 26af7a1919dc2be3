import type { APIRoute } from 'astro';
import { CATEGORIES } from '../schemas/method';
import { allMethods, href, reference, translations } from '../content/site';
import { localizedHref } from '../i18n/locale';
import { isMethodId, methods as encodings } from '../pe/registry';

export const GET: APIRoute = async ({ site }) => {
  const zh = await translations();
  const absolute = (path: string) => (site ? new URL(path, site).href : path);
  const methods = (await allMethods()).map(({ data: m }) => {
    const translated = zh.get(m.id)?.data;
    const paper = reference(m.paper, `content/methods/${m.id}.mdx`);
    const path = href(`methods/${m.id}/`);
    return {
      id: m.id,
      name: m.name,
      fullName: m.fullName ?? null,
      aliases: m.aliases,
      category: m.category,
      categoryLabel: CATEGORIES[m.category],
      subcategory: m.subcategory,
      year: m.year,
      trainable: m.trainable,
      needsFineTuning: m.needsFineTuning,
      related: m.related,
      summary: m.summary,
      surveySection: m.surveySection,
      paper: { key: paper.key, title: paper.title, authors: paper.authors, year: paper.year, venue: paper.venue ?? null, arxiv: paper.eprint ?? null, url: paper.url ?? null },
      url: absolute(path),
      /** the Chinese page's prose fields (facts are the ones above); null until translated */
      zh: translated
        ? {
            url: absolute(localizedHref('zh', `methods/${m.id}/`)),
            fullName: translated.fullName ?? null,
            aliases: translated.aliases,
            summary: translated.summary,
            whyNoLiveModel: translated.whyNoLiveModel ?? null,
          }
        : null,
      /** the trained models the page's live demo can run (public/models/manifest.json ids); empty: no live model yet */
      demoModels: isMethodId(m.id) ? [...encodings[m.id].models] : [],
      /** where demoModels is empty: why no live model runs on the page (the page shows the same) */
      whyNoLiveModel: m.whyNoLiveModel ?? null,
    };
  });
  return new Response(JSON.stringify({ generatedBy: 'Longitude', count: methods.length, methods }, null, 1), { headers: { 'Content-Type': 'application/json' } });
};
