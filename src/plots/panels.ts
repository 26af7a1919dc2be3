/**
 * A panelled figure (src/plots/figure-data.ts) as Observable Plot options, one plot per panel on
 * shared axes: each series in its palette tone with its 95% band, a label at its line's end instead
 * of a legend, and the reference series drawn faintly and dashed. Rendered to SVG at build time
 * (src/plots/render.ts) and in the browser (src/plots/draw.ts). Marks carry `series series-<key>`
 * so that <series-highlight> can dim the others in every panel.
 */
import * as Plot from '@observablehq/plot';
import type { Curve } from './curves';
import { bandEnds, type Panel, type PanelFigure } from './figure-data';
import { REFERENCE_CLASS, toneClass } from './palette';
import { seriesClass } from './series';

/** The size of one panel, in SVG units; the page lays panels out in a grid that wraps to one column on a phone. */
export const PANEL = { height: 290, marginTop: 44, marginBottom: 36, marginLeft: 44 } as const;
/** The width of a panel's plotting area; the labels' room on the right comes on top. */
const PLOT_WIDTH = 250;
/** Direct labels: font size, the vertical room each needs, and the width of a character (system-ui at 10px). */
const LABEL = { lineHeight: 11, charWidth: 5.6, dx: 5, wrap: 22 } as const;

/** A text's width in Latin characters: a CJK character or full-width punctuation mark counts twice. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return width;
}

/** A label broken into lines of about `width` characters (textWidth) at spaces. */
export function wrapLabel(text: string, width: number = LABEL.wrap): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && textWidth(last) + 1 + textWidth(word) <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
const REFERENCE_DASHES = ['6 3', '1.5 2.5'];

/**
 * Vertical centres (pixels, in the given order) for labels of the given heights wanted at `ys`,
 * without overlaps, in the same order top to bottom, and within [lo, hi] where they fit.
 */
export function spreadLabels(ys: readonly number[], heights: readonly number[], lo: number, hi: number): number[] {
  const order = ys.map((y, i) => ({ y, i, h: heights[i]! })).sort((a, b) => a.y - b.y);
  const placed = order.map((o) => o.y);
  const gap = (k: number) => (order[k - 1]!.h + order[k]!.h) / 2;
  for (let k = 0; k < placed.length; k++) placed[k] = Math.max(placed[k]!, k === 0 ? lo + order[0]!.h / 2 : placed[k - 1]! + gap(k));
  for (let k = placed.length - 1; k >= 0; k--) placed[k] = Math.min(placed[k]!, k === placed.length - 1 ? hi - order[k]!.h / 2 : placed[k + 1]! - gap(k + 1));
  const out = new Array<number>(ys.length);
  order.forEach((o, k) => (out[o.i] = placed[k]!));
  return out;
}

/**
 * The y extent of every point of every panel, so that panels share one axis. Bands are left out (and cut at the
 * frame): a series whose seeds disagree wildly (FLOATER's 95% band spans hundreds of bits) would otherwise flatten
 * every other panel.
 */
function yDomain(figure: PanelFigure): [number, number] {
  if (figure.y.domain) return [figure.y.domain[0], figure.y.domain[1]];
  const { field } = figure.y;
  const values = figure.panels.flatMap((p) => p.curves.flatMap((c) => c.points.map((d) => d[field]!)));
  if (values.length === 0) return [0, 1];
  const [lo, hi] = [Math.min(...values), Math.max(...values)];
  if (figure.y.log) return [lo / 1.05, hi * 1.05];
  const pad = (hi - lo) * 0.04 || 0.1;
  return [Math.max(figure.y.floor ?? -Infinity, lo - pad), hi + pad];
}

function xDomain(figure: PanelFigure): [number, number] {
  const xs = [...(figure.x.multiples ?? []), ...figure.panels.flatMap((p) => p.curves.flatMap((c) => c.points.map((d) => d[figure.x.field]!)))];
  return xs.length ? [Math.min(...xs), Math.max(...xs)] : [1, 2];
}

/** The longest label's width: every panel keeps that much room on its right, so their plot areas line up. */
function labelRoom(figure: PanelFigure): number {
  const longest = Math.max(0, ...figure.panels.flatMap((p) => [...p.curves, ...p.references].flatMap((c) => wrapLabel(c.label).map(textWidth))));
  return Math.ceil(longest * LABEL.charWidth) + LABEL.dx + 6;
}

function markClass(c: Curve, reference: boolean): string {
  return `series series-${seriesClass(c.key)} ${reference ? REFERENCE_CLASS : toneClass(c.tone ?? 0)}`;
}

