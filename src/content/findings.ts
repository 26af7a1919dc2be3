/**
 * Headline claims of the covered papers about behaviour past the training length, each tested on
 * Longitude's own benchmark. A claim is data: the measurements it reads, the comparisons that must
 * hold, and a sentence reporting the numbers. One helper turns that into a verdict and into the rule
 * shown to the reader, so the rule printed and the rule applied cannot drift apart. Every measurement
 * carries its 95% interval. Bits per byte of the same weights at two lengths, or under two methods, are compared
 * paired (the same bytes, the same seeds): the ratio is taken per excerpt and per seed, and a comparison holds only
 * when the interval of the mean ratio clears the factor; other comparisons hold only when the two intervals clear each
 * other. The
 * wording of a claim and its source are editorial; every number comes from benchmark.json or the runs' recorded settings. Every claim
 * is worded in English and in Chinese (`zh`); findings(benchmark, locale) computes the same numbers and
 * verdicts in either language, under the same ids.
 */
import { DIGIT_CHANCE } from '../demo/probe';
import { mean, meanInterval } from '../demo/stats';
import type { Locale } from '../i18n/locale';
import { figureWords } from '../i18n/ui/figures';
import { runSettings } from './run-summaries';
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
  /** what was measured, with the numbers (formatted to 2 decimals) filled in, and the fine-tunes' settings by model */
  report: (v: Record<string, string>, tuning: (model: string) => Tuning) => string;
  /** the claim and the report in Chinese */
  zh: { claim: string; report: (v: Record<string, string>, tuning: (model: string) => Tuning) => string };
}

/** A fine-tuned model's training in words: its steps, its training length as a multiple of its base model's, its scale factor. */
interface Tuning {
  steps: string;
  multiple: string;
  factor: string;
}

export interface Finding {
  id: string;
  claim: string;
  source: { key: string; page: string };
  measured: string;
  /** the rule the verdict applies, in words */
  rule: string;
  verdict: Verdict;
  /** the verdict in the findings' language */
  verdictLabel: string;
}

