/**
 * What the benchmark's numbers depend on, hashed: the evaluation and PE code, the held-out text, the
 * export code, LongRoPE's searched factors, and the committed weights of every run evaluated. scripts/eval.ts
 * records the hash in benchmark.json; a repository test recomputes it, so results and code cannot drift apart
 * unnoticed. Per (method, run), the same minus the summaries and the other methods' own files keys the evaluation's cache.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

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
  'src/plots/curves.ts',
  'src/schemas/results.ts',
  'scripts/eval.ts',
  'scripts/eval-measure.ts',
  'scripts/eval-inputs.ts',
  'public/data/heldout.json',
  'demos/model.py',
  'demos/export.py',
  'demos/optional_outputs.py',
  'demos/search',
];
/** What turns measurements into results (means, intervals, records, curves) and nothing measured: not in a measurement's key. */
const SUMMARIES = ['scripts/eval.ts', 'src/plots/curves.ts'];
/** The PE code every method runs through; the other files at the top of src/pe are methods' own (and the registry). */
const PE_SHARED = ['src/pe/types.ts', 'src/pe/inputs.ts'];

function files(path: string): string[] {
  return statSync(path).isDirectory()
    ? readdirSync(path)
        .sort()
        .flatMap((name) => files(join(path, name)))
    : [path];
}

/** A method's own files: a module at the top of src/pe (not PE_SHARED), or LongRoPE's searched factors. */
function ownedByMethods(file: string): boolean {
  return (dirname(file) === 'src/pe' && !PE_SHARED.includes(file)) || file.startsWith('demos/search/');
}

function hashFiles(paths: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of paths) hash.update(`${file}\0`).update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

const runWeights = (run: string) => `demos/runs/${run}/final.pt`;

/** The files hashed for these runs (demos/runs/<run>/final.pt each), sorted. */
export function evalInputFiles(runs: readonly string[]): string[] {
  return [...SOURCES.flatMap(files), ...runs.map(runWeights)].sort();
}

export function evalInputsSha256(runs: readonly string[]): string {
  return hashFiles(evalInputFiles(runs));
}

/** src/pe/<id>.ts and the method-owned files it imports, transitively (e.g. DAPE's ALiBi, LongRoPE's factors). */
function methodFiles(methodId: string): string[] {
  const found = new Set<string>();
  const visit = (file: string) => {
    if (found.has(file)) return;
    found.add(file);
    if (!file.endsWith('.ts')) return;
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)) {
      const target = join(dirname(file), spec!);
      const resolved = existsSync(`${target}.ts`) ? `${target}.ts` : target;
      if (ownedByMethods(resolved)) visit(resolved);
    }
  };
  visit(`src/pe/${methodId}.ts`);
  return [...found];
}

/**
 * What one method's measurements of one run depend on: the evaluation's code and data less the summaries and every
 * method's own files, then this method's own, then the run's weights. Changing one method (or adding one to the registry) leaves the
 * others' keys unchanged.
 */
export function methodInputsSha256(methodId: string, run: string): string {
  return hashFiles(methodInputFiles(methodId, run));
}

/** The files methodInputsSha256 hashes, in its order. */
export function methodInputFiles(methodId: string, run: string): string[] {
  const shared = SOURCES.flatMap(files).filter((f) => !ownedByMethods(f) && !SUMMARIES.includes(f));
  return [...shared.sort(), ...methodFiles(methodId).sort(), runWeights(run)];
}
