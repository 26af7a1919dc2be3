/** public/data/heldout.json: the corpus split and the held-out excerpts (written by demos/data/prepare.py). */
import { z } from 'zod';

export const HeldoutSchema = z.object({
  corpus: z.string(),
  split: z.string(),
  trainAddresses: z.number().int().positive(),
  trainBytes: z.number().int().positive(),
  trainSha256: z.string().regex(/^[0-9a-f]{64}$/),
  heldoutAddresses: z.array(z.string()).min(1),
  /** most of an excerpt's 50-byte chunks that may also occur in the training text */
  maxChunkOverlap: z.number().min(0).max(1),
  excerptBytes: z.number().int().positive(),
  /** bytes of an excerpt with the text before it: the demo's longest input */
  longestBytes: z.number().int().positive(),
  excerpts: z
    .array(
      z.object({
        source: z.string(),
        offset: z.number().int().min(0),
        text: z.string().min(1),
        /** the held-out text read before `text` at lengths past excerptBytes (demos/data/prepare.py) */
        before: z.string(),
      }),
    )
    .min(1),
});
export type Heldout = z.infer<typeof HeldoutSchema>;

/** The excerpts as the bytes the models read. */
export function excerptBytes(heldout: Heldout): Uint8Array[] {
  return heldout.excerpts.map((e) => new TextEncoder().encode(e.text));
}

/** Each excerpt with the text before it, longestBytes bytes: read at every length from its end. */
export function longExcerptBytes(heldout: Heldout): Uint8Array[] {
  return heldout.excerpts.map((e) => new TextEncoder().encode(e.before + e.text));
}
