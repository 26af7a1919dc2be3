/** Facts about the repository that must stay true: one Node version, no reference to a missing file, every PE wired end to end. */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localHeldout, localManifest, localPerMethodResults } from '../../../src/demo/local';
import { methodIds, methods } from '../../../src/pe/registry';
import { BenchmarkSchema, PER_METHOD_RESULTS } from '../../../src/schemas/results';
import { evalInputFiles, evalInputsSha256, methodInputFiles } from '../../../scripts/eval-inputs';

const read = (path: string) => readFileSync(path, 'utf8');

describe('Node version', () => {
  it('is stated once: .nvmrc names the Node that npm installs, and the tests run on it', () => {
    const pkg = JSON.parse(read('package.json')) as { devDependencies: Record<string, string>; engines: { node: string } };
    expect(read('.nvmrc').trim()).toBe(pkg.devDependencies['node']);
    expect(process.versions.node).toBe(pkg.devDependencies['node']);
  });
});

describe('documentation', () => {
  it.each(['README.md', 'demos/README.md'])('%s names only files that exist', (doc) => {
    const text = read(doc);
    const paths = [...text.matchAll(/`((?:src|demos|scripts|tests|content|public|\.ci)\/[^`\s]*|[A-Za-z-]+\.md)`/g)].map((m) => m[1]!);
    const concrete = paths.filter((p) => !/[<>*{}…]/.test(p)).map((p) => p.replace(/[.,:;)]+$/, ''));
    expect(concrete.length).toBeGreaterThan(0);
    const missing = concrete.filter((p) => !existsSync(p) && !existsSync(`demos/${p}`));
    expect(missing).toEqual([]);
  });
});

describe('every registered positional encoding is wired end to end', () => {
  const manifest = localManifest();
  const benchmark = BenchmarkSchema.parse(JSON.parse(read('content/results/benchmark.json')));

  it.each(methodIds)('%s: a page, its models in the manifest, and results on each of them', (id) => {
    expect(existsSync(`content/methods/${id}.mdx`), 'its method page').toBe(true);
    for (const model of methods[id].models) {
      expect(
        manifest.models.map((m) => m.id),
        `model ${model}`,
      ).toContain(model);
      // a length where every seed's outputs are not finite is recorded as unscored instead
      const multiples = [...benchmark.records, ...benchmark.unscored]
        .filter((r) => r.method === id && r.model === model)
        .map((r) => r.multiple)
        .sort((a, b) => a - b);
      expect(multiples, `results of ${id} on ${model}`).toEqual(benchmark.settings.multiples);
    }
  });
});

describe('held-out split', () => {
  it('the committed excerpts were cut as src/demo/heldout-split.json says (the file prepare.py and the benchmark page read)', () => {
    const split = JSON.parse(read('src/demo/heldout-split.json')) as { excerpts: number; excerptBytes: number; longestBytes: number; maxChunkOverlap: number; cutoffYear: number };
    const heldout = localHeldout();
    expect(heldout.excerpts).toHaveLength(split.excerpts);
    expect(heldout.excerptBytes).toBe(split.excerptBytes);
    expect(heldout.longestBytes).toBe(split.longestBytes);
    expect(heldout.maxChunkOverlap).toBe(split.maxChunkOverlap);
    for (const e of heldout.excerpts) expect(new TextEncoder().encode(e.text).length).toBe(split.excerptBytes);
    for (const e of heldout.excerpts) expect(new TextEncoder().encode(e.before + e.text).length).toBe(split.longestBytes);
    expect(heldout.heldoutAddresses.every((a) => Number(a.slice(0, 4)) > split.cutoffYear)).toBe(true);
  });
});

describe('benchmark provenance', () => {
  const benchmark = BenchmarkSchema.parse(JSON.parse(read('content/results/benchmark.json')));
  const runs = [...new Set(Object.values(benchmark.models).map((m) => m.run))];

  it('the evaluation inputs (code, held-out text, committed weights of every run) are those the results were computed from', () => {
    expect(evalInputsSha256(runs), 'inputs changed since `npm run eval`: run it again (demos/README.md)').toBe(benchmark.inputsSha256);
  });

  it('the recorded commit is an ancestor of HEAD, and the per-position curves and attention profiles come from the same run', () => {
    expect(() => execFileSync('git', ['merge-base', '--is-ancestor', benchmark.commit, 'HEAD'])).not.toThrow();
    expect(localPerMethodResults('positions').commit).toBe(benchmark.commit);
    expect(localPerMethodResults('attention').commit).toBe(benchmark.commit);
  });

  it.each(Object.keys(PER_METHOD_RESULTS))('content/results/%s/ has one file under 1 MB for each method evaluated, and no other', (kind) => {
    const files = readdirSync(`content/results/${kind}`);
    expect(files.map((f) => f.replace(/\.json$/, '')).sort()).toEqual([...new Set(benchmark.records.map((r) => r.method))].sort());
    for (const f of files) expect(statSync(`content/results/${kind}/${f}`).size, f).toBeLessThan(1024 * 1024);
  });

  it("a measurement's cache key covers what it measures with, not how results are summarised nor other methods' files", () => {
    const key = methodInputFiles('dape', 'dape-seed1');
    for (const file of [
      'scripts/eval-measure.ts',
      'src/demo/evaluate.ts',
      'src/demo/probe.ts',
      'src/schemas/results.ts',
      'public/data/heldout.json',
      'src/pe/dape.ts',
      'src/pe/alibi.ts',
      'demos/runs/dape-seed1/final.pt',
    ])
      expect(key, file).toContain(file);
    for (const file of ['scripts/eval.ts', 'src/plots/curves.ts', 'src/pe/rope.ts', 'demos/runs/alibi-seed1/final.pt']) expect(key, file).not.toContain(file);
    // the provenance hash still covers everything
    expect(evalInputFiles(['dape-seed1'])).toEqual(expect.arrayContaining(['scripts/eval.ts', 'src/plots/curves.ts', 'scripts/eval-measure.ts']));
    // what measures imports nothing that only summarises
    const imports = [...read('scripts/eval-measure.ts').matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
    expect(imports.filter((spec) => /plots\/curves|\.\/eval'$|\/eval$/.test(spec))).toEqual([]);
  });

  it('every site model is seed 1 of the models evaluated, with the same file and training time', () => {
    for (const entry of localManifest().models) {
      const seed1 = benchmark.models[entry.id.replace(/(-multiband)?$/, '-seed1$1')];
      expect(seed1?.sha256, entry.id).toBe(entry.sha256);
      expect(seed1?.trainSeconds, entry.id).toBe(entry.trainSeconds);
    }
  });
});
