/** Per-method slice of benchmark.json, small enough for a demo to fetch: curves and per-excerpt means. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { benchmark } from '../../content/results';
import { BenchmarkRecordSchema } from '../../schemas/results';

/**
 * A record here is the schema's record minus the fields left out on purpose: `method` (the URL names it) and
 * `probe` (the pass-key summaries, shown on the method page, not read by the demo). Any other field of
 * src/schemas/results.ts is served, and parsing drops whatever the schema does not describe.
 */
const SliceRecordSchema = BenchmarkRecordSchema.omit({ method: true, probe: true });

export const getStaticPaths = (() => [...new Set(benchmark.records.map((r) => r.method))].map((method) => ({ params: { method } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const records = benchmark.records.filter((r) => r.method === params['method']).map((r) => SliceRecordSchema.parse(r));
  return new Response(JSON.stringify({ method: params['method'], commit: benchmark.commit, records }), { headers: { 'Content-Type': 'application/json' } });
};
