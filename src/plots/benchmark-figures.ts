/**
 * The benchmark's panelled figures, built once from the results and the method pages' frontmatter:
 * /benchmark/ draws them and lists their data, and figures/<id>.svg and .csv are the same figures
 * as files (src/pages/figures/).
 */
import type { Attention, Benchmark, Positions } from '../schemas/results';
import type { ModelEntry } from '../schemas/manifest';
import { SMOOTHING_WINDOW, type Curve } from './curves';
import { groupPanels, REFERENCE_KEYS, type MethodFacts, type PanelGroup } from './families';
import type { PanelFigure } from './figure-data';
import { attentionCurves, buildSeries, positionCurves, probeCurves, summarize, type Series } from './series';

export interface BenchmarkInput {
  benchmark: Benchmark;
  positions: Positions;
  attention: Attention;
  models: readonly ModelEntry[];
  /** method id -> display name and taxonomy, from content/methods/*.mdx */
  facts: ReadonlyMap<string, MethodFacts & { name: string }>;
}

export interface BenchmarkFigures {
  series: Series[];
  groups: PanelGroup[];
  /** keyed by figure id */
  figures: Record<'loss-by-length' | 'loss-by-position' | 'attention-entropy' | 'attention-distance' | 'passkey-far' | 'passkey-near', PanelFigure>;
}

/** Curves (one per series, by key) into the panels of `groups`: each member with its panel label and tone, and the references. */
export function intoPanels(groups: readonly PanelGroup[], curves: readonly Curve[]): PanelFigure['panels'] {
  const byKey = new Map(curves.map((c) => [c.key, c]));
  return groups.map((g) => ({
    id: g.id,
    title: g.title,
    curves: g.members.flatMap((m) => {
      const c = byKey.get(m.key);
      return c ? [{ ...c, label: m.label, tone: m.tone }] : [];
    }),
    references: g.references.flatMap((k) => {
      const c = byKey.get(k);
      return c ? [c] : [];
    }),
  }));
}

export function benchmarkFigures({ benchmark, positions, attention, models, facts }: BenchmarkInput): BenchmarkFigures {
  const names = new Map([...facts].map(([id, f]) => [id, f.name]));
  const series = buildSeries(benchmark, names, models);
  const groups = groupPanels(series, facts);
  const { trainLength: L, multiples } = benchmark.settings;
  const longest = multiples.at(-1)!;
  const lengthAxis = { field: 'multiple', label: 'length (× training length)', multiples };
  const positionAxis = { field: 'position', label: 'position (bytes)' };
  const trained = { x: L, label: `trained to ${L}` };
  const panels = (curves: Curve[]) => intoPanels(groups, curves);
  const results: Curve[] = summarize(series).map((s) => ({ key: s.key, label: s.label, color: 'currentColor', points: s.points }));
  const attentionFigure = (what: 'entropy' | 'distance'): PanelFigure => ({
    id: `attention-${what}`,
    title: what === 'entropy' ? `Attention entropy by query position at ${longest}×` : `Mean attended distance by query position at ${longest}×`,
    x: { field: 'position', label: 'query position (bytes)' },
    y: what === 'entropy' ? { field: 'bits', label: `entropy, nats (${SMOOTHING_WINDOW}-byte mean)` } : { field: 'bits', label: `distance, bytes (${SMOOTHING_WINDOW}-byte mean)`, log: true },
    dots: false,
    rule: trained,
    panels: panels(attentionCurves(series, attention, what)),
  });
  const probeFigure = (placement: 'far' | 'near'): PanelFigure => ({
    id: `passkey-${placement}`,
    title: `Pass-key digits recalled, key ${placement === 'far' ? 'at the start' : `${L / 2} bytes before the question`}`,
    x: lengthAxis,
    y: { field: 'accuracy', label: `digits recalled (${placement} key)`, domain: [0, 1] },
    half: 'accuracyHalf',
    dots: true,
    rule: { y: 0.1 },
    panels: panels(probeCurves(series, placement)),
  });
  return {
    series,
    groups,
    figures: {
      'loss-by-length': {
        id: 'loss-by-length',
        title: 'Bits per byte against evaluation length',
        x: lengthAxis,
        y: { field: 'bpb', label: 'bits per byte' },
        half: 'bpbHalf',
        dots: true,
        rule: { x: 1 },
        panels: panels(results),
      },
      'loss-by-position': {
        id: 'loss-by-position',
        title: `Bits per byte by position at ${longest}× the training length`,
        x: positionAxis,
        y: { field: 'bits', label: `bits per byte (${SMOOTHING_WINDOW}-byte mean)` },
        dots: false,
        rule: trained,
        panels: panels(positionCurves(series, positions, longest)),
      },
      'attention-entropy': attentionFigure('entropy'),
      'attention-distance': attentionFigure('distance'),
      'passkey-far': probeFigure('far'),
      'passkey-near': probeFigure('near'),
    },
  };
}

/**
 * A method page's attention figures: the benchmark's Figure 3 (entropy and distance at the longest length) cut to
 * one panel holding this method's series, with the references of REFERENCE_KEYS that are not among them.
 * Undefined when the benchmark has no attention profile of the method.
 */
export function methodAttentionFigures({ series, figures }: BenchmarkFigures, methodId: string): PanelFigure[] | undefined {
  // full series labels: the benchmark's panels shorten them where the panel says the rest (e.g. "fine-tuned")
  const own = new Map(series.filter((s) => s.method === methodId).map((s) => [s.key, s.label]));
  const cut = (figure: PanelFigure): PanelFigure | undefined => {
    const all = figure.panels.flatMap((p) => [...p.curves, ...p.references]);
    const curves = figure.panels.flatMap((p) => p.curves).filter((c) => own.has(c.key));
    if (curves.length === 0) return undefined;
    const references = REFERENCE_KEYS.filter((k) => !own.has(k)).flatMap((k) => all.find((c) => c.key === k) ?? []);
    const tones = curves.map((c, tone) => ({ ...c, label: own.get(c.key)!, tone }));
    return { ...figure, id: `${figure.id}-${methodId}`, panels: [{ id: methodId, title: figure.title, curves: tones, references }] };
  };
  const cuts = [cut(figures['attention-entropy']), cut(figures['attention-distance'])];
  return cuts.every((f) => f !== undefined) ? cuts : undefined;
}

/** /compare/'s figure: the chosen series (SeriesSummary points) in one panel, coloured in the order chosen. */
export function comparisonFigure(chosen: readonly { key: string; label: string; points: readonly Record<string, number>[] }[], multiples: readonly number[]): PanelFigure {
  return {
    id: 'compare',
    title: 'Bits per byte against evaluation length',
    x: { field: 'multiple', label: 'length (× training length)', multiples },
    y: { field: 'bpb', label: 'bits per byte' },
    half: 'bpbHalf',
    dots: true,
    rule: { x: 1 },
    panels: [
      {
        id: 'chosen',
        title: chosen.length ? `${chosen.length} chosen` : 'none chosen',
        curves: chosen.map((s, tone) => ({ key: s.key, label: s.label, color: 'currentColor', tone, points: s.points })),
        references: [],
      },
    ],
  };
}
