/**
 * A panelled figure as data: what src/plots/panels.ts draws, and the same numbers as its table and
 * CSV, so that the three cannot disagree. No charting library here.
 */
import type { Locale } from '../i18n/locale';
import { figureWords } from '../i18n/ui/figures';
import type { Curve } from './curves';

export interface Panel {
  id: string;
  title: string;
  /** the panel's own series, each with its `tone` */
  curves: Curve[];
  /** series of other panels drawn faintly here for comparison (RoPE, ALiBi) */
  references: Curve[];
}

export interface PanelFigure {
  /** the figure's anchor and file name: #fig-<id>, figures/<id>.svg, figures/<id>.csv */
  id: string;
  title: string;
  /** point fields and axis labels; `multiples` makes a log2 axis labelled 1×, 2×, … */
  x: { field: string; label: string; multiples?: readonly number[] };
  /** `floor`: the least value the quantity can take (bits per byte ≥ 0), where a band stops */
  y: { field: string; label: string; log?: boolean; domain?: readonly [number, number]; floor?: number };
  /** the point field holding the half-width of the 95% interval, drawn as a band */
  half?: string;
  /** a dot with a tooltip at every point (short curves) */
  dots: boolean;
  /** a dashed line across every panel: the training length (x) or chance (y) */
  rule?: { x?: number; y?: number; label?: string };
  panels: Panel[];
}

/**
 * A point's interval band as drawn: value ± half-width, within the figure's fixed y domain if it has
 * one and above its floor, rounded to 12 significant digits (no floating-point noise in the CSV).
 */
export function bandEnds(figure: PanelFigure, point: Record<string, number>): [number, number] {
  const y = point[figure.y.field]!;
  const half = point[figure.half ?? '']!;
  const [lo, hi] = figure.y.domain ?? [figure.y.floor ?? -Infinity, Infinity];
  const at = (v: number) => Number(Math.min(hi, Math.max(lo, v)).toPrecision(12));
  return [at(y - half), at(y + half)];
}

/** Every series once, in its own panel (references are copies, so they are not rows). */
function rows(figure: PanelFigure): { panel: Panel; curve: Curve }[] {
  return figure.panels.flatMap((panel) => panel.curves.map((curve) => ({ panel, curve })));
}

/** The x values of the figure, ascending: the table's columns. */
export function figureXs(figure: PanelFigure): number[] {
  const xs = new Set(rows(figure).flatMap(({ curve }) => curve.points.map((p) => p[figure.x.field]!)));
  return [...xs].sort((a, b) => a - b);
}

export interface FigureTable {
  headers: string[];
  /** panel title, series label, then one cell per column ('' where the series has no point there) */
  rows: string[][];
  /** how many x values the figure plots; more than the table's columns when the table samples them */
  plotted: number;
}

/** More plotted x values than this and the table keeps one column per power of two instead (the CSV keeps all). */
export const MAX_TABLE_COLUMNS = 16;

/**
 * The table's columns: every plotted x, or, for a long per-position curve, the plotted x nearest to each
 * power of two up to the last x, and the last x — the points a reader compares on the log axis.
 */
export function tableXs(figure: PanelFigure): number[] {
  const xs = figureXs(figure);
  if (xs.length <= MAX_TABLE_COLUMNS) return xs;
  const last = xs.at(-1)!;
  const nearest = (target: number) => xs.reduce((best, x) => (Math.abs(x - target) < Math.abs(best - target) ? x : best));
  const picked = new Set<number>();
  for (let p = 1; p <= last; p *= 2) picked.add(nearest(p));
  picked.add(last);
  return [...picked].sort((a, b) => a - b);
}

/** The figure as a table: a row per series, a column per x of tableXs; values to three decimals; headers in `locale`. */
export function figureTable(figure: PanelFigure, locale: Locale = 'en'): FigureTable {
  const t = figureWords(locale);
  const xs = tableXs(figure);
  const xLabel = (x: number) => (figure.x.multiples ? `${x}×` : String(x));
  return {
    headers: [t('table.panel'), t('table.series'), ...xs.map(xLabel)],
    rows: rows(figure).map(({ panel, curve }) => {
      const at = new Map(curve.points.map((p) => [p[figure.x.field]!, p[figure.y.field]!]));
      return [panel.title, curve.label, ...xs.map((x) => (at.has(x) ? at.get(x)!.toFixed(3) : ''))];
    }),
    plotted: figureXs(figure).length,
  };
}

function csvField(value: string | number): string {
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The plotted points, one line each (full precision), with the interval's ends where the figure draws a band. */
export function figureCsv(figure: PanelFigure): string {
  const { half } = figure;
  const header = ['panel', 'series', 'key', figure.x.field, figure.y.field, ...(half ? ['low', 'high'] : [])];
  const lines = rows(figure).flatMap(({ panel, curve }) =>
    curve.points.map((p) => {
      const y = p[figure.y.field]!;
      const band = half ? bandEnds(figure, p) : [];
      return [panel.title, curve.label, curve.key, p[figure.x.field]!, y, ...band].map(csvField).join(',');
    }),
  );
  return [header.join(','), ...lines].join('\n') + '\n';
}
