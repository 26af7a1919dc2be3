/** Messages between the page (client.ts) and the demo worker (worker.ts); one `type` key each. */
import type { ModelEntry } from '../schemas/manifest';
import type { AttentionRequest, AttentionView } from './attention';
import type { Failure } from './failure';

export type Backend = 'wasm' | 'webgpu';

export interface RunRequest {
  type: 'run';
  /** where the site lives (import.meta.env.BASE_URL of the page), for models and the ORT runtime */
  base: string;
  backend: Backend;
  model: ModelEntry;
  methodId: string;
  config: Record<string, unknown>;
  bytes: Uint8Array;
  /** also return this layer and head's attention, with one query's row (src/demo/attention.ts) */
  attention?: AttentionRequest;
  /** when the page posted the request (epochMs()), for the transfer time in Phases */
  sentAt: number;
}

/** Where a run's time went, in milliseconds (npm run bench:demo prints them). */
export interface Phases {
  /** the request's trip to the worker */
  transfer: number;
  /** the runtime and model, when not already loaded */
  load: number;
  /** the PE inputs, computed by src/pe */
  inputs: number;
  /** the onnxruntime session run */
  session: number;
  /** bits per byte from the logits */
  scoring: number;
  /** the result's trip back to the page */
  reply: number;
}

/** Milliseconds since the epoch, comparable between the page and its worker (each has its own timeOrigin). */
export function epochMs(): number {
  return performance.timeOrigin + performance.now();
}

export type WorkerMessage =
  | { type: 'progress'; phase: 'runtime' | 'model' | 'evaluate'; loaded?: number; total?: number }
  | { type: 'result'; backend: Backend; bits: Float64Array; milliseconds: number; attention?: AttentionView; phases: Omit<Phases, 'reply'>; postedAt: number }
  | { type: 'error'; message: string; backend: Backend; failure?: Failure };
