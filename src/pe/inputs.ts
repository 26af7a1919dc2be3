/** Turn a method's partial inputs into the complete feed of its graph (the backbone, or the multi-band graph). */
import { getMethod } from './registry';
import { INPUT_ROLES, tensor, type BackboneInputs, type BandInputs, type FullInputs, type InputRole, type ModelDims, type PeContext, type Tensor } from './types';

export function identityInput(role: InputRole, dims: ModelDims, length: number): Tensor {
  const half = dims.headDim / 2;
  switch (role) {
    case 'ape':
      return tensor(new Float32Array(length * dims.d), [length, dims.d]);
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

/** Validates `config` against the method's schema (throws on invalid values) and fills every input. */
export function computeInputs(methodId: string, ctx: PeContext, config: unknown = {}): FullInputs {
  const method = getMethod(methodId);
  const parsed: unknown = method.configSchema.parse(config);
  const partial = method.compute(ctx, parsed);
  if (method.kind === 'multi-band') return partial as BandInputs;
  const given = partial as Partial<BackboneInputs>;
  return Object.fromEntries(INPUT_ROLES.map((role) => [role, given[role] ?? identityInput(role, ctx.dims, ctx.length)])) as BackboneInputs;
}

/** computeInputs for a method of the backbone graph (throws for a multi-band method). */
export function backboneInputs(methodId: string, ctx: PeContext, config: unknown = {}): BackboneInputs {
  const inputs = computeInputs(methodId, ctx, config);
  if (!('ape' in inputs)) throw new Error(`${methodId} feeds the multi-band graph, not the backbone`);
  return inputs;
}
