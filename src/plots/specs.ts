/**
 * Figure specifications: pure functions from data to Observable Plot options. The same specs are
 * rendered to SVG at build time (src/plots/render.ts) and, where a page is interactive, in the browser (src/plots/draw.ts).
 * Colours come from CSS (currentColor) or the curves' own, so figures read in light and dark. The
 * benchmark's panelled line figures are src/plots/panels.ts. Each spec takes the locale of its words
 * (English by default; in the browser, documentLocale()).
 */
import * as Plot from '@observablehq/plot';
import type { Locale } from '../i18n/locale';
import { figureWords } from '../i18n/ui/figures';
import { SMOOTHING_WINDOW, type Curve } from './curves';
import { seriesClass } from './series';

type Options = Plot.PlotOptions;

/** Curves coloured by their own colours, through a colour scale so that a legend can name them. */
function colorsOf(curves: readonly Curve[], legend: boolean): Plot.ScaleOptions {
  return { domain: curves.map((c) => c.label), range: curves.map((c) => c.color), legend: legend && curves.length > 0 };
}

/** One line (and, unless `dots` is false, a dot with a tooltip per point) per curve; marks carry `series series-<key>` for highlighting. */
function lines(curves: readonly Curve[], x: string, y: string, dots = true): Plot.Markish[] {
  return curves.flatMap((c) => {
    const rows = c.points.map((d) => ({ ...d, series: c.label }));
    const className = `series series-${seriesClass(c.key)}`;
    const line = Plot.line(rows, { x, y, stroke: 'series', strokeWidth: 1.6, className });
    if (!dots) return [line];
    return [line, Plot.dot(rows, { x, y, fill: 'series', r: 2.2, className, title: (d: Record<string, number>) => `${c.label}\n${x} ${String(d[x])}: ${d[y]!.toFixed(3)}` })];
  });
}

/** The 95% band of the curves whose points carry the half-width `${y}Half` (src/plots/curves.ts withHalfWidths), in each curve's colour, stopping at 0 bits. */
function bands(curves: readonly Curve[], x: string, y: string): Plot.Markish[] {
  const half = `${y}Half`;
  return curves
    .filter((c) => c.points.some((d) => half in d))
    .map((c) =>
      Plot.areaY(
        c.points.map((d) => ({ ...d, series: c.label })),
        {
          x,
          y1: (d: Record<string, number>) => Math.max(0, d[y]! - d[half]!),
          y2: (d: Record<string, number>) => d[y]! + d[half]!,
          fill: 'series',
          fillOpacity: 0.15,
          className: `band series series-${seriesClass(c.key)}`,
        },
      ),
    );
}

/**
 * Smoothed bits per byte by position, training length dashed; curve points { position, bits } (smoothedByPosition),
 * and a 95% band where they carry bitsHalf: the live demo's plot of its run beside the build-time curves.
 */
export function lossByPosition(curves: readonly Curve[], trainLength: number, { legend = false, dots = true, locale = 'en' }: { legend?: boolean; dots?: boolean; locale?: Locale } = {}): Options {
  const t = figureWords(locale);
  return {
    width: 760,
    height: 380,
    x: { type: 'log', label: t('axis.position') },
    y: { label: t('axis.bpb-smoothed', { window: SMOOTHING_WINDOW }), grid: true },
    color: colorsOf(curves, legend),
    marks: [
      Plot.ruleX([trainLength], { stroke: 'currentColor', strokeDasharray: '4 3' }),
      Plot.text([{ x: trainLength }], { x: 'x', text: () => t('spec.training-length', { length: trainLength }), frameAnchor: 'top', dx: 4, textAnchor: 'start' }),
      ...bands(curves, 'position', 'bits'),
      ...lines(curves, 'position', 'bits', dots),
    ],
  };
}

interface PairCell {
  i: number;
  j: number;
  value: number;
}

/**
 * A value per causal pair as a heat map over (query i, key j <= i): every `stride`-th query and key of
 * the first `length`; pairs whose value is NaN (masked) stay blank.
 */
