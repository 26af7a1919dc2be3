/**
 * What the benchmark's numbers depend on, hashed: the evaluation and PE code, the held-out text, the
 * export code, and the committed weights of every run evaluated. scripts/eval.ts records the hash in
 * benchmark.json; a repository test recomputes it, so results and code cannot drift apart unnoticed.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = [
  'src/pe',
  'src/demo/evaluate.ts',
  'src/demo/lengths.ts',
  'src/demo/load.ts',
  'src/demo/local.ts',
  'src/demo/ort-session.ts',
  'src/demo/probe.ts',
  'src/demo/probe-format.json',
  'src/demo/stats.ts',
  'src/schemas/results.ts',
  'scripts/eval.ts',
  'scripts/eval-inputs.ts',
  'public/data/heldout.json',
  'demos/model.py',
  'demos/export.py',
  'demos/optional_outputs.py',
];

function files(path: string): string[] {
  return statSync(path).isDirectory()
    ? readdirSync(path)
        .sort()
        .flatMap((name) => files(join(path, name)))
    : [path];
}

/** The files hashed for these runs (demos/runs/<run>/final.pt each), sorted. */
export function evalInputFiles(runs: readonly string[]): string[] {
  return [...SOURCES.flatMap(files), ...runs.map((run) => `demos/runs/${run}/final.pt`)].sort();
}

export function evalInputsSha256(runs: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of evalInputFiles(runs)) hash.update(`${file}\0`).update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}
