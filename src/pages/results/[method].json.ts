/** Per-method slice of benchmark.json, small enough for a demo to fetch: curves and per-excerpt means. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { benchmark } from '../../content/results';

export const getStaticPaths = (() => [...new Set(benchmark.records.map((r) => r.method))].map((method) => ({ params: { method } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const records = benchmark.records
    .filter((r) => r.method === params['method'])
    .map(({ model, multiple, length, config, bpb, bpbByExcerpt, bpbByPosition }) => ({ model, multiple, length, config, bpb, bpbByExcerpt, bpbByPosition }));
  return new Response(JSON.stringify({ method: params['method'], commit: benchmark.commit, records }), { headers: { 'Content-Type': 'application/json' } });
};
