/**
 * content/results/benchmark.json (served as /benchmark.json), and per method content/results/positions/<method>.json and
 * content/results/attention/<method>.json (each under 1 MB): written by scripts/eval.ts only. Every multiple scores the same bytes: the last trainLength bytes of each
 * held-out excerpt's first MULTIPLES.at(-1) x trainLength bytes, read with multiple x trainLength bytes
 * of context (the input is the excerpt's last multiple x trainLength bytes of that span).
 */
import { z } from 'zod';

export const MULTIPLES = [1, 2, 4, 8, 16, 32] as const;

const Interval = z.tuple([z.number(), z.number()]);
const DivergedSeed = z.object({ seed: z.number().int(), model: z.string(), position: z.number().int().nonnegative() });

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
  /** the seeds measured at this length, seed 1 first */
  seeds: z.array(SeedResultSchema).min(1),
  /** seeds that did not learn the probe in training while others did (settings.learned): measured, out of every value above */
  notLearned: z.array(SeedResultSchema),
  /** seeds whose outputs are not finite at this length (from input position `position`): out of every value above */
  diverged: z.array(DivergedSeed),
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
    learned: z.string(),
  }),
  /** every model evaluated, by id (one per seed): its file hash and the run it was exported from */
  models: z.record(z.string(), z.object({ sha256: z.string(), run: z.string(), steps: z.number(), seed: z.number(), trainSeconds: z.number(), probeLearnedAtStep: z.number().int().nullable() })),
  records: z.array(BenchmarkRecordSchema),
  /** lengths where every seed's outputs are not finite (from input position `position`): no record, no curve */
  unscored: z.array(
    z.object({
      method: z.string(),
      model: z.string(),
      length: z.number().int().positive(),
      multiple: z.number().positive(),
      diverged: z.array(DivergedSeed).min(1),
    }),
  ),
});
export type Benchmark = z.infer<typeof BenchmarkSchema>;

/**
 * content/results/positions/<method>.json: bits/byte at every position of the input (bits[t] predicts byte t + 1), mean
 * over seeds (each seed: mean over excerpts), and the half-width of the 95% interval of what the figures draw, the mean
 * of the `smoothingWindow` bytes up to each position (src/plots/curves.ts), computed as bpbInterval is: across seeds, or
 * across excerpts when that is wider.
 */
export const PositionsSchema = z.object({
  commit: z.string(),
  smoothingWindow: z.number().int().positive(),
  records: z.array(z.object({ method: z.string(), model: z.string(), multiple: z.number(), bpbByPosition: z.array(z.number()), smoothedHalfWidth: z.array(z.number()) })),
});
export type Positions = z.infer<typeof PositionsSchema>;

/**
 * content/results/attention/<method>.json: at the longest multiple, each query position's attention entropy (nats)
 * and mean attended distance (bytes) of the site's model, averaged over every layer and head and the first
 * `excerpts` excerpts.
 */
export const AttentionSchema = z.object({
  commit: z.string(),
  excerpts: z.number().int(),
  records: z.array(z.object({ method: z.string(), model: z.string(), multiple: z.number(), entropy: z.array(z.number()), distance: z.array(z.number()) })),
});
export type Attention = z.infer<typeof AttentionSchema>;

/** The results directories written one file per method, and what each file holds. */
export const PER_METHOD_RESULTS = { positions: PositionsSchema, attention: AttentionSchema } as const;

/** Per-method files of one kind joined into one: they must come from one evaluation (the same header fields). */
export function joinPerMethod<T extends { records: unknown[] }>(files: readonly T[]): T {
  const [first, ...rest] = files;
  if (!first) throw new Error('no per-method results file');
  const header = (f: T) => JSON.stringify({ ...f, records: undefined });
  const other = rest.find((f) => header(f) !== header(first));
  if (other) throw new Error(`per-method results from different evaluations: ${header(first)} and ${header(other)}`);
  return { ...first, records: files.flatMap((f) => f.records) };
}
