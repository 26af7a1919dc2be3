/**
 * The open-problems page's data, for its English and Chinese templates: the findings it embeds (computed from
 * content/results by src/content/findings.ts) and the training length its prose quotes.
 */
import { findings, type Finding } from '../findings';
import { benchmark } from '../results';
import type { Locale } from '../../i18n/locale';

export function openProblemsPage(locale: Locale = 'en') {
  const byId = new Map(findings(benchmark, locale).map((f) => [f.id, f]));
  const finding = (id: string): Finding => {
    const f = byId.get(id);
    if (!f) throw new Error(`/open-problems/: no finding "${id}" in src/content/findings.ts`);
    return f;
  };
  const L = benchmark.settings.trainLength;
  return { blindSpot: finding('perplexity-blind-spot'), nope: finding('nope-generalizes'), L, halfL: L / 2 };
}
