/**
 * npm run eval: every (method, model) pair the registry declares, with every seed's model, at 1x..32x
 * the training length, with the same src/pe and src/demo code the browser runs and onnxruntime-web's
 * WASM kernels (in Node). Every multiple scores the same bytes (src/schemas/results.ts): the last L
 * bytes of each excerpt's span, read with multiple x L bytes of context. Writes
 * content/results/benchmark.json (served as /benchmark.json), and per method positions/<method>.json and
 * attention/<method>.json.
 *
 *   npm run lab:export -- --seeds   # first: every seed's model into demos/exports/ (not committed)
 *   npm run eval
 *   npm run eval -- --shard 1/2     # only every 2nd (method, model), into the cache: run shards in parallel, then `npm run eval`
 *   npm run eval -- --longer        # also the demo's lengths past 32x (src/demo/lengths.ts), where a model has the positions
 *   npm run eval -- --method fire   # only this method (repeatable), into the cache; then `npm run eval` writes the results
 *
 * Refuses to run from a working tree whose evaluation inputs (scripts/eval-inputs.ts) have uncommitted
 * changes, and records the inputs' hash. Each (method, model, seed) is cached under demos/exports/eval-cache/,
 * keyed by the inputs that method's measurements depend on (methodInputsSha256): an interrupted run resumes where
 * it stopped, and after a change to one method's code only that method is evaluated again.
 */
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ort from 'onnxruntime-web';
import { methods, type MethodId } from '../src/pe/registry';
import { mean, meanInterval } from '../src/demo/stats';
import { fileBytes, HELDOUT_FILE, localHeldout, localManifest, localModel, RESULTS_DIR, sha256 } from '../src/demo/local';
import { SMOOTHING_WINDOW, smoothedByPosition } from '../src/plots/curves';
import { longExcerptBytes } from '../src/schemas/heldout';
import { demoMultiples, lengthMultiples } from '../src/demo/lengths';
import type { ModelEntry } from '../src/schemas/manifest';
import { BenchmarkSchema, MULTIPLES, PER_METHOD_RESULTS, type Attention, type Benchmark, type BenchmarkRecord, type Positions } from '../src/schemas/results';
import { KEY_DIGITS, LEARNED_DIGITS, summarize, type ProbeScore } from '../src/demo/probe';
import { evalInputFiles, evalInputsSha256, methodInputsSha256 } from './eval-inputs';
import { ATTENTION_EXCERPTS, configAt, measureSeed, PROBES, round, round3, type SeedMeasurement } from './eval-measure';

const OUT = join(RESULTS_DIR, 'benchmark.json');
const EXPORTS = 'demos/exports';
const roundPair = ([a, b]: [number, number]): [number, number] => [round(a), round(b)];

function git(...args: string[]): string {
  return execFileSync('git', args, { encoding: 'utf8' }).trim();
}

/** The id of seed `seed`'s model in demos/exports/ for a site model id: rope -> rope-seed2, rope-multiband -> rope-seed2-multiband. */
function seedModelId(siteId: string, seed: number): string {
  return siteId.replace(/(-multiband)?$/, `-seed${seed}$1`);
}

/** Whether a seed's run learned the probe in training (demos/export.py probeLearnedAtStep). */
const learnedProbe = (entry: ModelEntry) => entry.probeLearnedAtStep !== null;

/** One seed's own values at one length, as benchmark.json lists them. */
function seedResult({ seed, measured }: { seed: ModelEntry; measured: SeedMeasurement }) {
  return {
    seed: seed.seed,
    model: seed.id,
    bpb: round(mean(measured.finalByExcerpt)),
    far: round(summarize(measured.probes.far).digitAccuracy),
    near: round(summarize(measured.probes.near).digitAccuracy),
  };
}

/** The wider of the 95% intervals across seeds (per-seed means) and across units (per-unit means over seeds). */
function interval(bySeed: number[][]): { interval: [number, number]; from: 'seeds' | 'excerpts' } {
  const perUnit = bySeed[0]!.map((_, u) => mean(bySeed.map((s) => s[u]!)));
  const acrossUnits = meanInterval(perUnit);
  if (bySeed.length < 2) return { interval: acrossUnits, from: 'excerpts' };
  const acrossSeeds = meanInterval(bySeed.map((s) => mean(s)));
  return acrossSeeds[1] - acrossSeeds[0] >= acrossUnits[1] - acrossUnits[0] ? { interval: acrossSeeds, from: 'seeds' } : { interval: acrossUnits, from: 'excerpts' };
}

