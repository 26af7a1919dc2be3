/**
 * Headline claims of the covered papers about behaviour past the training length, each tested on
 * Longitude's own benchmark. A claim is data: the measurements it reads, the comparisons that must
 * hold, and a sentence reporting the numbers. One helper turns that into a verdict and into the rule
 * shown to the reader, so the rule printed and the rule applied cannot drift apart. Every measurement
 * carries its 95% interval, and a comparison holds only when the two intervals do not overlap. The
 * wording of a claim and its source are editorial; every number comes from benchmark.json.
 */
import type { Benchmark } from '../schemas/results';

export type Verdict = 'reproduced' | 'not reproduced' | 'partly' | 'no data';

/** One measured value: a record's bits/byte or far pass-key digit accuracy, or the ratio of two such values. */
type Measurement = { method: string; model?: string; multiple: number; metric?: 'bpb' | 'far' } | { ratio: [Measurement, Measurement] };

/** `left op times × right`, both sides named measurements of the claim. */
interface Comparison {
  left: string;
  op: '<' | '>';
  right: string;
  times?: number;
}

interface Claim {
  id: string;
  claim: string;
  source: { key: string; page: string };
  measures: Record<string, Measurement>;
  /** all hold: reproduced; none: not reproduced; otherwise partly (unless `partly` says when) */
  holds: Comparison[];
  partly?: Comparison[];
  /** what was measured, with the numbers (formatted to 2 decimals) filled in; `steps` are the fine-tunes' steps by model */
  report: (v: Record<string, string>, steps: (model: string) => string) => string;
}

export interface Finding {
  id: string;
  claim: string;
  source: { key: string; page: string };
  measured: string;
  /** the rule the verdict applies, in words */
  rule: string;
  verdict: Verdict;
}

const INTERVAL_RULE = '"a < k × b" means the upper end of a\'s interval is below k times the lower end of b\'s, and "a > k × b" the reverse';

const at = (method: string, multiple: number, model = method) => ({ method, model, multiple });
const far = (method: string, multiple: number) => ({ method, model: method, multiple, metric: 'far' as const });
const growth = (method: string, from: number, to: number) => ({ ratio: [at(method, to), at(method, from)] as [Measurement, Measurement] });

