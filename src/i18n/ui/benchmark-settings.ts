/**
 * The benchmark's settings sentences (scripts/eval.ts writes them into benchmark.json in English) in
 * Chinese. A sentence's numbers are taken out (#) to find its translation and put back in order, so
 * the numbers stay those of the results file; a sentence with no translation fails the build rather
 * than reach the Chinese page untranslated or stale.
 */
const ZH: Record<string, string> = {
  'training-free RoPE scalings use factor = max(#, multiple); fine-tuned models keep their trained factor': '免训练的 RoPE 缩放取 factor = max(#, 倍数)；微调过的模型保留训练时的因子',
  '# pass-key probes per length, placement and seed (src/demo/probe.ts), one on each of the first # excerpts, key seed # x multiple + excerpt index':
    '每个长度、探针位置和随机种子各 # 个密钥检索探针（src/demo/probe.ts），依次放在前 # 段摘录上，密钥的随机种子为 # × 倍数 + 摘录序号',
  "#% Student-t interval of the mean: across seeds (each seed averaged over excerpts or probes), or across excerpts or probes (each averaged over seeds) when that is wider; with one seed, across excerpts or probes; a seed whose outputs are not finite at a length (`diverged`) is left out of the means, intervals and curves at that length, and a length where every seed's outputs are not finite (`unscored`) has no values":
    '均值的 #% Student-t 区间：取各随机种子之间的区间（每个种子先在摘录或探针上平均）；若各摘录或探针之间的区间（每个先在随机种子上平均）更宽，则取后者；只有一个随机种子时，取各摘录或探针之间的区间；在某一长度下输出出现非有限值的随机种子（`diverged`）不计入该长度的均值、区间和曲线；所有随机种子的输出都出现非有限值的长度（`unscored`）没有数值',
  'a run learned the probe when its training-batch probe digit accuracy reached # at a logged step (models[].probeLearnedAtStep); a seed that did not, while other seeds of its series did, is measured and listed under `notLearned` but left out of the means, intervals and curves, and the next seed is trained in its place (demos/train_all.sh)':
    '某次训练在某个记录步上的训练批次探针数字准确率达到 #，即视为学会了探针（models[].probeLearnedAtStep）；没有学会、而同一系列的其他随机种子学会了的种子，仍被测量并列在 `notLearned` 之下，但不计入均值、区间和曲线，并按同一训练方案训练下一个随机种子替代（demos/train_all.sh）',
};

const NUMBER = /\d+(?:\.\d+)?/g;

export function benchmarkSettingInChinese(sentence: string): string {
  const numbers = sentence.match(NUMBER) ?? [];
  const translated = ZH[sentence.replace(NUMBER, '#')];
  if (translated === undefined) throw new Error(`benchmark.json setting with no Chinese translation (src/i18n/ui/benchmark-settings.ts): "${sentence}"`);
  if (translated.split('#').length - 1 !== numbers.length) throw new Error(`the Chinese of "${sentence}" must place its ${numbers.length} numbers`);
  let next = 0;
  return translated.replace(/#/g, () => numbers[next++]!);
}