/**
 * The curve by position, mean over seeds (each: mean over excerpts), and at each position the half-width of the interval
 * of its smoothed value as the figures draw it (src/plots/curves.ts smoothedByPosition), computed as every interval here.
 */
function positionCurve(bitsBySeed: number[][][]): Pick<Positions['records'][number], 'bpbByPosition' | 'smoothedHalfWidth'> {
  const smoothed = bitsBySeed.map((excerpts) => excerpts.map((bits) => smoothedByPosition(bits).map((p) => p.bits)));
  const positions = bitsBySeed[0]![0]!.length;
  return {
    bpbByPosition: Array.from({ length: positions }, (_, t) => round3(mean(bitsBySeed.map((excerpts) => mean(excerpts.map((bits) => bits[t]!)))))),
    smoothedHalfWidth: Array.from({ length: positions }, (_, t) => {
      const [lo, hi] = interval(smoothed.map((excerpts) => excerpts.map((curve) => curve[t]!))).interval;
      return round3((hi - lo) / 2);
    }),
  };
}

function probeSummary(bySeed: ProbeScore[][]) {
  const s = summarize(bySeed.flat());
  const { interval: range } = interval(bySeed.map((scores) => scores.map((p) => p.correctDigits / KEY_DIGITS)));
  return {
    digitAccuracy: round(s.digitAccuracy),
    interval: roundPair([Math.max(0, range[0]), Math.min(1, range[1])]),
    exactMatch: round(s.exactMatch),
    bitsPerDigit: round(s.bitsPerDigit),
    probes: bySeed[0]!.length,
  };
}