function pairHeatmap(
  value: (i: number, j: number) => number,
  { length, stride = 1, size, digits, locale }: { length: number; stride?: number; size: number; digits: number; locale: Locale },
): Options {
  const t = figureWords(locale);
  const cells: PairCell[] = [];
  for (let i = 0; i < length; i += stride) for (let j = 0; j <= i; j += stride) if (!Number.isNaN(value(i, j))) cells.push({ i, j, value: value(i, j) });
  // The axes are band scales (one band per position): label about eight positions, on multiples of the stride.
  const step = Math.max(stride, Math.ceil(length / 8 / stride) * stride);
  const ticks = Array.from({ length: Math.ceil(length / step) }, (_, k) => k * step);
  return {
    width: size,
    height: size,
    marginLeft: 36,
    marginBottom: 32,
    padding: 0,
    x: { label: t('spec.key-j'), ticks },
    y: { label: t('spec.query-i'), ticks },
    color: { scheme: 'viridis', legend: false },
    marks: [Plot.cell(cells, { x: 'j', y: 'i', fill: 'value', inset: 0, title: (d: PairCell) => `i=${d.i}, j=${d.j}: ${d.value.toFixed(digits)}` })],
  };
}

/** Attention bias of one head as a heat map over (query i, key j <= i). */
export function biasHeatmap(bias: Float32Array, heads: number, length: number, head: number, locale: Locale = 'en'): Options {
  return {
    ...pairHeatmap((i, j) => bias[(head * length + i) * length + j]!, { length, size: 240, digits: 3, locale }),
    caption: figureWords(locale)('spec.head', { head: head + 1, heads }),
  };
}

/**
 * The relative position RoPE is given for each causal pair (window and chunk methods), every `stride`-th
 * query and key (a light SVG that keeps the bands' shapes); masked pairs stay blank.
 */
export function pairDistanceHeatmap(distances: Float64Array, length: number, stride: number, locale: Locale = 'en'): Options {
  return pairHeatmap((i, j) => distances[i * length + j]!, { length, stride, size: 360, digits: 2, locale });
}

/**
 * Wavelength 2*pi/theta'_m of each rotary pair under several scalings, against the training length,
 * with the critical dimension of Liu et al. (2024, Lemma 1) marked: the pairs of `reference` (the
 * pre-trained RoPE) that complete a turn within the training length, d_extra = 2 x their count.
 */
export function wavelengths(rows: { variant: string; pair: number; wavelength: number }[], trainLength: number, reference: string, locale: Locale = 'en'): Options {
  const t = figureWords(locale);
  const turned = rows.filter((r) => r.variant === reference && r.wavelength <= trainLength).length;
  return {
    width: 760,
    height: 320,
    x: { label: t('spec.rotary-pair'), ticks: 8 },
    y: { type: 'log', label: t('spec.wavelength'), grid: true },
    color: { legend: true },
    marks: [
      Plot.ruleY([trainLength], { stroke: 'currentColor', strokeDasharray: '4 3' }),
      Plot.text([{ y: trainLength }], { y: 'y', text: () => t('spec.training-length', { length: trainLength }), frameAnchor: 'left', dy: -6, textAnchor: 'start' }),
      Plot.ruleX([turned - 0.5], { stroke: 'currentColor', strokeOpacity: 0.5 }),
      Plot.text([{ x: turned - 0.5 }], { x: 'x', text: () => t('spec.critical', { d: 2 * turned }), frameAnchor: 'top', dx: 4, textAnchor: 'start' }),
      Plot.line(rows, { x: 'pair', y: 'wavelength', stroke: 'variant', marker: 'circle' }),
    ],
  };
}

