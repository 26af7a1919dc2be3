/**
 * The benchmark's panelled figures for this build (src/plots/benchmark-figures.ts on the committed
 * results and the method pages' frontmatter), their numbers on /benchmark/, and their citation lines:
 * the page and the figures/<id>.svg and .csv files read the same objects.
 */
import { benchmarkFigures, type BenchmarkFigures } from '../plots/benchmark-figures';
import { figureCitation } from './figure-citation';
import { attention, benchmark, manifest, positions } from './results';
import { SITE_KEY } from './site-citation';
import { allMethods, href, reference } from './site';

export type FigureId = keyof BenchmarkFigures['figures'];

/** How /benchmark/ numbers each figure (Figure 3 shows two). */
export const FIGURE_NUMBERS: Record<FigureId, string> = {
  'loss-by-length': '1',
  'loss-by-position': '2',
  'attention-entropy': '3 (top)',
  'attention-distance': '3 (bottom)',
  'passkey-far': '4',
  'passkey-near': '5',
};

/** The anchor on /benchmark/ of the figure that shows each one. */
const ANCHORS: Record<FigureId, string> = {
  'loss-by-length': 'loss-by-length',
  'loss-by-position': 'loss-by-position',
  'attention-entropy': 'attention-by-position',
  'attention-distance': 'attention-by-position',
  'passkey-far': 'passkey-far',
  'passkey-near': 'passkey-near',
};

let cached: BenchmarkFigures | undefined;

export async function siteFigures(): Promise<BenchmarkFigures> {
  if (cached) return cached;
  const facts = new Map((await allMethods()).map((m) => [m.data.id, { name: m.data.name, category: m.data.category, subcategory: m.data.subcategory }]));
  cached = benchmarkFigures({ benchmark, positions, attention, models: manifest.models, facts });
  return cached;
}

/** "Cite this figure" for figure `id`; `site` is the configured origin (Astro.site), if any. */
export function citeFigure(figures: BenchmarkFigures, id: FigureId, site: URL | undefined): string {
  const url = site ? new URL(`${href('benchmark/')}#fig-${ANCHORS[id]}`, site).href : undefined;
  return figureCitation({ site: reference(SITE_KEY, '/benchmark/'), number: FIGURE_NUMBERS[id], title: figures.figures[id].title, commit: benchmark.commit, url });
}

/** Where a figure's files are. */
export function figureFiles(id: FigureId): { svg: string; csv: string } {
  return { svg: href(`figures/${id}.svg`), csv: href(`figures/${id}.csv`) };
}
