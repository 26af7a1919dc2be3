/** Per-method slice of the results, small enough for a demo to fetch: the site's model per excerpt and the curves by position. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { benchmark, positions } from '../../content/results';
import { BenchmarkRecordSchema } from '../../schemas/results';

/**
 * A record here is the schema's record minus the fields left out on purpose: `method` (the URL names it),
 * `probe` and `seeds` (shown on the method page, not read by the demo), plus the bits/byte by position and their
 * smoothed 95% half-widths (content/results/positions/<method>.json). Parsing drops whatever the schema does not describe.
 */
const SliceRecordSchema = BenchmarkRecordSchema.omit({ method: true, probe: true, seeds: true });

export const getStaticPaths = (() => [...new Set(benchmark.records.map((r) => r.method))].map((method) => ({ params: { method } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const records = benchmark.records
    .filter((r) => r.method === params['method'])
    .map((r) => {
      const curve = positions.records.find((p) => p.method === r.method && p.model === r.model && p.multiple === r.multiple);
      return { ...SliceRecordSchema.parse(r), bpbByPosition: curve?.bpbByPosition ?? [], smoothedHalfWidth: curve?.smoothedHalfWidth ?? [] };
    });
  return new Response(JSON.stringify({ method: params['method'], commit: benchmark.commit, records }), { headers: { 'Content-Type': 'application/json' } });
};
