/**
 * Scaling laws of RoPE-based extrapolation (Liu et al. 2023, arXiv 2310.05209): RoPE at a changed base
 * (500 or 1e6), fine-tuned at the ORIGINAL training length. Default: the pre-training base, so on the
 * un-tuned 'rope' model this is plain RoPE, the reference the two tuned bases are compared with.
 *
 * The paper's quantities are exported for the method page, which renders them instead of typing them (the
 * periods from the same inverse frequencies as the model's inputs, lib/rotary.ts). The critical dimension is a
 * property of PRE-TRAINING (base 10,000, length T_train); a fine-tune's base enters only the bound.
 */
import { ropeInvFreq, type RopeOptions } from './lib/rotary';
import { ropeConfig, ropeInputs } from './rope';
import type { PeMethod } from './types';

const configSchema = ropeConfig();

export default {
  id: 'rope-scaling-laws',
  kind: 'rotary',
  models: ['rope', 'rope-base500-ft', 'rope-base1m-ft'],
  configSchema,
  compute: ropeInputs,
} satisfies PeMethod<typeof configSchema>;

/**
 * The pre-trained model the laws start from (Liu et al. state them for base 10,000): head width d, its RoPE
 * base and its pre-training length T_train. The critical dimension depends on these alone.
 */
export interface PretrainingOptions {
  readonly headDim: number;
  /** RoPE base of pre-training (10,000 in the paper). */
  readonly pretrainBase: number;
  /** Pre-training length T_train. */
  readonly pretrainLength: number;
}

/** A fine-tune of that model with base beta at tuning length T_tune >= T_train. */
export interface FineTuneOptions extends PretrainingOptions {
  /** The fine-tune's base beta. */
  readonly base: number;
  /** Tuning length T_tune. */
  readonly tuneLength: number;
}

/** Period T_m = 2 pi / theta_m = 2 pi base^(2m/d) of each rotary pair m = 0 .. d/2 - 1. */
export function pairPeriods(options: RopeOptions): number[] {
  return Array.from(ropeInvFreq(options), (f) => (2 * Math.PI) / f);
}

/** 2 ceil((d/2) log_base(length / 2 pi)) within [0, d]: twice the number of pairs whose period at `base` fits in `length`. */
function turningDimensions(headDim: number, base: number, length: number): number {
  const pairs = Math.ceil((headDim / 2) * (Math.log(length / (2 * Math.PI)) / Math.log(base)));
  return 2 * Math.min(headDim / 2, Math.max(0, pairs));
}

/**
 * Critical dimension for extrapolation, d_extra = 2 ceil((d/2) log_10000(T_train / 2 pi)) (Liu et al., Lemma 1):
 * the dimensions that saw a full period in PRE-TRAINING, at the pre-training base and length. A fine-tune
 * does not change it (Theorems 2 and 3 take this d_extra); LLaMA 2 (d = 128, T_train = 4096): 92.
 */
export function criticalDimension({ headDim, pretrainBase, pretrainLength }: PretrainingOptions): number {
  return turningDimensions(headDim, pretrainBase, pretrainLength);
}

/**
 * Critical base beta_0 = 10000^(log_{T_train/2pi}(T_tune/2pi)) (Liu et al., Theorem 3): the base above which
 * the larger-base bound applies. Fine-tuning at the pre-training length, it is the pre-training base itself.
 */
export function criticalBase({ pretrainBase, pretrainLength, tuneLength }: Omit<FineTuneOptions, 'headDim' | 'base'>): number {
  return pretrainBase ** (Math.log(tuneLength / (2 * Math.PI)) / Math.log(pretrainLength / (2 * Math.PI)));
}

/**
 * Which of the paper's statements bounds a fine-tune's extrapolation:
 *   'larger-base'   beta > beta_0: T_extra = 2 pi beta^(d_extra/d) with the pre-training d_extra (Theorem 2;
 *                   Theorem 3 for T_tune > T_train) -- the period, at the new base, of pair d_extra/2;
 *   'tuning-length' beta <= beta_0: the tuning length T_tune, with an updated critical dimension
 *                   d'_extra = 2 ceil((d/2) log_beta(T_tune/2pi)) >= d_extra; a small enough base still
 *                   extrapolates beyond it (Theorem 3; Theorem 1 for smaller bases at T_train);
 *   'unchanged'     the pre-training base and length: plain RoPE, bounded by T_train.
 */
export type BoundKind = 'larger-base' | 'tuning-length' | 'unchanged';

export interface ExtrapolationBound {
  readonly kind: BoundKind;
  /** the bound, in positions */
  readonly bound: number;
  /** the pre-training critical dimension d_extra */
  readonly criticalDim: number;
  /** beta_0 */
  readonly criticalBase: number;
  /** d'_extra at the new base and tuning length, for kind 'tuning-length' */
  readonly tunedCriticalDim?: number;
}

/** The paper's extrapolation bound for a fine-tune (see BoundKind). */
export function extrapolationBound(options: FineTuneOptions): ExtrapolationBound {
  const { headDim, pretrainBase, pretrainLength, base, tuneLength } = options;
  if (!(base > 1)) throw new Error(`the base must exceed 1 (${base})`);
  if (tuneLength < pretrainLength) throw new Error(`the scaling laws assume T_tune >= T_train (${tuneLength} < ${pretrainLength})`);
  const criticalDim = criticalDimension(options);
  const beta0 = criticalBase(options);
  if (base === pretrainBase && tuneLength === pretrainLength) return { kind: 'unchanged', bound: pretrainLength, criticalDim, criticalBase: beta0 };
  if (base > beta0) return { kind: 'larger-base', bound: 2 * Math.PI * base ** (criticalDim / headDim), criticalDim, criticalBase: beta0 };
  return { kind: 'tuning-length', bound: tuneLength, criticalDim, criticalBase: beta0, tunedCriticalDim: turningDimensions(headDim, base, tuneLength) };
}

/**
 * Liu et al.'s small-base thresholds beta_1 = 2 T_tune / pi, beta_2 = T_tune / pi, beta_3 = T_tune / 2 pi
 * (Theorem 3): a period of 2 pi beta is then 4, 2 and 1 times T_tune. Below them, a small base extrapolates
 * markedly beyond T_tune.
 */
export function smallBaseThresholds({ tuneLength }: Pick<FineTuneOptions, 'tuneLength'>): { beta1: number; beta2: number; beta3: number } {
  return { beta1: (2 * tuneLength) / Math.PI, beta2: tuneLength / Math.PI, beta3: tuneLength / (2 * Math.PI) };
}

/** Largest base at which every pair turns within `length`: 2 pi base^((d-2)/d) <= length, i.e. base <= (length / 2 pi)^(d/(d-2)). */
export function fullTurnBase({ headDim, length }: { readonly headDim: number; readonly length: number }): number {
  return (length / (2 * Math.PI)) ** (headDim / (headDim - 2));
}
