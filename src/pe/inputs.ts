/** Turn a method's partial inputs into the complete feed of its graph (the backbone, dense-bias, multi-band, relative-content, adaptive-bias, contextual, complex-embedding or mlp-bias graph). */
import { getMethod } from './registry';
import { GRAPH_ROLES, graphOf, tensor, type BackboneInputs, type FullInputs, type InputRole, type ModelDims, type PeContext, type PeMethod, type Tensor } from './types';

export function identityInput(role: InputRole, dims: ModelDims, length: number): Tensor {
  const half = dims.headDim / 2;
  switch (role) {
    case 'ape':
      return tensor(new Float32Array(length * dims.d), [length, dims.d]);
    case 'distance_bias':
      return tensor(new Float32Array(dims.heads * length), [dims.heads, length]);
    case 'bias':
      return tensor(new Float32Array(dims.heads * length * length), [dims.heads, length, length]);
    case 'rq_cos':
    case 'rk_cos':
      return tensor(new Float32Array(length * half).fill(1), [length, half]);
    case 'rq_sin':
    case 'rk_sin':
      return tensor(new Float32Array(length * half), [length, half]);
  }
}

/** Validates `config` against the method's schema (throws on invalid values) and fills every input of its graph. */
export function computeInputs(methodId: string, ctx: PeContext, config: unknown = {}): FullInputs {
  return methodInputs(getMethod(methodId), ctx, config);
}

/** computeInputs for a method module, registered or not. */
export function methodInputs(method: PeMethod, ctx: PeContext, config: unknown = {}): FullInputs {
  const parsed: unknown = method.configSchema.parse(config);
  const given = method.compute(ctx, parsed) as Partial<Record<string, Tensor>>;
  const graph = graphOf(method.kind);
  if (graph === 'multi-band' || graph === 'relative-content' || graph === 'complex-embedding' || graph === 'mlp-bias') return given as FullInputs;
  return Object.fromEntries(GRAPH_ROLES[graph].map((role) => [role, given[role] ?? identityInput(role, ctx.dims, ctx.length)])) as FullInputs;
}

/** computeInputs for a method of the backbone graph (throws for a method of another graph). */
export function backboneInputs(methodId: string, ctx: PeContext, config: unknown = {}): BackboneInputs {
  const graph = graphOf(getMethod(methodId).kind);
  if (graph !== 'backbone') throw new Error(`${methodId} feeds the ${graph} graph, not the backbone`);
  return computeInputs(methodId, ctx, config) as BackboneInputs;
}
