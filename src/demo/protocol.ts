/** Messages between the page (client.ts) and the demo worker (worker.ts); one `type` key each. */
import type { ModelEntry } from '../schemas/manifest';

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
}

export type WorkerMessage =
  | { type: 'progress'; phase: 'runtime' | 'model' | 'evaluate'; loaded?: number; total?: number }
  | { type: 'result'; backend: Backend; bits: Float64Array; milliseconds: number }
  | { type: 'error'; message: string; backend: Backend };