/** Cosine similarity between the absolute position vectors of positions i and j. */
export function similarityMatrix(table: Float32Array, d: number, length: number, locale: Locale = 'en'): Options {
  const t = figureWords(locale);
  const norms = Array.from({ length }, (_, i) => Math.hypot(...table.subarray(i * d, (i + 1) * d)) || 1);
  const cells: { i: number; j: number; value: number }[] = [];
  for (let i = 0; i < length; i++) {
    for (let j = 0; j < length; j++) {
      let dot = 0;
      for (let k = 0; k < d; k++) dot += table[i * d + k]! * table[j * d + k]!;
      cells.push({ i, j, value: dot / (norms[i]! * norms[j]!) });
    }
  }
  return {
    width: 300,
    height: 300,
    padding: 0,
    marginLeft: 40,
    x: { label: t('spec.position-j'), ticks: 4 },
    y: { label: t('spec.position-i'), ticks: 4 },
    color: { scheme: 'rdbu', domain: [-1, 1] },
    marks: [Plot.cell(cells, { x: 'j', y: 'i', fill: 'value', inset: 0 })],
  };
}

/** Positions that a few training windows receive under a randomised scheme, one row per draw. */
export function sampledPositions(draws: Float64Array[], trainLength: number, locale: Locale = 'en'): Options {
  const t = figureWords(locale);
  const rows = draws.flatMap((positions, draw) => Array.from(positions, (position, index) => ({ draw: draw + 1, index, position })));
  return {
    width: 760,
    height: 60 + 26 * draws.length,
    marginLeft: 60,
    x: { label: t('spec.position-id'), grid: true },
    y: { label: t('spec.training-window'), type: 'band' },
    marks: [
      Plot.ruleX([trainLength], { stroke: 'currentColor', strokeDasharray: '4 3' }),
      Plot.dot(rows, { x: 'position', y: 'draw', r: 1.6, fill: 'currentColor', title: (d: { index: number; position: number }) => t('spec.byte-position', { index: d.index, position: d.position }) }),
    ],
  };
}

/** One head's attention over the evaluated text (src/demo/attention.ts): mean probability per block of queries x keys, the training length marked. */
export function attentionMap(view: { map: Float32Array; size: number; block: number; length: number }, trainLength: number, locale: Locale = 'en'): Options {
  const t = figureWords(locale);
  const cells = Array.from(view.map, (value, c) => ({ i: Math.floor(c / view.size) * view.block, j: (c % view.size) * view.block, value })).filter((d) => d.j <= d.i);
  const span = (d: { i: number; j: number }) => t('spec.span', { q0: d.i, q1: Math.min(d.i + view.block, view.length) - 1, k0: d.j, k1: Math.min(d.j + view.block, view.length) - 1 });
  return {
    width: 360,
    height: 360,
    marginLeft: 44,
    marginBottom: 34,
    x: { label: t('spec.key-position'), domain: [0, view.length] },
    y: { label: t('spec.query-position'), domain: [view.length, 0] },
    color: { type: 'sqrt', scheme: 'viridis', legend: false },
    marks: [
      Plot.rect(cells, {
        x1: 'j',
        x2: (d: { j: number }) => d.j + view.block,
        y1: 'i',
        y2: (d: { i: number }) => d.i + view.block,
        fill: 'value',
        title: (d: { i: number; j: number; value: number }) => t('spec.mean-probability', { span: span(d), p: d.value.toPrecision(2) }),
      }),
      ...(trainLength < view.length
        ? [Plot.ruleX([trainLength], { stroke: 'currentColor', strokeDasharray: '4,3' }), Plot.ruleY([trainLength], { stroke: 'currentColor', strokeDasharray: '4,3' })]
        : []),
    ],
  };
}

/** Entropy (nats) or mean attended distance (bytes) of each query's attention against its position, the training length dashed. */
export function attentionProfile(values: Float32Array, what: 'entropy' | 'distance', trainLength: number, locale: Locale = 'en'): Options {
  const t = figureWords(locale);
  const rows = Array.from(values, (value, i) => ({ position: i, value }));
  return {
    width: 360,
    height: 180,
    marginLeft: 44,
    x: { label: t('spec.query-position') },
    y: { label: t(what === 'entropy' ? 'spec.entropy' : 'spec.distance'), zero: true, grid: true },
    marks: [Plot.line(rows, { x: 'position', y: 'value', stroke: 'currentColor', strokeWidth: 1.2 }), Plot.ruleX([trainLength], { stroke: 'currentColor', strokeDasharray: '4,3' })],
  };
}
