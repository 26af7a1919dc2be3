/**
 * FLOATER (Liu et al., ICML 2020, arXiv 2003.09229): ape[i] = p(i dt), the solution of the learned ODE
 * dp/dt = h(t, p) from the learned p(0), h(t, x) = W2 [relu(W1 [x; t] + b1); t] + b2 (the authors' flow_func_linear).
 * Integrated, as in training (demos/pe/floater.py), by fixed-step RK4 with `substeps` steps per position in float64,
 * so past the training length the table is the same ODE continued. Params: initial [d], hidden_weight/output_weight
 * [d, d + 1] (out x in, t last), hidden_bias/output_bias [d].
 */
import { z } from 'zod';
import { tensor, type PeMethod, type Tensor } from './types';

const configSchema = z
  .object({
    timeStep: z.number().positive().default(0.01),
    substeps: z.number().int().min(1).default(1),
  })
  .strict();

function need(params: Readonly<Record<string, Tensor>>, name: string): Float32Array {
  const t = params[name];
  if (!t) throw new Error(`floater needs its learned parameter "${name}"`);
  return t.data;
}

/** out = W [x; t] + b for W [out, in + 1], through a ReLU if asked. */
function layer(weight: Float32Array, bias: Float32Array, x: Float64Array, t: number, out: Float64Array, relu = false): Float64Array {
  const width = x.length + 1;
  for (let o = 0; o < out.length; o++) {
    let sum = bias[o]! + t * weight[o * width + x.length]!;
    for (let c = 0; c < x.length; c++) sum += weight[o * width + c]! * x[c]!;
    out[o] = relu ? Math.max(0, sum) : sum;
  }
  return out;
}

export default {
  id: 'floater',
  kind: 'ape',
  models: ['floater'],
  configSchema,
  compute: ({ length, dims, params }, { timeStep, substeps }) => {
    const [w1, b1, w2, b2] = ['hidden_weight', 'hidden_bias', 'output_weight', 'output_bias'].map((n) => need(params, n)) as [Float32Array, Float32Array, Float32Array, Float32Array];
    const { d } = dims;
    const hidden = new Float64Array(d);
    const h = (t: number, x: Float64Array, out: Float64Array) => layer(w2, b2, layer(w1, b1, x, t, hidden, true), t, out);
    const [k1, k2, k3, k4, at] = Array.from({ length: 5 }, () => new Float64Array(d)) as [Float64Array, Float64Array, Float64Array, Float64Array, Float64Array];
    const along = (p: Float64Array, k: Float64Array, s: number) => {
      for (let c = 0; c < d; c++) at[c] = p[c]! + s * k[c]!;
      return at;
    };
    const step = timeStep / substeps;
    const half = step / 2;
    const ape = new Float32Array(length * d);
    const p = Float64Array.from(need(params, 'initial'));
    ape.set(p);
    for (let n = 0; n < substeps * (length - 1); n++) {
      h(2 * n * half, p, k1);
      h((2 * n + 1) * half, along(p, k1, half), k2);
      h((2 * n + 1) * half, along(p, k2, half), k3);
      h((2 * n + 2) * half, along(p, k3, step), k4);
      for (let c = 0; c < d; c++) p[c]! += (step / 6) * (k1[c]! + 2 * (k2[c]! + k3[c]!) + k4[c]!);
      if ((n + 1) % substeps === 0) ape.set(p, ((n + 1) / substeps) * d);
    }
    return { ape: tensor(ape, [length, d]) };
  },
} satisfies PeMethod<typeof configSchema>;
