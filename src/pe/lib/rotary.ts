/**
 * RoPE and its scaling family as inverse-frequency functions, after Hugging Face
 * `modeling_rope_utils` (same names, defaults and formulas). Each returns the inverse
 * frequencies theta'_m (m = 0 .. dh/2 - 1) and an attention factor folded into cos/sin.
 *
 * Every helper takes ONE options object with named fields, so two numbers cannot be swapped
 * silently (e.g. `llama3Scaling({ headDim, base, factor, trainLength, lowFreqFactor, highFreqFactor })`).
 * Checked against a transcription of HF's functions in tests/unit/pe/hf-reference.test.ts.
 */
import { tensor, type Tensor } from '../types';

export interface RotaryInputs {
  rq_cos: Tensor;
  rq_sin: Tensor;
  rk_cos: Tensor;
  rk_sin: Tensor;
}

export interface Frequencies {
  readonly invFreq: Float64Array;
  readonly attentionFactor: number;
}

/** RoPE: head width dh (even) and base b of theta_m = b^(-2m/dh). */
export interface RopeOptions {
  readonly headDim: number;
  readonly base: number;
}

/** A RoPE scaling method: RoPE plus the scale s (the `factor`, L'/L). */
export interface ScalingOptions extends RopeOptions {
  readonly factor: number;
}

export interface DynamicNtkOptions extends ScalingOptions {
  /** Current sequence length l. */
  readonly length: number;
  /** Training length L (HF `max_position_embeddings`). */
  readonly trainLength: number;
}

export interface YarnOptions extends ScalingOptions {
  /** Training length L (HF `max_position_embeddings`). */
  readonly trainLength: number;
  /** Pairs turning more than betaFast times within L keep theta_m (HF `beta_fast`, 32). */
  readonly betaFast: number;
  /** Pairs turning fewer than betaSlow times within L get theta_m / s (HF `beta_slow`, 1). */
  readonly betaSlow: number;
}

export interface Llama3Options extends ScalingOptions {
  /** Training length L (HF `original_max_position_embeddings`). */
  readonly trainLength: number;
  readonly lowFreqFactor: number;
  readonly highFreqFactor: number;
}

export interface LongRopeOptions extends ScalingOptions {
  /** Training length L (HF `original_max_position_embeddings`). */
  readonly trainLength: number;
  /** lambda_m, one per rotary pair (HF `long_factor`). */
  readonly rescale: readonly number[];
}

/** RoPE (Su et al.): theta_m = base^(-2m/d). */
export function ropeInvFreq({ headDim, base }: RopeOptions): Float64Array {
  return Float64Array.from({ length: headDim / 2 }, (_, m) => 1 / base ** ((2 * m) / headDim));
}

/** cos/sin of position x theta'_m, times the attention factor; q and k rotate alike. */
export function rotaryInputs(positions: Float64Array, { invFreq, attentionFactor }: Frequencies): RotaryInputs {
  const half = invFreq.length;
  const cos = new Float32Array(positions.length * half);
  const sin = new Float32Array(positions.length * half);
  positions.forEach((p, row) => {
    invFreq.forEach((f, m) => {
      cos[row * half + m] = Math.cos(p * f) * attentionFactor;
      sin[row * half + m] = Math.sin(p * f) * attentionFactor;
    });
  });
  const dims = [positions.length, half];
  return { rq_cos: tensor(cos, dims), rq_sin: tensor(sin, dims), rk_cos: tensor(cos, dims), rk_sin: tensor(sin, dims) };
}

/** Plain RoPE frequencies, attention factor 1. */
export function ropeFrequencies(options: RopeOptions): Frequencies {
  return { invFreq: ropeInvFreq(options), attentionFactor: 1 };
}

/** Position Interpolation (Chen et al., 2023), HF `linear`: theta'_m = theta_m / s. */
export function linearScaling({ headDim, base, factor }: ScalingOptions): Frequencies {
  return { invFreq: ropeInvFreq({ headDim, base }).map((f) => f / factor), attentionFactor: 1 };
}

/** NTK-aware (bloc97, 2023): base' = base * s^(d/(d-2)). */
export function ntkAwareScaling({ headDim, base, factor }: ScalingOptions): Frequencies {
  return { invFreq: ropeInvFreq({ headDim, base: base * factor ** (headDim / (headDim - 2)) }), attentionFactor: 1 };
}

/**
 * Dynamic NTK, HF `dynamic`: base' = base * (s l / L - (s - 1))^(d/(d-2)), l = max(length, L).
 * NOTE: with s = 1 this is the survey's Eq. 23 form, kappa = l / L.
 */
export function dynamicNtkScaling({ headDim, base, factor, length, trainLength }: DynamicNtkOptions): Frequencies {
  const seq = Math.max(length, trainLength);
  const scale = (factor * seq) / trainLength - (factor - 1);
  return { invFreq: ropeInvFreq({ headDim, base: base * scale ** (headDim / (headDim - 2)) }), attentionFactor: 1 };
}

