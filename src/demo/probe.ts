/**
 * Pass-key retrieval probe. Held-out text with a 5-digit key in delimiters that never occur in
 * the corpus, planted early and asked for at the very end: `{48213}...text...{4821`, then 3. The five
 * digits after the last `{` can only be predicted by copying the key. Scored under teacher
 * forcing: digit accuracy (chance 0.1), exact match of all five, and bits per digit (chance 3.32).
 * As in training (demos/train.py), the input ends with the fourth digit and the last is only a
 * target: at the training length the question sits where every training probe's does.
 *   far:  key at the start of the sequence (distance ~ the whole length)
 *   near: key ending L/2 bytes before the question (short distance, large absolute positions)
 * The format, and the share of training windows that are probes, live in probe-format.json, which
 * demos/train.py reads too.
 */
import { mulberry32 } from '../pe/lib/prng';
import { VOCAB } from './evaluate';
import format from './probe-format.json';

export type Placement = 'far' | 'near';
export const PLACEMENTS: readonly Placement[] = ['far', 'near'];
const OPEN = format.open.charCodeAt(0);
const CLOSE = format.close.charCodeAt(0);
export const KEY_DIGITS = format.keyDigits;
/** share of training windows replaced by in-window probes */
export const TRAINING_FRACTION = format.trainingFraction;
/** Digit accuracy of guessing: one decimal digit in ten. */
export const DIGIT_CHANCE = 1 / 10;
/** A model has learned the probe when it recalls this share of key digits at its training length, in both placements. */
export const LEARNED_DIGITS = format.learnedDigitAccuracy;

type ProbeRecord = { multiple: number; probe: Record<Placement, { digitAccuracy: number }> };

/** Digit accuracy at 1x, formatted, or n/a. */
export function probeAt1(records: readonly ProbeRecord[], placement: Placement): string {
  return records.find((r) => r.multiple === 1)?.probe[placement].digitAccuracy.toFixed(2) ?? 'n/a';
}

export function probeLearned(records: readonly ProbeRecord[]): boolean {
  const at1 = records.find((r) => r.multiple === 1);
  return at1 !== undefined && PLACEMENTS.every((p) => at1.probe[p].digitAccuracy >= LEARNED_DIGITS);
}

export interface Probe {
  readonly bytes: Uint8Array;
  readonly digits: readonly number[];
  /** index of the first key digit in the question; digit k is predicted at position first + k - 1 (the last digit lies past the input) */
  readonly firstDigit: number;
}

export function keyDigits(seed: number): number[] {
  const rand = mulberry32(seed);
  return Array.from({ length: KEY_DIGITS }, () => 0x30 + Math.floor(rand() * 10));
}

export function makeProbe(text: Uint8Array, length: number, placement: Placement, trainLength: number, seed: number): Probe {
  const digits = keyDigits(seed);
  const key = [OPEN, ...digits, CLOSE];
  const asked = [OPEN, ...digits.slice(0, -1)];
  const questionStart = length - asked.length;
  const keyStart = placement === 'far' ? 0 : questionStart - trainLength / 2 - key.length;
  if (length > text.length) throw new RangeError(`probe of ${length} bytes needs that much filler text`);
  if (keyStart < 0) throw new RangeError(`a ${placement} probe does not fit in ${length} bytes`);
  const bytes = text.slice(0, length);
  bytes.set(key, keyStart);
  bytes.set(asked, questionStart);
  return { bytes, digits, firstDigit: questionStart + 1 };
}

export interface ProbeScore {
  readonly correctDigits: number;
  readonly exact: boolean;
  readonly bits: number;
}

export function scoreProbe(logits: Float32Array, probe: Probe): ProbeScore {
  let correctDigits = 0;
  let bits = 0;
  probe.digits.forEach((digit, k) => {
    const row = logits.subarray((probe.firstDigit + k - 1) * VOCAB, (probe.firstDigit + k) * VOCAB);
    let best = 0;
    let max = -Infinity;
    row.forEach((v, i) => {
      if (v > max) [max, best] = [v, i];
    });
    let sum = 0;
    for (const v of row) sum += Math.exp(v - max);
    bits += (Math.log(sum) + max - row[digit]!) / Math.LN2;
    if (best === digit) correctDigits++;
  });
  return { correctDigits, exact: correctDigits === KEY_DIGITS, bits };
}

export interface ProbeSummary {
  /** share of key digits predicted correctly (argmax); chance 0.1 */
  readonly digitAccuracy: number;
  /** share of probes with all five digits correct */
  readonly exactMatch: number;
  /** mean bits per key digit; chance log2(10) = 3.32 */
  readonly bitsPerDigit: number;
  readonly probes: number;
}

export function summarize(scores: readonly ProbeScore[]): ProbeSummary {
  const n = scores.length;
  return {
    digitAccuracy: scores.reduce((s, p) => s + p.correctDigits, 0) / (n * KEY_DIGITS),
    exactMatch: scores.filter((p) => p.exact).length / n,
    bitsPerDigit: scores.reduce((s, p) => s + p.bits, 0) / (n * KEY_DIGITS),
    probes: n,
  };
}