/** Labels at the right end of each line, spread apart so that none overlaps another. */
function endLabels(figure: PanelFigure, panel: Panel, domain: [number, number]): Plot.Markish[] {
  const curves = [...panel.curves.map((c) => ({ c, reference: false })), ...panel.references.map((c) => ({ c, reference: true }))].filter(({ c }) => c.points.length > 0);
  const f = figure.y.log ? Math.log : (v: number) => v;
  const [top, bottom] = [PANEL.marginTop, PANEL.height - PANEL.marginBottom];
  const toPixel = (v: number) => bottom - ((f(v) - f(domain[0])) / (f(domain[1]) - f(domain[0]))) * (bottom - top);
  const toValue = (px: number) => {
    const t = (bottom - px) / (bottom - top);
    return figure.y.log ? domain[0] * (domain[1] / domain[0]) ** t : domain[0] + t * (domain[1] - domain[0]);
  };
  const ends = curves.map(({ c }) => c.points.reduce((a, b) => (b[figure.x.field]! > a[figure.x.field]! ? b : a)));
  const lines = curves.map(({ c }) => wrapLabel(c.label));
  const ys = spreadLabels(
    ends.map((e) => toPixel(Math.min(domain[1], Math.max(domain[0], e[figure.y.field]!)))),
    lines.map((l) => l.length * LABEL.lineHeight),
    top,
    bottom,
  );
  return curves.map(({ c, reference }, i) =>
    Plot.text([{ x: ends[i]![figure.x.field]!, y: toValue(ys[i]!) }], {
      x: 'x',
      y: 'y',
      text: () => lines[i]!.join('\n'),
      lineHeight: LABEL.lineHeight / 10,
      fill: 'currentColor',
      textAnchor: 'start',
      dx: LABEL.dx,
      className: markClass(c, reference),
    }),
  );
}

function curveMarks(figure: PanelFigure, c: Curve, reference: boolean, dash: string | undefined): Plot.Markish[] {
  const { x, y } = { x: figure.x.field, y: figure.y.field };
  const className = markClass(c, reference);
  const rows = c.points;
  const line = Plot.line(rows, { x, y, stroke: 'currentColor', strokeWidth: reference ? 1.1 : 1.7, className, ...(dash ? { strokeDasharray: dash } : {}) });
  if (reference) return [line];
  const half = figure.half;
  const band = half
    ? [
        Plot.areaY(rows, {
          x,
          y1: (d: Record<string, number>) => bandEnds(figure, d)[0],
          y2: (d: Record<string, number>) => bandEnds(figure, d)[1],
          fill: 'currentColor',
          fillOpacity: 0.13,
          clip: true,
          className,
        }),
      ]
    : [];
  const title = (d: Record<string, number>) => `${c.label}\n${figure.x.label} ${String(d[x])}: ${d[y]!.toFixed(3)}${half ? ` ± ${d[half]!.toFixed(3)}` : ''}`;
  const dots = figure.dots ? [Plot.dot(rows, { x, y, fill: 'currentColor', r: 2.2, className, title })] : [];
  return [...band, line, ...dots];
}

function ruleMarks(figure: PanelFigure): Plot.Markish[] {
  const { rule } = figure;
  if (!rule) return [];
  if (rule.x !== undefined) {
    const label = rule.label ? [Plot.text([rule.x], { x: (d: number) => d, text: () => rule.label, frameAnchor: 'top', dy: 2, dx: 3, textAnchor: 'start', fillOpacity: 0.8 })] : [];
    return [Plot.ruleX([rule.x], { stroke: 'currentColor', strokeDasharray: '4 3', strokeOpacity: 0.7 }), ...label];
  }
  return [Plot.ruleY([rule.y ?? 0], { stroke: 'currentColor', strokeDasharray: '2 3', strokeOpacity: 0.7 })];
}

/** One Plot options object per panel, in panel order, on the figure's shared axes. */
export function panelPlots(figure: PanelFigure): Plot.PlotOptions[] {
  const domain = yDomain(figure);
  const multiples = figure.x.multiples;
  const x: Plot.ScaleOptions = multiples
    ? { type: 'log', base: 2, domain: xDomain(figure), label: figure.x.label, labelAnchor: 'center', ticks: [...multiples], tickFormat: (d: number) => `${d}×` }
    : { type: 'log', domain: xDomain(figure), label: figure.x.label, labelAnchor: 'center' };
  // the y label goes under the panel's title (Plot would put it at the very top, where the title is)
  const y: Plot.ScaleOptions = { domain, label: null, grid: true, ...(figure.y.log ? { type: 'log' } : {}) };
  const marginRight = labelRoom(figure);
  return figure.panels.map((panel) => ({
    ...PANEL,
    marginRight,
    width: PANEL.marginLeft + PLOT_WIDTH + marginRight,
    x,
    y,
    marks: [
      Plot.text([panel.title], { text: (d: string) => d, frameAnchor: 'top-left', lineAnchor: 'top', dy: -PANEL.marginTop + 4, dx: -PANEL.marginLeft + 4, fontWeight: 600, fontSize: 11 }),
      Plot.text([`↑ ${figure.y.label}`], { text: (d: string) => d, frameAnchor: 'top-left', lineAnchor: 'bottom', dy: -8, dx: -PANEL.marginLeft + 4 }),
      ...ruleMarks(figure),
      ...panel.references.flatMap((c, i) => curveMarks(figure, c, true, REFERENCE_DASHES[i % REFERENCE_DASHES.length])),
      ...panel.curves.flatMap((c) => curveMarks(figure, c, false, undefined)),
      ...endLabels(figure, panel, domain),
    ],
  }));
}
