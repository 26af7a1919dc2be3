/**
 * The benchmark's panelled figures for this build (src/plots/benchmark-figures.ts on the committed
 * results and the method pages' frontmatter), their numbers on /benchmark/, and their citation lines:
 * the page and the figures/<id>.svg and .csv files read the same objects.
 */
import { localizedHref, type Locale } from '../i18n/locale';
import { figureWords } from '../i18n/ui/figures';
import { benchmarkFigures, type BenchmarkFigures } from '../plots/benchmark-figures';
import { figureCitation } from './figure-citation';
import { attention, benchmark, manifest, positions } from './results';
import { SITE_KEY } from './site-citation';
import { allMethods, href, reference } from './site';

export type FigureId = keyof BenchmarkFigures['figures'];

/** How /benchmark/ numbers each figure (Figure 3 shows two). */
export const FIGURE_NUMBERS: Record<FigureId, string> = figureNumbers('en');

/** FIGURE_NUMBERS in `locale`. */
export function figureNumbers(locale: Locale): Record<FigureId, string> {
  const t = figureWords(locale);
  return {
    'loss-by-length': '1',
    'loss-by-position': '2',
    'attention-entropy': t('number.top', { n: 3 }),
    'attention-distance': t('number.bottom', { n: 3 }),
    'passkey-far': '4',
    'passkey-near': '5',
  };
}

/** The anchor on /benchmark/ of the figure that shows each one. */
const ANCHORS: Record<FigureId, string> = {
  'loss-by-length': 'loss-by-length',
  'loss-by-position': 'loss-by-position',
  'attention-entropy': 'attention-by-position',
  'attention-distance': 'attention-by-position',
  'passkey-far': 'passkey-far',
  'passkey-near': 'passkey-near',
};

const cached = new Map<Locale, BenchmarkFigures>();

/** The figures with their words in `locale` (English by default); the same series, panels and numbers in every language. */
export async function siteFigures(locale: Locale = 'en'): Promise<BenchmarkFigures> {
  const hit = cached.get(locale);
  if (hit) return hit;
  const facts = new Map((await allMethods()).map((m) => [m.data.id, { name: m.data.name, category: m.data.category, subcategory: m.data.subcategory }]));
  const built = benchmarkFigures({ benchmark, positions, attention, models: manifest.models, facts, locale });
  cached.set(locale, built);
  return built;
}

/**
 * "Cite this figure" for figure `id`, in the language of `figures` (`locale`), pointing at the benchmark page
 * in that language; `site` is the configured origin (Astro.site), if any.
 */
export function citeFigure(figures: BenchmarkFigures, id: FigureId, site: URL | undefined, locale: Locale = 'en'): string {
  const page = localizedHref(locale, 'benchmark/');
  const url = site ? new URL(`${page}#fig-${ANCHORS[id]}`, site).href : undefined;
  return figureCitation({
    site: reference(SITE_KEY, '/benchmark/'),
    number: figureNumbers(locale)[id],
    title: figures.figures[id].title,
    commit: benchmark.commit,
    url,
    locale,
  });
}

/** Where a figure's files are. */
export function figureFiles(id: FigureId): { svg: string; csv: string } {
  return { svg: href(`figures/${id}.svg`), csv: href(`figures/${id}.csv`) };
}
