/**
 * Headline claims of the covered papers about behaviour past the training length, each with a
 * test on Longitude's own benchmark. The verdict and every number come from benchmark.json; the
 * wording of a claim and its source are editorial.
 */
import type { Benchmark } from '../demo/benchmark';

export interface Finding {
  id: string;
  claim: string;
  source: { key: string; page: string };
  /** what Longitude measured, as text with the numbers filled in */
  measured: string;
  verdict: 'reproduced' | 'not reproduced' | 'partly' | 'no data';
}

export function findings(benchmark: Benchmark): Finding[] {
  const rec = (method: string, model: string, multiple: number) => benchmark.records.find((r) => r.method === method && r.model === model && r.multiple === multiple);
  const bpb = (method: string, model: string, multiple: number) => rec(method, model, multiple)?.bpb;
  const far = (method: string, model: string, multiple: number) => rec(method, model, multiple)?.probe.far.digitAccuracy;
  const f2 = (x: number | undefined) => (x === undefined ? 'n/a' : x.toFixed(2));
  const out: Finding[] = [];

  const sin1 = bpb('sinusoidal', 'sinusoidal', 1), sin4 = bpb('sinusoidal', 'sinusoidal', 4);
  const ali1 = bpb('alibi', 'alibi', 1), ali4 = bpb('alibi', 'alibi', 4), ali32 = bpb('alibi', 'alibi', 32);
  out.push({
    id: 'alibi-vs-sinusoidal',
    claim: 'Sinusoidal position embeddings degrade quickly past the training length; ALiBi keeps perplexity flat on much longer inputs.',
    source: { key: 'press2022train', page: 'Fig. 1' },
    measured: `Sinusoidal: ${f2(sin1)} bits/byte at 1×, ${f2(sin4)} at 4×. ALiBi: ${f2(ali1)} at 1×, ${f2(ali4)} at 4×, ${f2(ali32)} at 32×.`,
    verdict: sin1 === undefined || ali1 === undefined || sin4 === undefined || ali4 === undefined || ali32 === undefined ? 'no data' : sin4 > sin1 * 1.1 && ali32 < ali1 * 1.05 ? 'reproduced' : sin4 > sin1 * 1.1 || ali32 < ali1 * 1.05 ? 'partly' : 'not reproduced',
  });

  const rope1 = bpb('rope', 'rope', 1), rope4 = bpb('rope', 'rope', 4), piFt4 = bpb('pi', 'pi-ft', 4), pi4 = bpb('pi', 'rope', 4);
  out.push({
    id: 'pi-fine-tune',
    claim: 'Extrapolating a RoPE model directly fails; Position Interpolation with a short fine-tune extends it to the new window.',
    source: { key: 'chen2023extending', page: 'abstract, §3' },
    measured: `RoPE: ${f2(rope1)} bits/byte at 1×, ${f2(rope4)} at 4×. PI without fine-tuning at 4×: ${f2(pi4)}; after ${'1,000'} steps of PI fine-tuning at 4×: ${f2(piFt4)}.`,
    verdict: rope1 === undefined || rope4 === undefined || piFt4 === undefined ? 'no data' : rope4 > rope1 * 1.1 && piFt4 < rope1 * 1.1 ? 'reproduced' : piFt4 < rope4 ? 'partly' : 'not reproduced',
  });

  const yarn2 = bpb('yarn', 'rope', 2), pi2 = bpb('pi', 'rope', 2), yarn4 = bpb('yarn', 'rope', 4);
  out.push({
    id: 'yarn-vs-pi-training-free',
    claim: 'YaRN surpasses earlier context-extension methods such as Position Interpolation, with and without fine-tuning (tested here without).',
    source: { key: 'peng2024yarn', page: 'abstract' },
    measured: `Training-free on the RoPE model: YaRN ${f2(yarn2)} vs PI ${f2(pi2)} bits/byte at 2×; YaRN ${f2(yarn4)} vs PI ${f2(pi4)} at 4×.`,
    verdict: yarn2 === undefined || pi2 === undefined || yarn4 === undefined || pi4 === undefined ? 'no data' : yarn2 < pi2 && yarn4 < pi4 ? 'reproduced' : yarn2 < pi2 || yarn4 < pi4 ? 'partly' : 'not reproduced',
  });

  const aliFar1 = far('alibi', 'alibi', 1), aliFar4 = far('alibi', 'alibi', 4);
  out.push({
    id: 'perplexity-blind-spot',
    claim: 'Low perplexity past the training length does not mean the model uses the distant context; perplexity under-reflects long-context ability.',
    source: { key: 'zhao-etal-2024-length', page: '§5, Appendix A.2' },
    measured: `ALiBi's bits/byte stays at ${f2(ali4)} at 4× (vs ${f2(ali1)} at 1×), but it recalls ${f2(aliFar4)} of pass-key digits placed at the start of a 4× input (vs ${f2(aliFar1)} at 1×; chance 0.10).`,
    verdict: ali1 === undefined || ali4 === undefined || aliFar1 === undefined || aliFar4 === undefined ? 'no data' : ali4 < ali1 * 1.05 && aliFar4 < aliFar1 / 2 ? 'reproduced' : 'not reproduced',
  });

  const nope1 = bpb('nope', 'nope', 1), nope2 = bpb('nope', 'nope', 2), rope2 = bpb('rope', 'rope', 2), sin2 = bpb('sinusoidal', 'sinusoidal', 2);
  const growth = (a?: number, b?: number) => (a === undefined || b === undefined ? undefined : b / a);
  out.push({
    id: 'nope-generalizes',
    claim: 'Decoder-only Transformers without positional encoding (NoPE) length-generalise better than those with APE or RoPE (on reasoning tasks).',
    source: { key: 'kazemnejad2023impact', page: 'abstract' },
    measured: `Growth of bits/byte from 1× to 2×: NoPE ×${f2(growth(nope1, nope2))}, sinusoidal ×${f2(growth(sin1, sin2))}, RoPE ×${f2(growth(rope1, rope2))}. NoPE starts from a worse ${f2(nope1)} bits/byte at 1×.`,
    verdict: [nope1, nope2, sin2, rope2].some((x) => x === undefined) ? 'no data' : growth(nope1, nope2)! < growth(sin1, sin2)! && growth(nope1, nope2)! < growth(rope1, rope2)! ? 'reproduced' : growth(nope1, nope2)! < growth(sin1, sin2)! || growth(nope1, nope2)! < growth(rope1, rope2)! ? 'partly' : 'not reproduced',
  });

  const rnd8 = bpb('randomized-pe', 'randomized-pe', 8), sin8 = bpb('sinusoidal', 'sinusoidal', 8);
  out.push({
    id: 'randomized-pe',
    claim: 'Training on randomly sampled, ordered positions from a longer range lets a model generalise to longer sequences than its base encoding.',
    source: { key: 'ruoss2023randomized', page: 'abstract' },
    measured: `At 8×: randomized sinusoidal positions ${f2(rnd8)} bits/byte vs plain sinusoidal ${f2(sin8)}.`,
    verdict: rnd8 === undefined || sin8 === undefined ? 'no data' : rnd8 < sin8 ? 'reproduced' : 'not reproduced',
  });

  const xpos4 = bpb('xpos', 'xpos', 4);
  out.push({
    id: 'xpos-vs-rope',
    claim: 'xPos, designed to improve RoPE\'s attention resolution, performs strongly when extrapolating in language modelling.',
    source: { key: 'sun2023length', page: 'abstract' },
    measured: `At 4×: xPos ${f2(xpos4)} vs RoPE ${f2(rope4)} bits/byte (Longitude does not use xPos's blockwise causal attention at inference).`,
    verdict: xpos4 === undefined || rope4 === undefined ? 'no data' : xpos4 < rope4 ? 'reproduced' : 'not reproduced',
  });

  const pose8 = bpb('pose', 'pose', 8), rope8 = bpb('rope', 'rope', 8);
  out.push({
    id: 'pose',
    claim: 'Skipping position ids inside a short training window lets a RoPE model handle inputs up to the target length.',
    source: { key: 'zhu2024pose', page: 'abstract' },
    measured: `At 8×: PoSE-trained RoPE ${f2(pose8)} vs plain RoPE ${f2(rope8)} bits/byte.`,
    verdict: pose8 === undefined || rope8 === undefined ? 'no data' : pose8 < rope8 ? 'reproduced' : 'not reproduced',
  });
  return out;
}