async function main() {
  const { values } = parseArgs({ options: { shard: { type: 'string' }, method: { type: 'string', multiple: true }, longer: { type: 'boolean', default: false } } });
  const [shard, shards] = (values.shard ?? '1/1').split('/').map(Number) as [number, number];
  const only = values.method ?? [];
  const unknown = only.filter((id) => !(id in methods));
  if (unknown.length > 0) throw new Error(`no registered method ${unknown.join(', ')}`);
  const partial = shards > 1 || only.length > 0;
  ort.env.wasm.numThreads = 1;
  if (!existsSync(join(EXPORTS, 'manifest.json'))) throw new Error(`no ${EXPORTS}/manifest.json: run \`npm run lab:export -- --seeds\` first`);
  const site = localManifest();
  const seeded = localManifest(EXPORTS);
  const heldout = localHeldout();
  const excerpts = longExcerptBytes(heldout);
  const L = site.models[0]!.pretrainLength;
  const multiplesOf = (method: (typeof methods)[MethodId], entry: ModelEntry): number[] => (values.longer ? demoMultiples(method, [entry], heldout.longestBytes) : [...MULTIPLES]);
  if (excerpts.some((e) => e.length !== heldout.longestBytes)) throw new Error(`every held-out excerpt must have ${heldout.longestBytes} bytes`);

  const plan: { methodId: MethodId; siteEntry: ModelEntry; seeds: ModelEntry[] }[] = [];
  for (const [methodId, method] of Object.entries(methods) as [MethodId, (typeof methods)[MethodId]][]) {
    if (only.length > 0 && !only.includes(methodId)) continue;
    for (const modelId of method.models) {
      const siteEntry = site.models.find((m) => m.id === modelId);
      const seeds = seeded.models.filter((m) => m.id === seedModelId(modelId, m.seed)).sort((a, b) => a.seed - b.seed);
      if (!siteEntry || seeds.length === 0) {
        console.warn(`skip ${methodId} on ${modelId}: model not trained yet`);
        continue;
      }
      if (seeds[0]!.seed !== 1 || seeds[0]!.sha256 !== siteEntry.sha256)
        throw new Error(`public/models/${siteEntry.file} is not the export of ${seedModelId(modelId, 1)}: re-export (npm run lab:export)`);
      if (!learnedProbe(seeds[0]!) && seeds.some(learnedProbe))
        throw new Error(`${seeds[0]!.id}, the site's model, did not learn the probe in training while other seeds did: the demo would show the exception`);
      plan.push({ methodId, siteEntry, seeds });
    }
  }
  const runs = [...new Set(plan.flatMap((p) => p.seeds.map((s) => s.run)))].sort();
  const dirty = git('status', '--porcelain', '--', ...evalInputFiles(runs));
  if (dirty) throw new Error(`uncommitted changes in the evaluation's inputs; commit them first:\n${dirty}`);
  const inputsSha256 = evalInputsSha256(runs);
  const cacheDir = join(EXPORTS, 'eval-cache');
  mkdirSync(cacheDir, { recursive: true });

  const records: BenchmarkRecord[] = [];
  const positions: Positions['records'] = [];
  const attention: Attention['records'] = [];
  const unscored: Benchmark['unscored'] = [];
  for (const [index, { methodId, siteEntry, seeds }] of plan.entries()) {
    if (shards > 1 && index % shards !== shard - 1) continue;
    const method = methods[methodId];
    const bySeed: Map<number, SeedMeasurement>[] = [];
    for (const entry of seeds) {
      const cacheFile = join(cacheDir, `${methodId}@${entry.id}-${methodInputsSha256(methodId, entry.run).slice(0, 16)}${values.longer ? '-longer' : ''}.json`);
      if (existsSync(cacheFile)) {
        const cached = JSON.parse(readFileSync(cacheFile, 'utf8')) as { measured: [number, SeedMeasurement][]; attention?: (typeof attention)[number] };
        bySeed.push(new Map(cached.measured));
        if (cached.attention) attention.push(cached.attention);
        continue;
      }
      const { measured, profile } = await measureSeed(await localModel(ort, entry, EXPORTS), methodId, siteEntry, multiplesOf(method, siteEntry), excerpts);
      writeFileSync(cacheFile, JSON.stringify({ measured: [...measured], ...(profile ? { attention: profile } : {}) }));
      if (profile) attention.push(profile);
      bySeed.push(measured);
    }
    for (const multiple of multiplesOf(method, siteEntry)) {
      const measuredSeeds = bySeed.map((m, k) => ({ seed: seeds[k]!, measured: m.get(multiple)! }));
      const diverged = measuredSeeds.filter((s) => s.measured.divergedAt !== undefined);
      const divergedSeeds = diverged.map(({ seed, measured }) => ({ seed: seed.seed, model: seed.id, position: measured.divergedAt! }));
      // Seeds that did not learn the probe in training are out of the values when others learned it (the recipe's
      // luck, replaced by the next seed: demos/train_all.sh); when none did, the method's values are theirs.
      const counted = (s: (typeof measuredSeeds)[number]) => learnedProbe(s.seed) || !seeds.some(learnedProbe);
      const all = measuredSeeds.filter(counted);
      const notLearned = measuredSeeds.filter((s) => !counted(s) && s.measured.divergedAt === undefined);
      if (all.every((s) => s.measured.divergedAt !== undefined)) {
        unscored.push({ method: methodId, model: siteEntry.id, length: multiple * L, multiple, diverged: divergedSeeds });
        console.log(`${methodId.padEnd(18)} ${siteEntry.id.padEnd(16)} ${String(multiple).padStart(2)}x  not scored: every seed's outputs are not finite`);
        continue;
      }
      if (diverged.some((s) => s.seed.seed === 1))
        throw new Error(`${methodId} on ${siteEntry.id} at ${multiple}x: the site's model (seed 1) gives non-finite outputs from position ${diverged[0]!.measured.divergedAt}, other seeds do not`);
      const kept = all.filter((s) => s.measured.divergedAt === undefined);
      const at = kept.map((s) => s.measured);
      const bpb = interval(at.map((m) => m.finalByExcerpt));
      const config = configAt(methodId, siteEntry, multiple);
      const record: BenchmarkRecord = {
        method: methodId,
        model: siteEntry.id,
        config,
        length: multiple * L,
        multiple,
        bpb: round(mean(at.map((m) => mean(m.finalByExcerpt)))),
        bpbInterval: roundPair(bpb.interval),
        intervalFrom: bpb.from,
        bpbByExcerpt: at[0]!.finalByExcerpt.map(round),
        probe: { far: probeSummary(at.map((m) => m.probes.far)), near: probeSummary(at.map((m) => m.probes.near)) },
        seeds: kept.map(seedResult),
        notLearned: notLearned.map(seedResult),
        diverged: divergedSeeds,
      };
      records.push(record);
      positions.push({ method: methodId, model: siteEntry.id, multiple, ...positionCurve(at.map((m) => m.bitsByExcerpt)) });
      console.log(
        `${methodId.padEnd(18)} ${siteEntry.id.padEnd(16)} ${String(multiple).padStart(2)}x  ${record.bpb.toFixed(4)} [${record.bpbInterval.map((x) => x.toFixed(3)).join(', ')}] bits/byte` +
          `  probe far ${record.probe.far.digitAccuracy.toFixed(2)} / near ${record.probe.near.digitAccuracy.toFixed(2)}  (${at.length} seed${at.length > 1 ? 's' : ''}${diverged.length > 0 ? `, ${diverged.length} diverged` : ''})`,
      );
    }
  }
  if (partial) return console.log(`${only.length > 0 ? only.join(', ') : `shard ${shard}/${shards}`} cached in ${cacheDir}`);
  const commit = git('rev-parse', 'HEAD');
  const byOrder = (a: { method: string; model: string; multiple: number }, b: typeof a) => a.method.localeCompare(b.method) || a.model.localeCompare(b.model) || a.multiple - b.multiple;
  const result = BenchmarkSchema.parse({
    generatedBy: 'scripts/eval.ts',
    commit,
    inputsSha256,
    runtime: `onnxruntime-web ${ort.env.versions.web} (WASM, 1 thread, Node ${process.versions.node})`,
    settings: {
      trainLength: L,
      multiples: values.longer ? lengthMultiples(L, heldout.longestBytes) : [...MULTIPLES],
      excerpts: excerpts.length,
      scoredBytes: L - 1,
      heldout: HELDOUT_FILE,
      heldoutSha256: sha256(fileBytes(HELDOUT_FILE)),
      scaling: 'training-free RoPE scalings use factor = max(1, multiple); fine-tuned models keep their trained factor',
      probe: `${PROBES} pass-key probes per length, placement and seed (src/demo/probe.ts), one on each of the first ${PROBES} excerpts, key seed 1000 x multiple + excerpt index`,
      interval:
        "95% Student-t interval of the mean: across seeds (each seed averaged over excerpts or probes), or across excerpts or probes (each averaged over seeds) when that is wider; with one seed, across excerpts or probes; a seed whose outputs are not finite at a length (`diverged`) is left out of the means, intervals and curves at that length, and a length where every seed's outputs are not finite (`unscored`) has no values",
      learned: `a run learned the probe when its training-batch probe digit accuracy reached ${LEARNED_DIGITS} at a logged step (models[].probeLearnedAtStep); a seed that did not, while other seeds of its series did, is measured and listed under \`notLearned\` but left out of the means, intervals and curves, and the next seed is trained in its place (demos/train_all.sh)`,
    },
    models: Object.fromEntries(
      plan.flatMap((p) => p.seeds).map((m) => [m.id, { sha256: m.sha256, run: m.run, steps: m.steps, seed: m.seed, trainSeconds: m.trainSeconds, probeLearnedAtStep: m.probeLearnedAtStep }]),
    ),
    records: records.sort(byOrder),
    unscored: unscored.sort(byOrder),
  });
  writeFileSync(OUT, JSON.stringify(result) + '\n');
  const evaluated = [...new Set(plan.map((p) => p.methodId))];
  /** a profile of a length where every seed's outputs are not finite is not finite either */
  const unscoredAt = (r: { method: string; model: string; multiple: number }) => unscored.some((u) => byOrder(u, r) === 0);
  writePerMethod('positions', evaluated, (method) => ({ commit, smoothingWindow: SMOOTHING_WINDOW, records: positions.filter((r) => r.method === method).sort(byOrder) }));
  writePerMethod('attention', evaluated, (method) => ({ commit, excerpts: ATTENTION_EXCERPTS, records: attention.filter((r) => r.method === method && !unscoredAt(r)).sort(byOrder) }));
  console.log(`wrote ${OUT} (${records.length} records, ${unscored.length} unscored) and ${evaluated.length} methods' ${Object.keys(PER_METHOD_RESULTS).join(' and ')} files`);
}

/** content/results/<kind>/<method>.json for every method evaluated, validated; files of methods no longer evaluated go. */
function writePerMethod(kind: keyof typeof PER_METHOD_RESULTS, evaluated: readonly string[], content: (method: string) => unknown): void {
  const dir = join(RESULTS_DIR, kind);
  mkdirSync(dir, { recursive: true });
  for (const file of readdirSync(dir)) if (!evaluated.includes(file.replace(/\.json$/, ''))) rmSync(join(dir, file));
  for (const method of evaluated) writeFileSync(join(dir, `${method}.json`), JSON.stringify(PER_METHOD_RESULTS[kind].parse(content(method))) + '\n');
}

await main();
