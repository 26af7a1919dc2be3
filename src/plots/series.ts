/** Benchmark records grouped into series (one per method x model), shared by figures, tables and /compare/. */
import type { Attention, Benchmark, BenchmarkRecord, Positions } from '../schemas/results';
import type { ModelEntry } from '../schemas/manifest';
import type { Locale } from '../i18n/locale';
import { figureWords } from '../i18n/ui/figures';
import { smoothedByPosition, withHalfWidths, type Curve } from './curves';

export interface Series {
  /** "alibi", or "pi@pi-ft" when the model is not the method's own */
  key: string;
  method: string;
  label: string;
  /** its model is a fine-tune of another (the manifest entry has initFrom) */
  fineTuned: boolean;
  records: BenchmarkRecord[];
}

/** One series at each evaluated length: what the loss figure and the results table show. */
export type ResultPoint = {
  multiple: number;
  /** mean over seeds, and the half-width of its 95% interval */
  bpb: number;
  bpbHalf: number;
  /** pass-key digit accuracy, key at the start of the input, and its interval's half-width */
  far: number;
  farHalf: number;
};

/** A series reduced to what a browser needs to redraw it (the /compare/ payload). */
export interface SeriesSummary {
  key: string;
  label: string;
  points: ResultPoint[];
}

/** Log-spaced points per per-position curve: enough for the shape on a log axis, few enough for the page's table. */
const POINTS = 80;

function seriesKey(method: string, model: string): string {
  return method === model ? method : `${method}@${model}`;
}

/** The key as a class name ("pi@pi-ft" -> "pi_pi-ft"): figure marks carry `series series-<this>`, highlight buttons data-series. */
export function seriesClass(key: string): string {
  return key.replace(/[^a-z0-9-]/g, '_');
}

/** `names`: method id -> display name; `models`: the manifest's entries, which say what each model is; labels in `locale`, keys the same in every language. */
export function buildSeries(benchmark: Benchmark, names: ReadonlyMap<string, string>, models: readonly ModelEntry[], locale: Locale = 'en'): Series[] {
  const t = figureWords(locale);
  const keys = [...new Set(benchmark.records.map((r) => seriesKey(r.method, r.model)))];
  const built = keys.map((key) => {
    const records = benchmark.records.filter((r) => seriesKey(r.method, r.model) === key).sort((a, b) => a.multiple - b.multiple);
    const { method, model } = records[0]!;
    const name = names.get(method) ?? method;
    const entry = models.find((m) => m.id === model);
    const label = method === model ? name : entry?.initFrom ? t('series.fine-tuned', { name }) : t('series.on', { name, base: entry ? (names.get(entry.method) ?? entry.method) : model });
    return { key, method, label, model, fineTuned: Boolean(entry?.initFrom), records };
  });
  // two fine-tunes of one method (e.g. two RoPE bases) would share a label: name their models instead
  return built.map(({ model, ...s }) => (built.filter((o) => o.label === s.label).length > 1 ? { ...s, label: `${names.get(s.method) ?? s.method} (${model})` } : s));
}

export function resultPoints(s: Series): ResultPoint[] {
  const half = ([lo, hi]: readonly [number, number]) => (hi - lo) / 2;
  return s.records.map((r) => ({ multiple: r.multiple, bpb: r.bpb, bpbHalf: half(r.bpbInterval), far: r.probe.far.digitAccuracy, farHalf: half(r.probe.far.interval) }));
}

export function summarize(series: readonly Series[]): SeriesSummary[] {
  return series.map((s) => ({ key: s.key, label: s.label, points: resultPoints(s) }));
}

/** Each series as a curve of pass-key digit accuracy against the multiple (points { multiple, accuracy, accuracyHalf }, the half-width of its 95% interval). */
export function probeCurves(series: readonly Series[], placement: 'far' | 'near'): Curve[] {
  return series.map((s) => ({
    key: s.key,
    label: s.label,
    color: 'currentColor',
    points: s.records.map((r) => {
      const [lo, hi] = r.probe[placement].interval;
      return { multiple: r.multiple, accuracy: r.probe[placement].digitAccuracy, accuracyHalf: (hi - lo) / 2 };
    }),
  }));
}

/**
 * Each series' attention entropy or mean attended distance by query position at the longest multiple (the site's model), log-sampled;
 * a series with no profile (that length unscored: its outputs are not finite) has no curve.
 */
export function attentionCurves(series: readonly Series[], attention: Attention, what: 'entropy' | 'distance'): Curve[] {
  return series.flatMap((s) => {
    const profile = attention.records.find((a) => a.method === s.method && a.model === s.records[0]!.model);
    return profile ? [{ key: s.key, label: s.label, color: 'currentColor', points: smoothedByPosition(profile[what].slice(1), POINTS) }] : [];
  });
}

/**
 * Each series' smoothed loss by position at one multiple (mean over seeds), log-sampled (points { position, bits, bitsHalf }, the half-width of its 95% interval);
 * a series with no curve at that multiple (unscored: its outputs are not finite) has none.
 */
export function positionCurves(series: readonly Series[], positions: Positions, multiple: number): Curve[] {
  return series.flatMap((s) => {
    const r = positions.records.find((p) => p.method === s.method && p.model === s.records[0]!.model && p.multiple === multiple);
    return r ? [{ key: s.key, label: s.label, color: 'currentColor', points: withHalfWidths(smoothedByPosition(r.bpbByPosition, POINTS), r.smoothedHalfWidth) }] : [];
  });
}
