/**
 * Figure specifications: pure functions from data to Observable Plot options. The same specs are
 * rendered to SVG at build time (src/plots/render.ts) and, where a page is interactive, in the browser.
 * Colours come from CSS (currentColor) or the fixed series palette, so figures read in light and dark.
 */
import * as Plot from '@observablehq/plot';
import { colorOf, logSample, type Series } from './series';

type Options = Plot.PlotOptions;

function lines(series: readonly Series[], all: readonly Series[], x: string, y: string, data: (s: Series) => Record<string, unknown>[]): Plot.Markish[] {
  return series.flatMap((s) => {
    const rows = data(s).map((d) => ({ ...d, series: s.label }));
    const stroke = colorOf(all, s.key);
    return [
      Plot.line(rows, { x, y, stroke, strokeWidth: 1.6, className: `series series-${s.key.replace(/[^a-z0-9-]/g, '_')}` }),
      Plot.dot(rows, { x, y, fill: stroke, r: 2.2, className: `series series-${s.key.replace(/[^a-z0-9-]/g, '_')}`, title: (d: Record<string, unknown>) => `${s.label}\n${x} ${String(d[x])}: ${Number(d[y]).toFixed(3)}` }),
    ];
  });
}

export function lossByMultiple(series: readonly Series[], all: readonly Series[] = series): Options {
  return {
    width: 760,
    height: 380,
    marginRight: 20,
    x: { type: 'log', base: 2, label: 'evaluation length (multiple of the training length)', ticks: [1, 2, 4, 8, 16, 32], tickFormat: (d: number) => `${d}×` },
    y: { label: 'bits per byte (held-out text)', grid: true },
    marks: [Plot.ruleX([1], { stroke: 'currentColor', strokeDasharray: '4 3' }), ...lines(series, all, 'multiple', 'bpb', (s) => s.records.map((r) => ({ multiple: r.multiple, bpb: r.bpb })))],
  };
}

export function probeByMultiple(series: readonly Series[], placement: 'far' | 'near', all: readonly Series[] = series): Options {
  return {
    width: 760,
    height: 320,
    x: { type: 'log', base: 2, label: 'evaluation length (multiple of the training length)', ticks: [1, 2, 4, 8, 16, 32], tickFormat: (d: number) => `${d}×` },
    y: { label: `pass-key digits recalled (${placement} key)`, grid: true, domain: [0, 1] },
    marks: [Plot.ruleY([0.1], { stroke: 'currentColor', strokeDasharray: '2 3' }), ...lines(series, all, 'multiple', 'accuracy', (s) => s.records.map((r) => ({ multiple: r.multiple, accuracy: r.probe[placement].digitAccuracy })))],
  };
}

export function lossByPosition(series: readonly Series[], trainLength: number, multiple: number, all: readonly Series[] = series): Options {
  return {
    width: 760,
    height: 380,
    x: { type: 'log', label: 'position (bytes)' },
    y: { label: 'bits per byte (8-byte mean)', grid: true },
    marks: [
      Plot.ruleX([trainLength], { stroke: 'currentColor', strokeDasharray: '4 3' }),
      Plot.text([{ x: trainLength }], { x: 'x', text: () => `training length ${trainLength}`, frameAnchor: 'top', dx: 4, textAnchor: 'start' }),
      ...lines(series, all, 'position', 'bits', (s) => logSample(s.records.find((r) => r.multiple === multiple)?.bpbByPosition ?? [])),
    ],
  };
}

/** Attention bias of one head as a heat map over (query i, key j <= i). */
export function biasHeatmap(bias: Float32Array, heads: number, length: number, head: number): Options {
  const cells: { i: number; j: number; value: number }[] = [];
  for (let i = 0; i < length; i++) for (let j = 0; j <= i; j++) cells.push({ i, j, value: bias[(head * length + i) * length + j]! });
  return {
    width: 240,
    height: 240,
    marginLeft: 36,
    marginBottom: 32,
    padding: 0,
    x: { label: 'key j', ticks: 4 },
    y: { label: 'query i', ticks: 4 },
    color: { scheme: 'viridis', legend: false },
    marks: [Plot.cell(cells, { x: 'j', y: 'i', fill: 'value', inset: 0, title: (d: { i: number; j: number; value: number }) => `i=${d.i}, j=${d.j}: ${d.value.toFixed(3)}` })],
    caption: `head ${head + 1} of ${heads}`,
  };
}

/** Wavelength 2*pi/theta'_m of each rotary pair under several scalings, against the training length. */
export function wavelengths(rows: { variant: string; pair: number; wavelength: number }[], trainLength: number): Options {
  return {
    width: 760,
    height: 320,
    x: { label: 'rotary pair m', ticks: 8 },
    y: { type: 'log', label: 'wavelength 2π/θ′ (positions)', grid: true },
    color: { legend: true },
    marks: [
      Plot.ruleY([trainLength], { stroke: 'currentColor', strokeDasharray: '4 3' }),
      Plot.text([{ y: trainLength }], { y: 'y', text: () => `training length ${trainLength}`, frameAnchor: 'left', dy: -6, textAnchor: 'start' }),
      Plot.line(rows, { x: 'pair', y: 'wavelength', stroke: 'variant', marker: 'circle' }),
    ],
  };
}

/** Cosine similarity between the absolute position vectors of positions i and j. */
export function similarityMatrix(table: Float32Array, d: number, length: number): Options {
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
    x: { label: 'position j', ticks: 4 },
    y: { label: 'position i', ticks: 4 },
    color: { scheme: 'rdbu', domain: [-1, 1] },
    marks: [Plot.cell(cells, { x: 'j', y: 'i', fill: 'value', inset: 0 })],
  };
}

/** Positions that a few training windows receive under a randomised scheme, one row per draw. */
export function sampledPositions(draws: Float64Array[], trainLength: number): Options {
  const rows = draws.flatMap((positions, draw) => Array.from(positions, (position, index) => ({ draw: draw + 1, index, position })));
  return {
    width: 760,
    height: 60 + 26 * draws.length,
    marginLeft: 60,
    x: { label: 'position id', grid: true },
    y: { label: 'training window', type: 'band' },
    marks: [
      Plot.ruleX([trainLength], { stroke: 'currentColor', strokeDasharray: '4 3' }),
      Plot.dot(rows, { x: 'position', y: 'draw', r: 1.6, fill: 'currentColor', title: (d: { index: number; position: number }) => `byte ${d.index} gets position ${d.position}` }),
    ],
  };
}
