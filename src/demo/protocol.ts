/** Messages between the page (client.ts) and the demo worker (worker.ts); one `type` key each. */
import type { ModelEntry } from '../schemas/manifest';
import type { AttentionRequest, AttentionView } from './attention';

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
}

export type WorkerMessage =
  | { type: 'progress'; phase: 'runtime' | 'model' | 'evaluate'; loaded?: number; total?: number }
  | { type: 'result'; backend: Backend; bits: Float64Array; milliseconds: number; attention?: AttentionView }
  | { type: 'error'; message: string; backend: Backend };
