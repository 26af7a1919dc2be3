/**
 * npm run eval: bits/byte by position on the held-out excerpts at 1x..32x the training length,
 * for every (method, model) pair the registry declares, with the same src/pe and src/demo code
 * the browser runs and onnxruntime-web's WASM kernels (in Node). Writes content/results/benchmark.json,
 * served as /benchmark.json. Deterministic: rerunning gives identical numbers.
 *
 *   npm run eval                  # everything
 *   npm run eval -- --only alibi  # one method (its records replace the old ones)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import * as ort from 'onnxruntime-web';
import { methods, type MethodId } from '../src/pe/registry';
import { benchmarkConfig, evaluateBytes, inputsFor } from '../src/demo/evaluate';
import { mean } from '../src/demo/stats';
import { fileBytes, HELDOUT_FILE, localHeldout, localManifest, localModel, sha256 } from '../src/demo/local';
import { excerptBytes } from '../src/schemas/heldout';
import { BenchmarkSchema, MULTIPLES, type BenchmarkRecord } from '../src/schemas/results';
import { makeProbe, PLACEMENTS, scoreProbe, summarize, type Placement, type ProbeSummary } from '../src/demo/probe';

const OUT = 'content/results/benchmark.json';
/** Probes per (length, placement): one per excerpt, each with its own key. */
const PROBES = 8;
const round = (x: number) => Math.round(x * 1e4) / 1e4;

function gitCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return 'uncommitted';
  }
}

async function main() {
  const { values } = parseArgs({ options: { only: { type: 'string', multiple: true } } });
  ort.env.wasm.numThreads = 1;
  const manifest = localManifest();
  const excerpts = excerptBytes(localHeldout());
  const previous = existsSync(OUT) && values.only ? BenchmarkSchema.parse(JSON.parse(readFileSync(OUT, 'utf8'))) : undefined;

  const records: BenchmarkRecord[] = previous ? previous.records.filter((r) => !values.only!.includes(r.method)) : [];
  for (const [methodId, method] of Object.entries(methods) as [MethodId, (typeof methods)[MethodId]][]) {
    if (values.only && !values.only.includes(methodId)) continue;
    for (const modelId of method.models) {
      const entry = manifest.models.find((m) => m.id === modelId);
      if (!entry) {
        console.warn(`skip ${methodId} on ${modelId}: model not trained yet`);
        continue;
      }
      const model = await localModel(ort, entry);
      const trainedConfig = entry.method === methodId ? entry.config : {};
      for (const multiple of MULTIPLES) {
        const length = multiple * entry.pretrainLength;
        const config = benchmarkConfig('scalesWithLength' in method && method.scalesWithLength, trainedConfig, multiple);
        const inputs = inputsFor(model, methodId, config, length);
        const perExcerpt: Float64Array[] = [];
        for (const bytes of excerpts) perExcerpt.push(await evaluateBytes(model, inputs, bytes.subarray(0, length)));
        const byPosition = Array.from({ length: length - 1 }, (_, t) => mean(perExcerpt.map((e) => e[t]!)));
        const probe = {} as Record<Placement, ProbeSummary>;
        for (const placement of PLACEMENTS) {
          const scores = [];
          for (let i = 0; i < PROBES; i++) {
            const p = makeProbe(excerpts[i]!, length, placement, entry.pretrainLength, 1000 * multiple + i);
            scores.push(scoreProbe(await model.forward(p.bytes, inputs), p));
          }
          const s = summarize(scores);
          probe[placement] = { digitAccuracy: round(s.digitAccuracy), exactMatch: round(s.exactMatch), bitsPerDigit: round(s.bitsPerDigit), probes: s.probes };
        }
        records.push({
          method: methodId,
          model: modelId,
          config,
          length,
          multiple,
          bpb: round(mean(byPosition)),
          bpbByExcerpt: perExcerpt.map((e) => round(mean(e))),
          bpbByPosition: byPosition.map(round),
          probe,
        });
        console.log(
          `${methodId.padEnd(15)} ${modelId.padEnd(14)} ${String(multiple).padStart(2)}x  ${round(mean(byPosition)).toFixed(4)} bits/byte` +
            `  probe far ${probe.far.digitAccuracy.toFixed(2)} / near ${probe.near.digitAccuracy.toFixed(2)} digit acc.`,
        );
      }
    }
  }
  const result = BenchmarkSchema.parse({
    generatedBy: 'scripts/eval.ts',
    commit: gitCommit(),
    runtime: `onnxruntime-web ${ort.env.versions.web} (WASM, 1 thread, Node ${process.versions.node})`,
    settings: {
      trainLength: manifest.models[0]?.pretrainLength ?? 64,
      multiples: [...MULTIPLES],
      excerpts: excerpts.length,
      heldout: HELDOUT_FILE,
      heldoutSha256: sha256(fileBytes(HELDOUT_FILE)),
      scaling: 'training-free RoPE scalings use factor = max(1, multiple); fine-tuned models keep their trained factor',
      probe: `${PROBES} pass-key probes per length and placement (src/demo/probe.ts), key seed 1000 x multiple + excerpt index`,
    },
    models: Object.fromEntries(manifest.models.map((m) => [m.id, { sha256: m.sha256, steps: m.steps, seed: m.seed, commit: m.commit }])),
    records: records.sort((a, b) => a.method.localeCompare(b.method) || a.model.localeCompare(b.model) || a.multiple - b.multiple),
  });
  writeFileSync(OUT, JSON.stringify(result) + '\n');
  console.log(`wrote ${OUT}: ${records.length} records`);
}

await main();
