/** content/results/benchmark.json (served as /benchmark.json): written by scripts/eval.ts only. */
import { z } from 'zod';

export const MULTIPLES = [1, 2, 4, 8, 16, 32] as const;

const ProbeSummarySchema = z.object({
  digitAccuracy: z.number(),
  exactMatch: z.number(),
  bitsPerDigit: z.number(),
  probes: z.number().int(),
});

export const BenchmarkRecordSchema = z.object({
  method: z.string(),
  model: z.string(),
  config: z.record(z.string(), z.unknown()),
  length: z.number().int().positive(),
  multiple: z.number().positive(),
  /** mean bits/byte over all scored positions (each position averaged over the excerpts first) */
  bpb: z.number(),
  /** mean bits/byte of each held-out excerpt at this length, in excerpt order */
  bpbByExcerpt: z.array(z.number()),
  /** bits/byte predicting byte t+1 at position t, averaged over the excerpts */
  bpbByPosition: z.array(z.number()),
  /** pass-key retrieval at this length (src/demo/probe.ts) */
  probe: z.object({ far: ProbeSummarySchema, near: ProbeSummarySchema }),
});
export type BenchmarkRecord = z.infer<typeof BenchmarkRecordSchema>;

export const BenchmarkSchema = z.object({
  generatedBy: z.string(),
  commit: z.string(),
  runtime: z.string(),
  settings: z.object({
    trainLength: z.number().int(),
    multiples: z.array(z.number()),
    excerpts: z.number().int(),
    heldout: z.string(),
    heldoutSha256: z.string(),
    scaling: z.string(),
    probe: z.string(),
  }),
  models: z.record(z.string(), z.object({ sha256: z.string(), steps: z.number(), seed: z.number(), commit: z.string() })),
  records: z.array(BenchmarkRecordSchema),
});
export type Benchmark = z.infer<typeof BenchmarkSchema>;