/** YaRN's sqrt(1/t) = 0.1 ln s + 1 (Peng et al., Eq. 22); 1 when s <= 1. */
export function yarnAttentionFactor(factor: number): number {
  return factor <= 1 ? 1 : 0.1 * Math.log(factor) + 1;
}

/**
 * YaRN (Peng et al., 2023), HF `yarn` with truncate = true: dimensions that turn more than
 * beta_fast times within L keep theta_m, fewer than beta_slow times get theta_m / s, a linear
 * ramp over dimension index in between; logits scaled by the attention factor squared.
 */
export function yarnScaling({ headDim, base, factor, trainLength, betaFast, betaSlow }: YarnOptions): Frequencies {
  const correctionDim = (rotations: number) => (headDim * Math.log(trainLength / (rotations * 2 * Math.PI))) / (2 * Math.log(base));
  const low = Math.max(Math.floor(correctionDim(betaFast)), 0);
  let high = Math.min(Math.ceil(correctionDim(betaSlow)), headDim - 1);
  if (low === high) high += 0.001;
  const invFreq = ropeInvFreq({ headDim, base }).map((f, m) => {
    const ramp = Math.min(Math.max((m - low) / (high - low), 0), 1);
    return (f / factor) * ramp + f * (1 - ramp);
  });
  return { invFreq, attentionFactor: yarnAttentionFactor(factor) };
}

/** Llama 3.1, HF `llama3`: keep wavelengths < L/high, divide those > L/low by s, blend between. */
export function llama3Scaling({ headDim, base, factor, trainLength, lowFreqFactor, highFreqFactor }: Llama3Options): Frequencies {
  const lowWavelength = trainLength / lowFreqFactor;
  const highWavelength = trainLength / highFreqFactor;
  const invFreq = ropeInvFreq({ headDim, base }).map((f) => {
    const wavelength = (2 * Math.PI) / f;
    if (wavelength < highWavelength) return f;
    if (wavelength > lowWavelength) return f / factor;
    const smooth = (trainLength / wavelength - lowFreqFactor) / (highFreqFactor - lowFreqFactor);
    return (1 - smooth) * (f / factor) + smooth * f;
  });
  return { invFreq, attentionFactor: 1 };
}

/** HF `longrope` attention factor: sqrt(1 + ln s / ln L) for s > 1. */
export function longRopeAttentionFactor({ factor, trainLength }: { readonly factor: number; readonly trainLength: number }): number {
  return factor <= 1 ? 1 : Math.sqrt(1 + Math.log(factor) / Math.log(trainLength));
}

/** LongRoPE (Ding et al., 2024), HF `longrope`: theta'_m = theta_m / lambda_m, one factor per pair. */
export function longRopeScaling({ headDim, base, factor, trainLength, rescale }: LongRopeOptions): Frequencies {
  if (rescale.length !== headDim / 2) throw new RangeError(`longrope needs ${headDim / 2} rescale factors, got ${rescale.length}`);
  return {
    invFreq: ropeInvFreq({ headDim, base }).map((f, m) => f / rescale[m]!),
    attentionFactor: longRopeAttentionFactor({ factor, trainLength }),
  };
}

/**
 * NTK-by-parts (bloc97; Peng et al. 2023, §3.2, Eqs. 17-20): YaRN's ramp without its temperature,
 * i.e. HF `yarn` with `attention_factor: 1`.
 */
export function ntkByPartsScaling(options: YarnOptions): Frequencies {
  return { invFreq: yarnScaling(options).invFreq, attentionFactor: 1 };
}

/** Giraffe's power basis (Pal et al. 2023; abacusai/Long-Context): theta*_i = theta_i (1 - 2i/d)^k. */
export function powerBasis({ invFreq, attentionFactor }: Frequencies, { power }: { readonly power: number }): Frequencies {
  const half = invFreq.length;
  return { invFreq: invFreq.map((f, i) => f * (1 - i / half) ** power), attentionFactor };
}

/**
 * Giraffe's truncated basis (abacusai/Long-Context `truncate_frequency`): with b = 2 pi / truncateLength,
 * theta >= b is kept, b/8 <= theta < b becomes rho = b/16, theta < b/8 becomes 0. truncateLength 0: unchanged.
 */
export function truncateBasis({ invFreq, attentionFactor }: Frequencies, { truncateLength }: { readonly truncateLength: number }): Frequencies {
  if (truncateLength <= 0) return { invFreq, attentionFactor };
  const b = (2 * Math.PI) / truncateLength;
  return { invFreq: invFreq.map((f) => (f < b / 8 ? 0 : f < b ? b / 16 : f)), attentionFactor };
}

/** Round half to even, as torch.round (Math.round rounds halves up). */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** Resonance RoPE (Wang et al. 2024, Eq. 3 / Alg. 1): theta~ = 2 pi / round(2 pi / theta); attention factor kept. */
export function resonanceFrequencies({ invFreq, attentionFactor }: Frequencies): Frequencies {
  return { invFreq: invFreq.map((f) => (2 * Math.PI) / roundHalfEven((2 * Math.PI) / f)), attentionFactor };
}
