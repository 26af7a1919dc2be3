/**
 * What the evaluation measures of one seed's model, and nothing of how scripts/eval.ts summarises it: the evaluation's
 * cache (demos/exports/eval-cache/) holds these measurements, keyed by this file and the code and data it reads
 * (scripts/eval-inputs.ts methodInputsSha256), so a change to the summaries (means, intervals, records) reuses them.
 */
import { methods, type MethodId } from '../src/pe/registry';
import { benchmarkConfig, evaluateBytes, inputsByText, VOCAB, type EvaluationModel } from '../src/demo/evaluate';
import { mean } from '../src/demo/stats';
import type { ModelEntry } from '../src/schemas/manifest';
import { MULTIPLES, type Attention } from '../src/schemas/results';
import { makeProbe, PLACEMENTS, scoreProbe, type Placement, type ProbeScore } from '../src/demo/probe';

/** Excerpts whose attention statistics at the longest multiple are averaged (the site's model). */
export const ATTENTION_EXCERPTS = 4;
/** Pass-key probes per length, placement and seed: one on each of the first PROBES excerpts (all of them). */
export const PROBES = 32;
export const round = (x: number) => Math.round(x * 1e4) / 1e4;
/** Per-position curves: to 1e-3 (bits, nats) and 0.1 byte, what the figures need. */
export const round3 = (x: number) => Math.round(x * 1e3) / 1e3;
const round1 = (x: number) => Math.round(x * 10) / 10;

/** One seed's measurements of one (method, model) at one multiple. */
export interface SeedMeasurement {
  finalByExcerpt: number[];
  /** bits at every position of the input, per excerpt (to 1e-4: the cache holds every seed's) */
  bitsByExcerpt: number[][];
  probes: Record<Placement, ProbeScore[]>;
  /** the first input position whose output is not finite, in any excerpt or probe; absent when every output is */
  divergedAt?: number;
}

/** The first of `values`' rows of `width` values with one that is not finite, or undefined. */
function firstNonFinite(values: ArrayLike<number>, width = 1): number | undefined {
  for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i]!)) return Math.floor(i / width);
  return undefined;
}

/** Attention entropy and mean attended distance per query position, mean over layers, heads and excerpts. */
async function attentionProfile(model: EvaluationModel, methodId: string, config: Record<string, unknown>, length: number, excerpts: Uint8Array[]) {
  const inputs = inputsByText(model, methodId, config);
  const { layers, heads } = model.entry.modelConfig;
  const entropy = new Float64Array(length);
  const distance = new Float64Array(length);
  const rows = layers * heads * excerpts.length;
  for (const text of excerpts) {
    const bytes = text.subarray(text.length - length);
    const out = await model.attend(bytes, inputs(bytes), { layer: 0, head: 0 });
    for (let r = 0; r < layers * heads; r++) {
      for (let i = 0; i < length; i++) {
        entropy[i]! += out.entropy[r * length + i]! / rows;
        distance[i]! += out.distance[r * length + i]! / rows;
      }
    }
  }
  return { entropy: [...entropy].map(round3), distance: [...distance].map(round1) };
}

/**
 * `excerpts` are read from their end (each is its benchmark excerpt with the text before it, heldout.json); a probe's
 * filler starts where the input does past 32x, else at the benchmark excerpt's start.
 */
async function measure(model: EvaluationModel, methodId: string, config: Record<string, unknown>, multiple: number, excerpts: Uint8Array[]): Promise<SeedMeasurement> {
  const L = model.entry.pretrainLength;
  const span = MULTIPLES.at(-1)! * L;
  const length = multiple * L;
  const inputs = inputsByText(model, methodId, config);
  const perExcerpt: Float64Array[] = [];
  const nonFinite: number[] = [];
  for (const text of excerpts) {
    const bytes = text.subarray(text.length - length);
    const bits = await evaluateBytes(model, inputs(bytes), bytes);
    perExcerpt.push(bits);
    nonFinite.push(firstNonFinite(bits) ?? Infinity);
  }
  const probes = {} as Record<Placement, ProbeScore[]>;
  for (const placement of PLACEMENTS) {
    probes[placement] = [];
    for (const [i, text] of excerpts.slice(0, PROBES).entries()) {
      const p = makeProbe(text.subarray(text.length - Math.max(span, length)), length, placement, L, 1000 * multiple + i);
      const logits = await model.forward(p.bytes, inputs(p.bytes));
      probes[placement].push(scoreProbe(logits, p));
      nonFinite.push(firstNonFinite(logits, VOCAB) ?? Infinity);
    }
  }
  const divergedAt = Math.min(...nonFinite);
  return {
    finalByExcerpt: perExcerpt.map((bits) => mean(bits.subarray(length - L))),
    bitsByExcerpt: perExcerpt.map((bits) => Array.from(bits, round)),
    probes,
    ...(Number.isFinite(divergedAt) ? { divergedAt } : {}),
  };
}

/** The config `methodId` runs with at `multiple` on the site model `siteEntry` (its trained settings when the method is the model's own). */
export function configAt(methodId: MethodId, siteEntry: ModelEntry, multiple: number): Record<string, unknown> {
  const method = methods[methodId];
  const trainedConfig = siteEntry.method === methodId ? siteEntry.config : {};
  return benchmarkConfig('scalesWithLength' in method && method.scalesWithLength, trainedConfig, multiple);
}

/** One seed's model of (methodId, siteEntry) at every multiple, and for seed 1 (the site's model) its attention profile at the longest. */
export async function measureSeed(
  model: EvaluationModel,
  methodId: MethodId,
  siteEntry: ModelEntry,
  multiples: readonly number[],
  excerpts: Uint8Array[],
): Promise<{ measured: Map<number, SeedMeasurement>; profile?: Attention['records'][number] }> {
  const measured = new Map<number, SeedMeasurement>();
  for (const multiple of multiples) measured.set(multiple, await measure(model, methodId, configAt(methodId, siteEntry, multiple), multiple, excerpts));
  if (model.entry.seed !== 1) return { measured };
  const longest = MULTIPLES.at(-1)!;
  const L = model.entry.pretrainLength;
  const profile = await attentionProfile(model, methodId, configAt(methodId, siteEntry, longest), longest * L, excerpts.slice(0, ATTENTION_EXCERPTS));
  return { measured, profile: { method: methodId, model: siteEntry.id, multiple: longest, ...profile } };
}
