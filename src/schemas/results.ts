/**
 * content/results/benchmark.json (served as /benchmark.json) and content/results/positions.json: written
 * by scripts/eval.ts only. Every multiple scores the same bytes: the last trainLength bytes of each
 * held-out excerpt's first MULTIPLES.at(-1) x trainLength bytes, read with multiple x trainLength bytes
 * of context (the input is the excerpt's last multiple x trainLength bytes of that span).
 */
import { z } from 'zod';

export const MULTIPLES = [1, 2, 4, 8, 16, 32] as const;

const Interval = z.tuple([z.number(), z.number()]);

const ProbeSummarySchema = z.object({
  /** mean over seeds */
  digitAccuracy: z.number(),
  /** 95% interval of digitAccuracy: across seeds or across probes, whichever is wider */
  interval: Interval,
  exactMatch: z.number(),
  bitsPerDigit: z.number(),
  /** probes per seed */
  probes: z.number().int(),
});

const SeedResultSchema = z.object({
  seed: z.number().int(),
  /** the model file this seed ran (seed 1 is the site's model) */
  model: z.string(),
  bpb: z.number(),
  far: z.number(),
  near: z.number(),
});

export const BenchmarkRecordSchema = z.object({
  method: z.string(),
  /** the site's model id (its seed-1 run); `seeds` names each seed's own */
  model: z.string(),
  config: z.record(z.string(), z.unknown()),
  length: z.number().int().positive(),
  multiple: z.number().positive(),
  /** bits/byte on the final trainLength bytes, mean over seeds (each seed: mean over excerpts) */
  bpb: z.number(),
  /** 95% interval of bpb: across seeds, or across excerpts when that is wider (`intervalFrom`) */
  bpbInterval: Interval,
  intervalFrom: z.enum(['seeds', 'excerpts']),
  /** the site's model (seed 1): bits/byte on each excerpt's final trainLength bytes, in excerpt order — what the demo reproduces */
  bpbByExcerpt: z.array(z.number()),
  /** pass-key retrieval at this length (src/demo/probe.ts) */
  probe: z.object({ far: ProbeSummarySchema, near: ProbeSummarySchema }),
  seeds: z.array(SeedResultSchema).min(1),
});
export type BenchmarkRecord = z.infer<typeof BenchmarkRecordSchema>;

export const BenchmarkSchema = z.object({
  generatedBy: z.string(),
  commit: z.string(),
  /** sha256 of the evaluation's inputs (scripts/eval-inputs.ts): the provenance test recomputes it */
  inputsSha256: z.string(),
  runtime: z.string(),
  settings: z.object({
    trainLength: z.number().int(),
    multiples: z.array(z.number()),
    excerpts: z.number().int(),
    /** bytes scored per excerpt at every multiple */
    scoredBytes: z.number().int(),
    heldout: z.string(),
    heldoutSha256: z.string(),
    scaling: z.string(),
    probe: z.string(),
    interval: z.string(),
  }),
  /** every model evaluated, by id (one per seed): its file hash and the run it was exported from */
  models: z.record(z.string(), z.object({ sha256: z.string(), run: z.string(), steps: z.number(), seed: z.number() })),
  records: z.array(BenchmarkRecordSchema),
});
export type Benchmark = z.infer<typeof BenchmarkSchema>;

/**
 * Bits/byte at every position of the input, the site's model, averaged over the excerpts; and at the
 * longest multiple, each query position's attention entropy (nats) and mean attended distance (bytes),
 * averaged over every layer and head and the first `attentionExcerpts` excerpts.
 */
export const PositionsSchema = z.object({
  commit: z.string(),
  records: z.array(z.object({ method: z.string(), model: z.string(), multiple: z.number(), bpbByPosition: z.array(z.number()) })),
  attentionExcerpts: z.number().int(),
  attention: z.array(z.object({ method: z.string(), model: z.string(), multiple: z.number(), entropy: z.array(z.number()), distance: z.array(z.number()) })),
});
export type Positions = z.infer<typeof PositionsSchema>;