const INTERVAL_RULE = '"a < k × b" means the upper end of a\'s interval is below k times the lower end of b\'s, and "a > k × b" the reverse';
const INTERVAL_RULE_ZH = '“a < k × b”表示 a 的区间上端低于 b 的区间下端的 k 倍，“a > k × b”则相反';

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
    zh: {
      claim: '正弦位置嵌入在超出训练长度后迅速退化；ALiBi 在长得多的输入上保持困惑度平稳。',
      report: (v) => `正弦位置嵌入：1× 时每字节比特数为 ${v.sin1}，4× 时为 ${v.sin4}。ALiBi：1× 时为 ${v.ali1}，4× 时为 ${v.ali4}，32× 时为 ${v.ali32}。`,
    },
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
    report: (v, tuning) =>
      `RoPE: ${v.rope1} bits/byte at 1×, ${v.rope4} at 4×. PI without fine-tuning at 4×: ${v.pi4}; after ${tuning('pi-ft').steps} steps of PI fine-tuning at ${tuning('pi-ft').multiple}×: ${v.piFt4}.`,
    zh: {
      claim: '直接外推 RoPE 模型会失败；位置插值（Position Interpolation, PI）配合短时微调即可将其扩展到新的窗口。',
      report: (v, tuning) =>
        `RoPE：1× 时每字节比特数为 ${v.rope1}，4× 时为 ${v.rope4}。未经微调的 PI 在 4× 时为 ${v.pi4}；在 ${tuning('pi-ft').multiple}× 下经 ${tuning('pi-ft').steps} 步 PI 微调后，4× 时为 ${v.piFt4}。`,
    },
  },
  {
    id: 'yarn-vs-pi-training-free',
    claim: 'YaRN surpasses earlier interpolation methods such as Position Interpolation, with and without fine-tuning (tested here without).',
    source: { key: 'zhao-etal-2024-length', page: '§4.1' },
    measures: { yarn2: at('yarn', 2, 'rope'), pi2: at('pi', 2, 'rope'), yarn4: at('yarn', 4, 'rope'), pi4: at('pi', 4, 'rope') },
    holds: [
      { left: 'yarn2', op: '<', right: 'pi2' },
      { left: 'yarn4', op: '<', right: 'pi4' },
    ],
    report: (v) => `Training-free on the RoPE model: YaRN ${v.yarn2} vs PI ${v.pi2} bits/byte at 2×; YaRN ${v.yarn4} vs PI ${v.pi4} at 4×.`,
    zh: {
      claim: 'YaRN 优于位置插值等早期插值方法，无论是否微调（此处测试的是不微调的情形）。',
      report: (v) => `在 RoPE 模型上免训练使用：2× 时每字节比特数 YaRN 为 ${v.yarn2}，PI 为 ${v.pi2}；4× 时 YaRN 为 ${v.yarn4}，PI 为 ${v.pi4}。`,
    },
  },
  {
    id: 'yarn-vs-pi-fine-tuned',
    claim: 'Fine-tuned, YaRN extends a RoPE model beyond earlier methods with less training (tested here with the same budget for YaRN and Position Interpolation).',
    source: { key: 'peng2024yarn', page: 'abstract' },
    measures: { yarnFt4: at('yarn', 4, 'yarn-ft'), piFt4: at('pi', 4, 'pi-ft'), yarnFt8: at('yarn', 8, 'yarn-ft'), piFt8: at('pi', 8, 'pi-ft') },
    holds: [
      { left: 'yarnFt4', op: '<', right: 'piFt4' },
      { left: 'yarnFt8', op: '<', right: 'piFt8' },
    ],
    report: (v, tuning) =>
      `After ${tuning('yarn-ft').steps} fine-tuning steps each at ${tuning('yarn-ft').multiple}× (scale ${tuning('yarn-ft').factor}): YaRN ${v.yarnFt4} vs PI ${v.piFt4} bits/byte at 4×; YaRN ${v.yarnFt8} vs PI ${v.piFt8} at 8×.`,
    zh: {
      claim: '经过微调，YaRN 以更少的训练把 RoPE 模型扩展得比早期方法更好（此处以相同的预算分别微调 YaRN 和位置插值来测试）。',
      report: (v, tuning) =>
        `两者各在 ${tuning('yarn-ft').multiple}×（缩放倍数 ${tuning('yarn-ft').factor}）下微调 ${tuning('yarn-ft').steps} 步后：4× 时每字节比特数 YaRN 为 ${v.yarnFt4}，PI 为 ${v.piFt4}；8× 时 YaRN 为 ${v.yarnFt8}，PI 为 ${v.piFt8}。`,
    },
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
      `ALiBi's bits/byte stays at ${v.ali4} at 4× (vs ${v.ali1} at 1×), but it recalls ${v.aliFar4} of pass-key digits placed at the start of a 4× input (vs ${v.aliFar1} at 1×; chance ${DIGIT_CHANCE.toFixed(2)}).`,
    zh: {
      claim: '超出训练长度时困惑度低，并不意味着模型利用了远处的上下文；困惑度不能充分反映长上下文能力。',
      report: (v) =>
        `ALiBi 的每字节比特数在 4× 时仍为 ${v.ali4}（1× 时为 ${v.ali1}），但对于放在 4× 输入开头的密钥，它召回的数字比例为 ${v.aliFar4}（1× 时为 ${v.aliFar1}；随机水平 ${DIGIT_CHANCE.toFixed(2)}）。`,
    },
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
    zh: {
      claim: '不使用位置编码的仅解码器 Transformer（NoPE）比使用绝对位置编码或 RoPE 的模型长度泛化更好（在推理任务上）。',
      report: (v) => `每字节比特数从 1× 到 2× 的增长倍数：NoPE ×${v.nopeGrowth}，正弦位置嵌入 ×${v.sinGrowth}，RoPE ×${v.ropeGrowth}。NoPE 在 1× 时起点更差，为 ${v.nope1}。`,
    },
  },
  {
    id: 'randomized-pe',
    claim: 'Training on randomly sampled, ordered positions from a longer range lets a model generalise to longer sequences than its base encoding.',
    source: { key: 'ruoss2023randomized', page: 'abstract' },
    measures: { rnd8: at('randomized-pe', 8), sin8: at('sinusoidal', 8) },
    holds: [{ left: 'rnd8', op: '<', right: 'sin8' }],
    report: (v) => `At 8×: randomized sinusoidal positions ${v.rnd8} bits/byte vs plain sinusoidal ${v.sin8}.`,
    zh: {
      claim: '训练时从更长的范围中随机采样有序位置，可使模型泛化到比其基础编码更长的序列。',
      report: (v) => `8× 时每字节比特数：随机化正弦位置为 ${v.rnd8}，普通正弦位置为 ${v.sin8}。`,
    },
  },
  {
    id: 'xpos-vs-rope',
    claim: 'xPos, a relative position embedding designed to maximise attention resolution, performs strongly when extrapolating in language modelling.',
    source: { key: 'sun2023length', page: 'abstract' },
    measures: { xpos4: at('xpos', 4), rope4: at('rope', 4) },
    holds: [{ left: 'xpos4', op: '<', right: 'rope4' }],
    report: (v) => `At 4×: xPos ${v.xpos4} vs RoPE ${v.rope4} bits/byte (Longitude does not use xPos's blockwise causal attention at inference).`,
    zh: {
      claim: 'xPos 是一种旨在最大化注意力分辨率的相对位置嵌入，在语言建模的外推中表现强劲。',
      report: (v) => `4× 时每字节比特数：xPos 为 ${v.xpos4}，RoPE 为 ${v.rope4}（Longitude 在推理时不使用 xPos 的分块因果注意力）。`,
    },
  },
  {
    id: 'pose',
    claim: 'Skipping position ids inside a short training window lets a RoPE model handle inputs up to the target length.',
    source: { key: 'zhu2024pose', page: 'abstract' },
    measures: { pose8: at('pose', 8), rope8: at('rope', 8) },
    holds: [{ left: 'pose8', op: '<', right: 'rope8' }],
    report: (v) => `At 8×: PoSE-trained RoPE ${v.pose8} vs plain RoPE ${v.rope8} bits/byte.`,
    zh: {
      claim: '在较短的训练窗口内跳跃式地设置位置编号，可使 RoPE 模型处理长达目标长度的输入。',
      report: (v) => `8× 时每字节比特数：以 PoSE 训练的 RoPE 为 ${v.pose8}，普通 RoPE 为 ${v.rope8}。`,
    },
  },
];