const CLAIMS: Claim[] = [
  {
    id: 'alibi-vs-sinusoidal',
    claim: 'Sinusoidal position embeddings degrade quickly past the training length; ALiBi keeps perplexity flat on much longer inputs.',
    source: { key: 'press2022train', page: 'Fig. 1' },
    measures: { sin1: at('sinusoidal', 1), sin4: at('sinusoidal', 4), ali1: at('alibi', 1), ali4: at('alibi', 4), ali32: at('alibi', 32) },
    holds: [
      { left: 'sin4', op: '>', times: 1.1, right: 'sin1' },
      { left: 'ali32', op: '<', times: 1.05, right: 'ali1' },
    ],
    report: (v) => `Sinusoidal: ${v.sin1} bits/byte at 1×, ${v.sin4} at 4×. ALiBi: ${v.ali1} at 1×, ${v.ali4} at 4×, ${v.ali32} at 32×.`,
  },
  {
    id: 'pi-fine-tune',
    claim: 'Extrapolating a RoPE model directly fails; Position Interpolation with a short fine-tune extends it to the new window.',
    source: { key: 'chen2023extending', page: 'abstract, §3' },
    measures: { rope1: at('rope', 1), rope4: at('rope', 4), pi4: at('pi', 4, 'rope'), piFt4: at('pi', 4, 'pi-ft') },
    holds: [
      { left: 'rope4', op: '>', times: 1.1, right: 'rope1' },
      { left: 'piFt4', op: '<', times: 1.1, right: 'rope1' },
    ],
    partly: [{ left: 'piFt4', op: '<', right: 'rope4' }],
    report: (v, steps) => `RoPE: ${v.rope1} bits/byte at 1×, ${v.rope4} at 4×. PI without fine-tuning at 4×: ${v.pi4}; after ${steps('pi-ft')} steps of PI fine-tuning at 4×: ${v.piFt4}.`,
  },
  {
    id: 'yarn-vs-pi-training-free',
    claim: 'YaRN surpasses earlier context-extension methods such as Position Interpolation, with and without fine-tuning (tested here without).',
    source: { key: 'peng2024yarn', page: 'abstract' },
    measures: { yarn2: at('yarn', 2, 'rope'), pi2: at('pi', 2, 'rope'), yarn4: at('yarn', 4, 'rope'), pi4: at('pi', 4, 'rope') },
    holds: [
      { left: 'yarn2', op: '<', right: 'pi2' },
      { left: 'yarn4', op: '<', right: 'pi4' },
    ],
    report: (v) => `Training-free on the RoPE model: YaRN ${v.yarn2} vs PI ${v.pi2} bits/byte at 2×; YaRN ${v.yarn4} vs PI ${v.pi4} at 4×.`,
  },
  {
    id: 'yarn-vs-pi-fine-tuned',
    claim: 'Fine-tuned with the same budget, YaRN extends a RoPE model better than Position Interpolation.',
    source: { key: 'peng2024yarn', page: 'abstract, Table 1' },
    measures: { yarnFt4: at('yarn', 4, 'yarn-ft'), piFt4: at('pi', 4, 'pi-ft'), yarnFt8: at('yarn', 8, 'yarn-ft'), piFt8: at('pi', 8, 'pi-ft') },
    holds: [
      { left: 'yarnFt4', op: '<', right: 'piFt4' },
      { left: 'yarnFt8', op: '<', right: 'piFt8' },
    ],
    report: (v, steps) => `After ${steps('yarn-ft')} fine-tuning steps each at 4× (scale 4): YaRN ${v.yarnFt4} vs PI ${v.piFt4} bits/byte at 4×; YaRN ${v.yarnFt8} vs PI ${v.piFt8} at 8×.`,
  },
  {
    id: 'perplexity-blind-spot',
    claim: 'Low perplexity past the training length does not mean the model uses the distant context; perplexity under-reflects long-context ability.',
    source: { key: 'zhao-etal-2024-length', page: '§5, Appendix A.2' },
    measures: { ali1: at('alibi', 1), ali4: at('alibi', 4), aliFar1: far('alibi', 1), aliFar4: far('alibi', 4) },
    holds: [
      { left: 'ali4', op: '<', times: 1.05, right: 'ali1' },
      { left: 'aliFar4', op: '<', times: 0.5, right: 'aliFar1' },
    ],
    partly: [],
    report: (v) =>
      `ALiBi's bits/byte stays at ${v.ali4} at 4× (vs ${v.ali1} at 1×), but it recalls ${v.aliFar4} of pass-key digits placed at the start of a 4× input (vs ${v.aliFar1} at 1×; chance 0.10).`,
  },
  {
    id: 'nope-generalizes',
    claim: 'Decoder-only Transformers without positional encoding (NoPE) length-generalise better than those with APE or RoPE (on reasoning tasks).',
    source: { key: 'kazemnejad2023impact', page: 'abstract' },
    measures: { nope1: at('nope', 1), nopeGrowth: growth('nope', 1, 2), sinGrowth: growth('sinusoidal', 1, 2), ropeGrowth: growth('rope', 1, 2) },
    holds: [
      { left: 'nopeGrowth', op: '<', right: 'sinGrowth' },
      { left: 'nopeGrowth', op: '<', right: 'ropeGrowth' },
    ],
    report: (v) => `Growth of bits/byte from 1× to 2×: NoPE ×${v.nopeGrowth}, sinusoidal ×${v.sinGrowth}, RoPE ×${v.ropeGrowth}. NoPE starts from a worse ${v.nope1} bits/byte at 1×.`,
  },
  {
    id: 'randomized-pe',
    claim: 'Training on randomly sampled, ordered positions from a longer range lets a model generalise to longer sequences than its base encoding.',
    source: { key: 'ruoss2023randomized', page: 'abstract' },
    measures: { rnd8: at('randomized-pe', 8), sin8: at('sinusoidal', 8) },
    holds: [{ left: 'rnd8', op: '<', right: 'sin8' }],
    report: (v) => `At 8×: randomized sinusoidal positions ${v.rnd8} bits/byte vs plain sinusoidal ${v.sin8}.`,
  },
  {
    id: 'xpos-vs-rope',
    claim: "xPos, designed to improve RoPE's attention resolution, performs strongly when extrapolating in language modelling.",
    source: { key: 'sun2023length', page: 'abstract' },
    measures: { xpos4: at('xpos', 4), rope4: at('rope', 4) },
    holds: [{ left: 'xpos4', op: '<', right: 'rope4' }],
    report: (v) => `At 4×: xPos ${v.xpos4} vs RoPE ${v.rope4} bits/byte (Longitude does not use xPos's blockwise causal attention at inference).`,
  },
  {
    id: 'pose',
    claim: 'Skipping position ids inside a short training window lets a RoPE model handle inputs up to the target length.',
    source: { key: 'zhu2024pose', page: 'abstract' },
    measures: { pose8: at('pose', 8), rope8: at('rope', 8) },
    holds: [{ left: 'pose8', op: '<', right: 'rope8' }],
    report: (v) => `At 8×: PoSE-trained RoPE ${v.pose8} vs plain RoPE ${v.rope8} bits/byte.`,
  },
];

