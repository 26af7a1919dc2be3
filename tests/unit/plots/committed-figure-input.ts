/** The committed results, manifest and method facts, as the build feeds them to benchmarkFigures(). */
import { readFileSync, readdirSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { BenchmarkSchema } from '../../../src/schemas/results';
import { localPerMethodResults } from '../../../src/demo/local';
import { ManifestSchema } from '../../../src/schemas/manifest';
import { MethodSchema } from '../../../src/schemas/method';

export const root = new URL('../../../', import.meta.url);
export const json = (path: string): unknown => JSON.parse(readFileSync(new URL(path, root), 'utf8'));
const methodsDir = new URL('content/methods/', root);

export const facts = new Map(
  readdirSync(methodsDir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const m = MethodSchema.parse(parseYaml(readFileSync(new URL(f, methodsDir), 'utf8').split(/^---$/m)[1]!));
      return [m.id, { name: m.name, category: m.category, subcategory: m.subcategory }] as const;
    }),
);
export const benchmark = BenchmarkSchema.parse(json('content/results/benchmark.json'));
export const manifest = ManifestSchema.parse(json('public/models/manifest.json'));
export const figureInput = {
  benchmark,
  positions: localPerMethodResults('positions'),
  attention: localPerMethodResults('attention'),
  models: manifest.models,
  facts,
};