/** A measured value and its 95% interval; a bits-per-byte record's also by excerpt (mean over seeds) and by seed, for paired ratios. */
export interface Estimate {
  value: number;
  low: number;
  high: number;
  units?: { model: string; byExcerpt: readonly number[]; bySeed: ReadonlyMap<number, number> };
}

/** A mean with its 95% interval, of at least two values. */
const withInterval = (values: readonly number[]) => {
  const [low, high] = meanInterval(values);
  return { value: mean(values), low, high };
};

/**
 * a / b paired: both bits per byte of the same weights (a model at two lengths, or two methods on it), so excerpt e and
 * seed k are the same bytes and the same run on both sides. The mean ratio across excerpts or across seeds, whichever
 * has the wider 95% interval (the benchmark's rule for an interval), with that interval. Undefined when the two are not
 * paired: other weights, or not the same seeds (one left out at a length where its outputs are not finite).
 */
export function pairedRatio(a: Estimate, b: Estimate): Estimate | undefined {
  const [x, y] = [a.units, b.units];
  if (!x || !y || x.model !== y.model || x.byExcerpt.length !== y.byExcerpt.length) return undefined;
  const seeds = [...x.bySeed.keys()];
  if (seeds.length !== y.bySeed.size || !seeds.every((k) => y.bySeed.has(k))) return undefined;
  const acrossExcerpts = withInterval(x.byExcerpt.map((v, e) => v / y.byExcerpt[e]!));
  if (seeds.length < 2) return acrossExcerpts;
  const acrossSeeds = withInterval(seeds.map((k) => x.bySeed.get(k)! / y.bySeed.get(k)!));
  return acrossSeeds.high - acrossSeeds.low > acrossExcerpts.high - acrossExcerpts.low ? acrossSeeds : acrossExcerpts;
}

