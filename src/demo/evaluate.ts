/**
 * Bits per byte by position: the one evaluation shared by the browser demo (worker) and the
 * build-time benchmark (scripts/eval.ts), so that both print the same numbers.
 */
import { computeInputs } from '../pe/inputs';
import { getMethod } from '../pe/registry';
import type { FullInputs, Tensor } from '../pe/types';
import type { ModelEntry } from '../schemas/manifest';
import { peContext } from './load';

export const VOCAB = 256;

/** Runs the model's graph once: tokens [1, L] plus the PE inputs -> logits [L, 256]. */
export type ForwardPass = (tokens: Uint8Array, inputs: FullInputs) => Promise<Float32Array>;

/** Which layer and head's attention probabilities an attention pass returns. */
export interface AttentionPick {
  readonly layer: number;
  readonly head: number;
}

/** The graph's attention outputs (demos/model.py), batch 1: entropy and distance [layers, H, L], attention [L, L] of the pick. */
export interface AttentionOutputs {
  readonly logits: Float32Array;
  readonly entropy: Float32Array;
  readonly distance: Float32Array;
  readonly attention: Float32Array;
}

/** A forward pass that also returns the attention outputs (the logits are the forward pass's). */
export type AttentionPass = (tokens: Uint8Array, inputs: FullInputs, pick: AttentionPick) => Promise<AttentionOutputs>;

export interface EvaluationModel {
  readonly entry: ModelEntry;
  readonly forward: ForwardPass;
  readonly attend: AttentionPass;
  readonly params: Readonly<Record<string, Tensor>>;
}

/** bits[t] = -log2 p(byte t+1 | bytes 0..t), for t = 0 .. L-2. */
export function bitsPerPosition(logits: Float32Array, bytes: Uint8Array): Float64Array {
  const out = new Float64Array(bytes.length - 1);
  for (let t = 0; t < out.length; t++) {
    const row = logits.subarray(t * VOCAB, (t + 1) * VOCAB);
    let max = -Infinity;
    for (const v of row) max = Math.max(max, v);
    let sum = 0;
    for (const v of row) sum += Math.exp(v - max);
    out[t] = (Math.log(sum) + max - row[bytes[t + 1]!]!) / Math.LN2;
  }
  return out;
}

/** The PE inputs for scoring `bytes` (a method that reads the tokens computes its positions from them). */
export function inputsFor(model: EvaluationModel, methodId: string, config: unknown, bytes: Uint8Array): FullInputs {
  return computeInputs(methodId, peContext(model.entry, model.params, bytes.length, bytes), config);
}

/** inputsFor over many texts: computed once per length, or once per text for a method that reads the tokens. */
export function inputsByText(model: EvaluationModel, methodId: string, config: unknown): (bytes: Uint8Array) => FullInputs {
  if (getMethod(methodId).readsTokens) return (bytes) => inputsFor(model, methodId, config, bytes);
  const byLength = new Map<number, FullInputs>();
  return (bytes) => {
    const inputs = byLength.get(bytes.length) ?? inputsFor(model, methodId, config, bytes);
    byLength.set(bytes.length, inputs);
    return inputs;
  };
}

export async function evaluateBytes(model: EvaluationModel, inputs: FullInputs, bytes: Uint8Array): Promise<Float64Array> {
  if (bytes.length < 2) throw new RangeError('need at least 2 bytes to score a next-byte prediction');
  return bitsPerPosition(await model.forward(bytes, inputs), bytes);
}

/** The config a benchmark run uses at `multiple` x L: training-free RoPE scalings scale to the evaluated length. */
export function benchmarkConfig(scalesWithLength: boolean | undefined, modelConfig: Record<string, unknown>, multiple: number): Record<string, unknown> {
  const hasTrainedFactor = 'factor' in modelConfig;
  return scalesWithLength && !hasTrainedFactor ? { ...modelConfig, factor: Math.max(1, multiple) } : { ...modelConfig };
}
