/**
 * Manifest entry -> a model ready to evaluate: its graph as a forward pass, its learned PE
 * parameters, and the PE context its positions are computed in. The one loader behind the browser
 * worker, the build-time evaluation, the scripts and the tests; only how bytes are read differs
 * (fetch with a cache in the browser, the repository's files in Node — see local.ts).
 */
import type * as Ort from 'onnxruntime-web';
import type { ModelEntry } from '../schemas/manifest';
import { tensor, type PeContext, type Tensor } from '../pe/types';
import type { EvaluationModel } from './evaluate';
import { createGraphSession } from './ort-session';

/** Reads a file of public/models/, checked against its manifest sha256. */
export type ReadModelFile = (file: string, sha256: string) => Promise<Uint8Array>;

/** Slices the params file into named tensors. Honours byteOffset: the bytes may be a view into a pooled buffer. */
export function readParams(entry: ModelEntry, bytes: Uint8Array): Record<string, Tensor> {
  if (!entry.params) return {};
  if (bytes.length !== entry.params.bytes) throw new Error(`${entry.params.file}: expected ${entry.params.bytes} bytes, got ${bytes.length}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return Object.fromEntries(
    entry.params.tensors.map(({ name, dims, offset }) => {
      const size = dims.reduce((a, b) => a * b, 1);
      const data = new Float32Array(size);
      for (let i = 0; i < size; i++) data[i] = view.getFloat32(offset + 4 * i, true);
      return [name, tensor(data, dims)];
    }),
  );
}

export async function loadParams(entry: ModelEntry, read: ReadModelFile): Promise<Record<string, Tensor>> {
  return entry.params ? readParams(entry, await read(entry.params.file, entry.params.sha256)) : {};
}

/**
 * The context a PE computes a model's inputs in, for `tokens` when they are known. The PE's "training length" is
 * the model's pre-training length — for a fine-tune, that of the model it started from, not its own window.
 */
export function peContext(entry: ModelEntry, params: Readonly<Record<string, Tensor>>, length: number, tokens?: Uint8Array): PeContext {
  return { length, dims: entry.modelConfig, trainLength: entry.pretrainLength, params, ...(tokens ? { tokens } : {}) };
}

export async function loadModel(ort: typeof Ort, entry: ModelEntry, read: ReadModelFile, options: Ort.InferenceSession.SessionOptions = {}): Promise<EvaluationModel> {
  const [graph, params] = await Promise.all([read(entry.file, entry.sha256), loadParams(entry, read)]);
  return { entry, params, ...(await createGraphSession(ort, graph, options)) };
}
