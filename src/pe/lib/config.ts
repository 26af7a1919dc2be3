/**
 * Zod fragments for the config fields several PE modules share, so each field's default and
 * bounds live in one place. Each module's `configSchema` composes these; fields used by a single
 * module (betaFast, lowFreqFactor, groupSize, ...) stay in that module.
 *
 * Bounds and defaults are exactly those the modules had before this file existed:
 *   base         number >= 2, default 10000        (every RoPE / sinusoid module, Sandwich)
 *   factor       number in [1, 64], default varies  (pi, ntk-aware, yarn, longrope 4; llama3-scaling 8;
 *                                                    dynamic-ntk 1, i.e. the paper form kappa = l/L)
 *   window       integer >= 1, default 32           (rerope, self-extend)
 *   maxPosition  integer >= 1, default 2048         (learned-ape, randomized-pe)
 */
import { z } from 'zod';

/** Base b of theta_m = b^(-2m/d) (RoPE family) or of the sinusoid table. */
export function baseFieldWithDefault(defaultBase: number) {
  return z.number().min(2).default(defaultBase);
}

export const baseField = baseFieldWithDefault(10000);

/** RoPE scaling factor s = L'/L; the default is per method. */
export function factorField(defaultFactor: number) {
  return z.number().min(1).max(64).default(defaultFactor);
}

/** Two-band methods: pairs with i - j >= window use the far band. */
export const windowField = z.number().int().min(1).default(32);

/** Number of positions a table (learned APE) or a sampling pool (randomized PE) has. */
export const maxPositionField = z.number().int().min(1).default(2048);

/** YaRN's ramp (§3.2): pairs turning more than betaFast times within L are kept, fewer than betaSlow interpolated. */
export function rampConfig(defaultFactor: number) {
  return z
    .object({
      base: baseField,
      factor: factorField(defaultFactor),
      betaFast: z.number().positive().default(32),
      betaSlow: z.number().positive().default(1),
    })
    .strict()
    .refine((c) => c.betaFast >= c.betaSlow, { message: 'betaFast must be at least betaSlow' });
}

/** LongRoPE and LongRoPE2: the RoPE base, the scaling factor s and one rescale factor per rotary pair (null: the searched ones). */
export const longRopeConfig = z
  .object({
    base: baseField,
    factor: factorField(4),
    rescale: z.array(z.number().positive()).nullable().default(null),
  })
  .strict();