function measure(benchmark: Benchmark, m: Measurement): Estimate | undefined {
  if ('ratio' in m) {
    const [a, b] = m.ratio.map((part) => measure(benchmark, part));
    if (a === undefined || b === undefined) return undefined;
    return pairedRatio(a, b) ?? { value: a.value / b.value, low: a.low / b.high, high: a.high / b.low };
  }
  const record = benchmark.records.find((r) => r.method === m.method && r.model === (m.model ?? m.method) && r.multiple === m.multiple);
  if (!record) return undefined;
  if (m.metric === 'far') return { value: record.probe.far.digitAccuracy, low: record.probe.far.interval[0], high: record.probe.far.interval[1] };
  const units = { model: record.model, byExcerpt: record.bpbByExcerpt, bySeed: new Map(record.seeds.map((k) => [k.seed, k.bpb])) };
  return { value: record.bpb, low: record.bpbInterval[0], high: record.bpbInterval[1], units };
}

function describeMeasurement(m: Measurement, locale: Locale): string {
  if ('ratio' in m) return `${describeMeasurement(m.ratio[0], locale)} / ${describeMeasurement(m.ratio[1], locale)}`;
  const far = m.metric === 'far';
  const other = m.model && m.model !== m.method;
  if (locale === 'zh') return `${m.multiple}× 时 ${m.method}${other ? `（${m.model} 模型）` : ''} 的${far ? '远处密钥检索数字准确率' : '每字节比特数'}`;
  const what = far ? 'far pass-key digit accuracy' : 'bits/byte';
  const on = other ? ` on ${m.model}` : '';
  return `${m.method}${on} ${what} at ${m.multiple}×`;
}

/**
 * Paired (pairedRatio): holds only when the interval of left / right lies below times (for <). Otherwise only when the
 * intervals clear each other: left's upper end below times x right's lower end (for <).
 */
const holds = (c: Comparison, v: Record<string, Estimate>) => {
  const [left, right, times] = [v[c.left]!, v[c.right]!, c.times ?? 1];
  const paired = pairedRatio(left, right);
  if (paired) return c.op === '<' ? paired.high < times : paired.low > times;
  return c.op === '<' ? left.high < times * right.low : left.low > times * right.high;
};

const interval = (x: Estimate) => `${x.value.toFixed(2)} [${x.low.toFixed(2)}, ${x.high.toFixed(2)}]`;

function ruleText(claim: Claim, values: Record<string, Estimate | undefined>, locale: Locale): string {
  const say = (c: Comparison) => `${describeMeasurement(claim.measures[c.left]!, locale)} ${c.op} ${c.times ? `${c.times} × ` : ''}${describeMeasurement(claim.measures[c.right]!, locale)}`;
  const partly = claim.partly ?? claim.holds;
  const compared = [...new Map([...claim.holds, ...partly].map((c) => [`${c.left}/${c.right}`, c])).values()];
  const pairs = compared.flatMap((c) => {
    const [left, right] = [values[c.left], values[c.right]];
    const ratio = left && right && pairedRatio(left, right);
    return ratio ? [`${describeMeasurement(claim.measures[c.left]!, locale)} / ${describeMeasurement(claim.measures[c.right]!, locale)} = ${interval(ratio)}`] : [];
  });
  const unpaired = pairs.length < compared.length;
  if (locale === 'zh') {
    const partlyZh = partly.length === 0 ? '' : claim.partly ? `；当 ${partly.map(say).join(' 且 ')} 时判为“部分复现”` : claim.holds.length > 1 ? '；其中部分条件成立时判为“部分复现”' : '';
    const pairedZh =
      pairs.length > 0
        ? `同一组权重在两个长度下（或两种方法下）的比较是配对的（同样的字节、同样的随机种子）：按节选和按随机种子分别取左右之比，当比值均值的 95% 区间（取两者中较宽的）整体低于 k（对“<”）或高于 k（对“>”）时成立（未写出 k 时 k = 1）：${pairs.join('；')}。`
        : '';
    const unpairedZh = unpaired ? `${pairs.length > 0 ? '其余' : ''}比较在 95% 区间（方括号中）之间进行：${INTERVAL_RULE_ZH}。` : '';
    return `当 ${claim.holds.map(say).join(' 且 ')} 时判为“得到复现”${partlyZh}。${pairedZh}${unpairedZh}`;
  }
  const partlyText = partly.length === 0 ? '' : claim.partly ? `; partly when ${partly.map(say).join(' and ')}` : claim.holds.length > 1 ? '; partly when some of these hold' : '';
  const pairedText =
    pairs.length > 0
      ? ` A comparison of the same weights at two lengths, or under two methods, is paired (the same bytes, the same seeds): the ratio left / right is taken per excerpt and per seed, and the comparison holds when the 95% interval of the mean ratio (the wider of the two) lies below k for "<", above k for ">" (k = 1 where none is written): ${pairs.join('; ')}.`
      : '';
  const unpairedText = unpaired ? ` ${pairs.length > 0 ? 'Other comparisons' : 'Comparisons'} are between 95% intervals, shown in brackets: ${INTERVAL_RULE}.` : '';
  return `Reproduced when ${claim.holds.map(say).join(' and ')}${partlyText}.${pairedText}${unpairedText}`;
}

