/** public/models/manifest.json: what export.py wrote about every trained model. */
import { z } from 'zod';
import { tensor, type Tensor } from '../pe/types';

export const ModelEntrySchema = z.object({
  id: z.string(),
  method: z.string(),
  config: z.record(z.string(), z.unknown()),
  /** The PE and config export.py used for this model's logits fixture (tests/fixtures/models/). */
  fixture: z.object({ method: z.string(), config: z.record(z.string(), z.unknown()) }),
  file: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().positive(),
  params: z
    .object({
      file: z.string(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      bytes: z.number().int().positive(),
      tensors: z.array(z.object({ name: z.string(), dims: z.array(z.number().int()), offset: z.number().int().min(0) })),
    })
    .nullable(),
  parameterCount: z.number().int().positive(),
  modelConfig: z.object({ d: z.number().int(), heads: z.number().int(), layers: z.number().int(), headDim: z.number().int(), vocab: z.literal(256) }),
  trainLength: z.number().int().positive(),
  baseLength: z.number().int().positive(),
  steps: z.number().int().positive(),
  batch: z.number().int().positive(),
  seed: z.number().int(),
  initFrom: z.string().nullable(),
  probeFraction: z.number(),
  lr: z.number(),
  trainLossBpb: z.number(),
  heldoutBpbAtTrainLength: z.number(),
  trainSeconds: z.number(),
  hardware: z.string(),
  commit: z.string(),
  inputs: z.array(z.string()),
  outputs: z.array(z.string()),
});
export type ModelEntry = z.infer<typeof ModelEntrySchema>;

export const ManifestSchema = z.object({ models: z.array(ModelEntrySchema), unigramBaselineNote: z.string().optional() });
export type Manifest = z.infer<typeof ManifestSchema>;

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
