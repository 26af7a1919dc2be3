/** Per-method slice of the results, small enough for a demo to fetch: the site's model per excerpt and its curves. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { benchmark, positions } from '../../content/results';
import { BenchmarkRecordSchema } from '../../schemas/results';

/**
 * A record here is the schema's record minus the fields left out on purpose: `method` (the URL names it),
 * `probe` and `seeds` (shown on the method page, not read by the demo), plus the site model's bits/byte by
 * position (content/results/positions.json). Parsing drops whatever the schema does not describe.
 */
const SliceRecordSchema = BenchmarkRecordSchema.omit({ method: true, probe: true, seeds: true });

export const getStaticPaths = (() => [...new Set(benchmark.records.map((r) => r.method))].map((method) => ({ params: { method } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const records = benchmark.records
    .filter((r) => r.method === params['method'])
    .map((r) => ({
      ...SliceRecordSchema.parse(r),
      bpbByPosition: positions.records.find((p) => p.method === r.method && p.model === r.model && p.multiple === r.multiple)?.bpbByPosition ?? [],
    }));
  return new Response(JSON.stringify({ method: params['method'], commit: benchmark.commit, records }), { headers: { 'Content-Type': 'application/json' } });
};
