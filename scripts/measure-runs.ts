/**
 * A recipe experiment's runs measured as the benchmark measures them (scripts/eval-measure.ts, all held-out excerpts and
 * probes), without touching the benchmark: each run under demos/runs/ is exported into a temporary folder and scored at
 * the given multiples. For trying a training change on a few runs before retraining every model with it.
 *
 *   npx tsx scripts/measure-runs.ts exp/clex-ft-seed2 clex-ft-seed2 --multiples 1,4
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as ort from 'onnxruntime-web';
import { localHeldout, localManifest, localModel } from '../src/demo/local';
import { summarize } from '../src/demo/probe';
import { mean } from '../src/demo/stats';
import { methods, type MethodId } from '../src/pe/registry';
import { longExcerptBytes } from '../src/schemas/heldout';
import { measureSeed } from './eval-measure';

const EXPORT = `
import json, pathlib, sys
sys.path.insert(0, "demos")
import export
out, manifest = pathlib.Path(sys.argv[1]), {"models": []}
for run in sys.argv[2:]:
    export.export(run, manifest, models_dir=out, fixture_dir=out / "fixtures", model_id=run.replace("/", "--"))
(out / "manifest.json").write_text(json.dumps(manifest))
`;

const { values, positionals: runs } = parseArgs({ options: { multiples: { type: 'string', default: '1,4' } }, allowPositionals: true });
if (runs.length === 0) throw new Error('name the runs to measure, as folders under demos/runs/ (e.g. exp/clex-ft-seed2)');
const multiples = values.multiples.split(',').map(Number);
const dir = mkdtempSync(join(tmpdir(), 'measure-runs-'));
try {
  // torch.onnx's tracer warnings say nothing about these runs; errors still reach stderr
  execFileSync('/usr/bin/python3', ['-c', EXPORT, dir, ...runs], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, PYTHONWARNINGS: 'ignore' } });
  ort.env.wasm.numThreads = 1;
  const exported = localManifest(dir);
  const site = localManifest();
  const excerpts = longExcerptBytes(localHeldout());
  for (const run of runs) {
    const entry = exported.models.find((m) => m.id === run.replace('/', '--'))!;
    const methodId = entry.method as MethodId;
    // the site model of the same method and training, whose settings the benchmark evaluates it with
    const siteEntry = site.models.find((m) => m.method === methodId && m.trainLength === entry.trainLength && JSON.stringify(m.config) === JSON.stringify(entry.config));
    if (!siteEntry || !(methodId in methods)) throw new Error(`${run}: no site model of ${methodId} with its config to evaluate it as`);
    // seed 0: measureSeed adds the attention profile (32x, minutes) only for the site's seed 1
    const { measured } = await measureSeed(await localModel(ort, { ...entry, seed: 0 }, dir), methodId, siteEntry, multiples, excerpts);
    for (const [multiple, m] of measured) {
      const probe = (placement: 'far' | 'near') => summarize(m.probes[placement]).digitAccuracy.toFixed(3);
      console.log(`${run}  ${multiple}x  ${mean(m.finalByExcerpt).toFixed(3)} bits/byte  probe far ${probe('far')} / near ${probe('near')}  (${m.probes.far.length} probes each)`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
