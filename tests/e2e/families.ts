/** Demo families and graphs: which methods' demos stand for the rest (demo.spec.ts, webgpu.spec.ts). Imports the PE registry, so only those specs load it. */
import type { Page } from '@playwright/test';
import { methods as peMethods } from '../../src/pe/registry';
import { graphOf } from '../../src/pe/types';
import { catalogue } from './support';
/**
 * The graph/input families of the live demos, from the PE registry (src/pe/registry.ts): methods
 * grouped by the kind of input they feed the model (ape | distance-bias | dense-bias | mlp-bias | rotary | multi-band | …), and apart,
 * the methods that feed no input at all, per graph (NoPE on the backbone, CoPE on its own), and those whose inputs depend
 * on the text (BiPE). Vitest proves every method's onnxruntime run equals PyTorch; the browser needs one demo per family,
 * not one per method.
 */
export function demoFamilies(): { family: string; ids: string[] }[] {
  const families = new Map<string, string[]>();
  for (const [id, method] of Object.entries(peMethods)) {
    const family = 'readsTokens' in method && method.readsTokens ? 'reads-tokens' : feedsNoInput(method) ? `no-input/${graphOf(method.kind)}` : method.kind;
    families.set(family, [...(families.get(family) ?? []), id]);
  }
  return [...families].map(([family, ids]) => ({ family, ids }));
}

/**
 * The exported graphs (graphOf in src/pe/types.ts) and the methods that run on each. The WebGPU
 * path differs from WASM in its kernels, which are a function of the graph alone: every family on
 * one graph (learned APE, ALiBi's distances, RoPE's rotations, NoPE, BiPE) runs the same operators
 * with other values, which the WASM demo of each family checks.
 */
export function demoGraphs(): { graph: string; ids: string[] }[] {
  const graphs = new Map<string, string[]>();
  for (const [id, method] of Object.entries(peMethods)) graphs.set(graphOf(method.kind), [...(graphs.get(graphOf(method.kind)) ?? []), id]);
  return [...graphs].map(([graph, ids]) => ({ graph, ids }));
}

function feedsNoInput(method: (typeof peMethods)[keyof typeof peMethods]): boolean {
  try {
    const inputs = method.compute({ length: 4, dims: { d: 64, heads: 4, headDim: 16 }, trainLength: 64, params: {} }, method.configSchema.parse({}) as never);
    return Object.keys(inputs).length === 0;
  } catch {
    return false; // needs learned parameters or settings: it feeds something
  }
}

/**
 * The method whose demo stands for a family: the first, in /methods.json order, that has
 * build-time results (/results/<id>.json), with those results.
 */
export async function familyDemo(page: Page, ids: readonly string[]): Promise<{ id: string; results: DemoResults }> {
  for (const { id } of await catalogue(page)) {
    if (!ids.includes(id)) continue;
    const response = await page.request.get(`/results/${id}.json`);
    if (response.ok()) return { id, results: (await response.json()) as DemoResults };
  }
  throw new Error(`no method of ${ids.join(', ')} has /results/<id>.json`);
}

export interface DemoResults {
  records: { model: string; multiple: number; bpbByExcerpt: number[] }[];
}
