import type { APIRoute } from 'astro';
import { benchmark } from '../content/results';

export const GET: APIRoute = () => {
  const header = [
    'method',
    'model',
    'multiple',
    'length',
    'bpb',
    'bpb_low',
    'bpb_high',
    'interval_from',
    'seeds',
    'not_learned_seeds',
    'diverged_seeds',
    'probe_far_digit_accuracy',
    'probe_far_low',
    'probe_far_high',
    'probe_far_exact',
    'probe_far_bits_per_digit',
    'probe_near_digit_accuracy',
    'probe_near_low',
    'probe_near_high',
    'probe_near_exact',
    'probe_near_bits_per_digit',
    'config',
  ];
  const rows = benchmark.records.map((r) =>
    [
      r.method,
      r.model,
      r.multiple,
      r.length,
      r.bpb,
      ...r.bpbInterval,
      r.intervalFrom,
      r.seeds.map((s) => s.seed).join(' '),
      r.notLearned.map((s) => s.seed).join(' '),
      r.diverged.map((s) => s.seed).join(' '),
      r.probe.far.digitAccuracy,
      ...r.probe.far.interval,
      r.probe.far.exactMatch,
      r.probe.far.bitsPerDigit,
      r.probe.near.digitAccuracy,
      ...r.probe.near.interval,
      r.probe.near.exactMatch,
      r.probe.near.bitsPerDigit,
      `"${JSON.stringify(r.config).replaceAll('"', '""')}"`,
    ].join(','),
  );
  // a length where every seed's outputs are not finite: its row names the seeds, every value is empty
  const unscored = benchmark.unscored.map((u) =>
    header.map((column) => ({ method: u.method, model: u.model, multiple: u.multiple, length: u.length, diverged_seeds: u.diverged.map((s) => s.seed).join(' ') })[column] ?? '').join(','),
  );
  return new Response([`# Longitude benchmark, commit ${benchmark.commit}, ${benchmark.runtime}`, header.join(','), ...rows, ...unscored].join('\n') + '\n', {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
