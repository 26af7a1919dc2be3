/** public/models/manifest.json: what export.py wrote about every trained model. */
import { z } from 'zod';
import { GRAPH_ROLES, type GraphName } from '../pe/types';

const GRAPH_NAMES = Object.keys(GRAPH_ROLES) as [GraphName, ...GraphName[]];

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
  /** the window this run trained at (a fine-tune's longer window) */
  trainLength: z.number().int().positive(),
  /** the pre-training length of the model it started from: the L of PI's L'/L, YaRN's and dynamic NTK's formulas */
  pretrainLength: z.number().int().positive(),
  steps: z.number().int().positive(),
  batch: z.number().int().positive(),
  seed: z.number().int(),
  /** the training run (demos/runs/<run>/) whose weights this is: <model>-seed<k> */
  run: z.string(),
  initFrom: z.string().nullable(),
  probeFraction: z.number(),
  lr: z.number(),
  trainLossBpb: z.number(),
  /** the first logged training step whose training-batch probe digit accuracy reached the learned threshold (demos/export.py), or null: this run did not learn the probe */
  probeLearnedAtStep: z.number().int().positive().nullable(),
  trainSeconds: z.number(),
  hardware: z.string(),
  commit: z.string(),
  /** which exported graph (demos/model.py): the shared backbone, the dense-bias one (TUPE), the mlp-bias one (FIRE), the multi-band one (window and chunk methods), or a method's own (relative-content, adaptive-bias, contextual, complex-embedding) */
  graph: z.enum(GRAPH_NAMES),
  inputs: z.array(z.string()),
  outputs: z.array(z.string()),
});
export type ModelEntry = z.infer<typeof ModelEntrySchema>;

export const ManifestSchema = z.object({ models: z.array(ModelEntrySchema) });
export type Manifest = z.infer<typeof ManifestSchema>;
