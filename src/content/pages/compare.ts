/**
 * The /compare/ page's data, shared by its English (src/pages/compare.astro) and Chinese
 * (src/pages/zh/compare.astro) templates: every series, the default selection, its build-time figure and
 * table, and the JSON <compare-view> redraws from. The templates differ only in prose.
 */
import { allMethods } from '../site';
import { benchmark, manifest } from '../results';
import { buildSeries, summarize } from '../../plots/series';
import { comparisonFigure } from '../../plots/benchmark-figures';
import { renderPanels } from '../../plots/render';
import { resultCells, resultHeaders } from '../../plots/table';
import type { CompareData } from '../../plots/elements/compare-view';

/** The comparison a link without ?methods= shows, and the address that selects it. */
export const DEFAULT_SELECTION = 'alibi,rope,yarn@rope';

export async function comparePage() {
  const names = new Map((await allMethods()).map((m) => [m.data.id, m.data.name]));
  const series = buildSeries(benchmark, names, manifest.models);
  const multiples = benchmark.settings.multiples;
  const defaults = DEFAULT_SELECTION.split(',').filter((k) => series.some((s) => s.key === k));
  const summaries = summarize(series);
  const shown = summaries.filter((s) => defaults.includes(s.key));
  const data: CompareData = { multiples, series: summaries };
  return {
    trainLength: benchmark.settings.trainLength,
    summaries,
    defaults,
    svg: renderPanels(comparisonFigure(shown, multiples)).join(''),
    headers: resultHeaders(multiples),
    rows: shown.map((s) => ({ label: s.label, cells: resultCells(s.points, multiples) })),
    json: JSON.stringify(data),
  };
}