export function verdict(claim: Pick<Claim, 'holds' | 'partly'>, values: Record<string, Estimate | undefined>): Verdict {
  if (Object.values(values).some((x) => x === undefined)) return 'no data';
  const v = values as Record<string, Estimate>;
  if (claim.holds.every((c) => holds(c, v))) return 'reproduced';
  const partly = claim.partly ? claim.partly.length > 0 && claim.partly.every((c) => holds(c, v)) : claim.holds.some((c) => holds(c, v));
  return partly ? 'partly' : 'not reproduced';
}

/** A source locator ("abstract, Table 1", "Fig. 1", "§5, Appendix A.2") in `locale`. */
function locator(page: string, locale: Locale): string {
  if (locale === 'en') return page;
  return page
    .replace(/\babstract\b/g, '摘要')
    .replace(/\bFig\. ?/g, '图 ')
    .replace(/\bTable /g, '表 ')
    .replace(/\bAppendix /g, '附录 ')
    .replaceAll(', ', '，');
}

/** The verdict in words of `locale`. */
export function verdictLabel(v: Verdict, locale: Locale = 'en'): string {
  return figureWords(locale)(`verdict.${v}`);
}

/** Every claim tested on `benchmark`, worded in `locale`: the same ids, numbers and verdicts in every language. */
export function findings(benchmark: Benchmark, locale: Locale = 'en'): Finding[] {
  const na = locale === 'zh' ? '无数据' : 'n/a';
  // benchmark.models is keyed by run ("pi-ft-seed1"); every seed of a model trains the same number of steps
  const run = (model: string) => benchmark.models[model] ?? Object.values(benchmark.models).find((m) => m.run.startsWith(`${model}-seed`));
  const tuning = (model: string): Tuning => {
    const entry = run(model);
    if (!entry) return { steps: na, multiple: na, factor: na };
    const settings = runSettings(entry.run);
    const factor = (JSON.parse(settings.config) as { factor?: number }).factor;
    return { steps: entry.steps.toLocaleString('en'), multiple: String(settings.length / settings.base_length), factor: factor === undefined ? na : String(factor) };
  };
  return CLAIMS.map((claim) => {
    const values = Object.fromEntries(Object.entries(claim.measures).map(([name, m]) => [name, measure(benchmark, m)]));
    const shown = Object.fromEntries(Object.entries(values).map(([name, x]) => [name, x === undefined ? na : interval(x)]));
    const words = locale === 'zh' ? claim.zh : claim;
    const v = verdict(claim, values);
    return {
      id: claim.id,
      claim: words.claim,
      source: { key: claim.source.key, page: locator(claim.source.page, locale) },
      measured: words.report(shown, tuning),
      rule: ruleText(claim, values, locale),
      verdict: v,
      verdictLabel: verdictLabel(v, locale),
    };
  });
}