/** A measured value and its 95% interval. */
export interface Estimate {
  value: number;
  low: number;
  high: number;
}

function measure(benchmark: Benchmark, m: Measurement): Estimate | undefined {
  if ('ratio' in m) {
    const [a, b] = m.ratio.map((part) => measure(benchmark, part));
    return a === undefined || b === undefined ? undefined : { value: a.value / b.value, low: a.low / b.high, high: a.high / b.low };
  }
  const record = benchmark.records.find((r) => r.method === m.method && r.model === (m.model ?? m.method) && r.multiple === m.multiple);
  if (!record) return undefined;
  const [low, high] = m.metric === 'far' ? record.probe.far.interval : record.bpbInterval;
  return { value: m.metric === 'far' ? record.probe.far.digitAccuracy : record.bpb, low, high };
}

function describeMeasurement(m: Measurement): string {
  if ('ratio' in m) return `${describeMeasurement(m.ratio[0])} / ${describeMeasurement(m.ratio[1])}`;
  const what = m.metric === 'far' ? 'far pass-key digit accuracy' : 'bits/byte';
  const on = m.model && m.model !== m.method ? ` on ${m.model}` : '';
  return `${m.method}${on} ${what} at ${m.multiple}×`;
}

/** Holds only when the intervals clear each other: left's upper end below times x right's lower end (for <). */
const holds = (c: Comparison, v: Record<string, Estimate>) => {
  const [left, right, times] = [v[c.left]!, v[c.right]!, c.times ?? 1];
  return c.op === '<' ? left.high < times * right.low : left.low > times * right.high;
};

function ruleText(claim: Claim): string {
  const say = (c: Comparison) => `${describeMeasurement(claim.measures[c.left]!)} ${c.op} ${c.times ? `${c.times} × ` : ''}${describeMeasurement(claim.measures[c.right]!)}`;
  const partly = claim.partly ?? claim.holds;
  const partlyText = partly.length === 0 ? '' : claim.partly ? `; partly when ${partly.map(say).join(' and ')}` : claim.holds.length > 1 ? '; partly when some of these hold' : '';
  return `Reproduced when ${claim.holds.map(say).join(' and ')}${partlyText}. Comparisons are between 95% intervals, shown in brackets: ${INTERVAL_RULE}.`;
}

export function verdict(claim: Pick<Claim, 'holds' | 'partly'>, values: Record<string, Estimate | undefined>): Verdict {
  if (Object.values(values).some((x) => x === undefined)) return 'no data';
  const v = values as Record<string, Estimate>;
  if (claim.holds.every((c) => holds(c, v))) return 'reproduced';
  const partly = claim.partly ? claim.partly.length > 0 && claim.partly.every((c) => holds(c, v)) : claim.holds.some((c) => holds(c, v));
  return partly ? 'partly' : 'not reproduced';
}

export function findings(benchmark: Benchmark): Finding[] {
  const steps = (model: string) => benchmark.models[model]?.steps.toLocaleString('en') ?? 'n/a';
  return CLAIMS.map((claim) => {
    const values = Object.fromEntries(Object.entries(claim.measures).map(([name, m]) => [name, measure(benchmark, m)]));
    const shown = Object.fromEntries(Object.entries(values).map(([name, x]) => [name, x === undefined ? 'n/a' : `${x.value.toFixed(2)} [${x.low.toFixed(2)}, ${x.high.toFixed(2)}]`]));
    return { id: claim.id, claim: claim.claim, source: claim.source, measured: claim.report(shown, steps), rule: ruleText(claim), verdict: verdict(claim, values) };
  });
}
