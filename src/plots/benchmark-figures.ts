/**
 * The benchmark's panelled figures, built once from the results and the method pages' frontmatter:
 * /benchmark/ draws them and lists their data, and figures/<id>.svg and .csv are the same figures
 * as files (src/pages/figures/).
 */
import type { Attention, Benchmark, Positions } from '../schemas/results';
import type { ModelEntry } from '../schemas/manifest';
import type { Locale } from '../i18n/locale';
import { figureWords } from '../i18n/ui/figures';
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
  /** the language of titles, axis labels and series labels (ids, keys and numbers are the same in every language) */
  locale?: Locale;
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

export function benchmarkFigures({ benchmark, positions, attention, models, facts, locale = 'en' }: BenchmarkInput): BenchmarkFigures {
  const t = figureWords(locale);
  const names = new Map([...facts].map(([id, f]) => [id, f.name]));
  const series = buildSeries(benchmark, names, models, locale);
  const groups = groupPanels(series, facts, undefined, locale);
  const { trainLength: L, multiples } = benchmark.settings;
  const longest = multiples.at(-1)!;
  const window = SMOOTHING_WINDOW;
  const lengthAxis = { field: 'multiple', label: t('axis.length'), multiples };
  const positionAxis = { field: 'position', label: t('axis.position') };
  const trained = { x: L, label: t('rule.trained', { length: L }) };
  const panels = (curves: Curve[]) => intoPanels(groups, curves);
  const results: Curve[] = summarize(series).map((s) => ({ key: s.key, label: s.label, color: 'currentColor', points: s.points }));
  const attentionFigure = (what: 'entropy' | 'distance'): PanelFigure => ({
    id: `attention-${what}`,
    title: t(what === 'entropy' ? 'title.entropy' : 'title.distance', { k: longest }),
    x: { field: 'position', label: t('axis.query-position') },
    y: what === 'entropy' ? { field: 'bits', label: t('axis.entropy-smoothed', { window }) } : { field: 'bits', label: t('axis.distance-smoothed', { window }), log: true },
    dots: false,
    rule: trained,
    panels: panels(attentionCurves(series, attention, what)),
  });
  const probeFigure = (placement: 'far' | 'near'): PanelFigure => ({
    id: `passkey-${placement}`,
    title: placement === 'far' ? t('title.passkey-far') : t('title.passkey-near', { bytes: L / 2 }),
    x: lengthAxis,
    y: { field: 'accuracy', label: t(placement === 'far' ? 'axis.recalled-far' : 'axis.recalled-near'), domain: [0, 1] },
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
        title: t('title.loss-by-length'),
        x: lengthAxis,
        y: { field: 'bpb', label: t('axis.bpb'), floor: 0 },
        half: 'bpbHalf',
        dots: true,
        rule: { x: 1 },
        panels: panels(results),
      },
      'loss-by-position': {
        id: 'loss-by-position',
        title: t('title.loss-by-position', { k: longest }),
        x: positionAxis,
        y: { field: 'bits', label: t('axis.bpb-smoothed', { window }), floor: 0 },
        half: 'bitsHalf',
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

/** /compare/'s figure: the chosen series (SeriesSummary points) in one panel, coloured in the order chosen; words in `locale`. */
export function comparisonFigure(chosen: readonly { key: string; label: string; points: readonly Record<string, number>[] }[], multiples: readonly number[], locale: Locale = 'en'): PanelFigure {
  const t = figureWords(locale);
  return {
    id: 'compare',
    title: t('title.loss-by-length'),
    x: { field: 'multiple', label: t('axis.length'), multiples },
    y: { field: 'bpb', label: t('axis.bpb'), floor: 0 },
    half: 'bpbHalf',
    dots: true,
    rule: { x: 1 },
    panels: [
      {
        id: 'chosen',
        title: chosen.length ? t('title.chosen', { n: chosen.length }) : t('title.none-chosen'),
        curves: chosen.map((s, tone) => ({ key: s.key, label: s.label, color: 'currentColor', tone, points: s.points })),
        references: [],
      },
    ],
  };
}
