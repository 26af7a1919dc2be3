/** Benchmark records grouped into series (one per method x model), shared by figures, tables and /compare/. */
import type { Benchmark, BenchmarkRecord } from '../demo/benchmark';

export interface Series {
  /** "alibi", or "pi@pi-ft" when the model is not the method's own */
  key: string;
  method: string;
  model: string;
  label: string;
  records: BenchmarkRecord[];
}

const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#e377c2', '#17becf', '#bcbd22', '#7f7f7f', '#393b79', '#ad494a', '#637939', '#8c6d31', '#843c39', '#7b4173', '#3182bd', '#e6550d', '#31a354', '#756bb1', '#636363', '#fd8d3c', '#6baed6', '#74c476'];

export function seriesKey(method: string, model: string): string {
  return method === model ? method : `${method}@${model}`;
}

export function buildSeries(benchmark: Benchmark, names: ReadonlyMap<string, string>): Series[] {
  const keys = [...new Set(benchmark.records.map((r) => seriesKey(r.method, r.model)))];
  return keys.map((key) => {
    const records = benchmark.records.filter((r) => seriesKey(r.method, r.model) === key).sort((a, b) => a.multiple - b.multiple);
    const { method, model } = records[0]!;
    const name = names.get(method) ?? method;
    const label = method === model ? name : model.endsWith('-ft') ? `${name}, fine-tuned` : `${name} (on ${model === 'rope-twoband' ? 'RoPE' : model})`;
    return { key, method, model, label, records };
  });
}

export function colorOf(series: readonly Series[], key: string): string {
  return PALETTE[series.findIndex((s) => s.key === key) % PALETTE.length]!;
}

/** Log-spaced positions 1..n for drawing long per-position curves with few points. */
export function logSample(values: readonly number[], points = 80, window = 8): { position: number; bits: number }[] {
  const n = values.length;
  const picks = [...new Set(Array.from({ length: points }, (_, i) => Math.round(Math.exp((Math.log(n) * i) / (points - 1)))))].filter((p) => p >= 1 && p <= n);
  return picks.map((p) => {
    const from = Math.max(0, p - window);
    let s = 0;
    for (let j = from; j < p; j++) s += values[j]!;
    return { position: p, bits: s / (p - from) };
  });
}
