/**
 * CLEX (Chen et al., ICLR 2024, arXiv 2310.16450) on RoPE, as the authors' code (DAMO-NLP-SG/CLEX,
 * CLEX/clex_layer.py): the log inverse frequencies z(t) follow a learned ODE over the scaling factor t,
 *   dz/dt = W_down tanh(W_up^T (z + log theta_ntk(t))) + d/dt log theta_ntk(t),  z(1) = log theta,
 * theta_ntk(t) being NTK-aware frequencies at alpha = 2t - 1. An input of length L' is read at
 * t = min(maxFactor, max(1, ceil(L'/L))) with positions 0..L'-1. The ODE is integrated from 1 to t with the
 * RK4 3/8 rule (torchdiffeq's `rk4`) in STEPS_PER_UNIT equal steps per unit of t, as demos/pe/clex.py does.
 * Params: up [dh/2, w], down [w, dh/2] (the reference's ode_up_proj and ode_down_proj).
 */
import { z } from 'zod';
import { ropeInvFreq, rotaryInputs } from './lib/rotary';
import { sequentialPositions } from './lib/positions';
import type { PeMethod, Tensor } from './types';

const configSchema = z.object({ maxFactor: z.number().int().min(1).max(64).default(16) }).strict();
/** The RoPE model's base. */
const BASE = 10000;
const STEPS_PER_UNIT = 10;

function need(params: Readonly<Record<string, Tensor>>, name: string): Tensor {
  const t = params[name];
  if (!t) throw new Error(`clex needs its learned parameter "${name}"`);
  return t;
}

/** exp z(t) at an integer t >= 1, for the ODE with weights up [half, width] and down [width, half]. */
function clexInvFreq(headDim: number, t: number, up: Tensor, down: Tensor): Float64Array {
  const theta = ropeInvFreq({ headDim, base: BASE });
  if (t === 1) return theta;
  const half = headDim / 2;
  const width = up.dims[1]!;
  const velocity = (time: number, state: Float64Array): Float64Array => {
    const alpha = 2 * time - 1;
    // log theta_ntk(t) shifts the network's input; its derivative in t is the drift
    const input = state.map((z, m) => z + ((-2 * m) / headDim) * Math.log(BASE) - ((2 * m) / (headDim - 2)) * Math.log(alpha));
    const hidden = Float64Array.from({ length: width }, (_, k) => Math.tanh(input.reduce((sum, x, m) => sum + x * up.data[m * width + k]!, 0)));
    return Float64Array.from({ length: half }, (_, m) => hidden.reduce((sum, h, k) => sum + h * down.data[k * half + m]!, 0) + (-2 * 2 * m) / ((headDim - 2) * alpha));
  };
  const combine = (state: Float64Array, f: (m: number) => number) => state.map((v, m) => v + f(m));
  const dt = 1 / STEPS_PER_UNIT;
  let state = theta.map(Math.log);
  for (let n = 0; n < (t - 1) * STEPS_PER_UNIT; n++) {
    const start = 1 + n * dt;
    const k1 = velocity(start, state);
    const k2 = velocity(
      start + dt / 3,
      combine(state, (m) => (dt * k1[m]!) / 3),
    );
    const k3 = velocity(
      start + (dt * 2) / 3,
      combine(state, (m) => dt * (k2[m]! - k1[m]! / 3)),
    );
    const k4 = velocity(
      start + dt,
      combine(state, (m) => dt * (k1[m]! - k2[m]! + k3[m]!)),
    );
    state = combine(state, (m) => ((k1[m]! + 3 * (k2[m]! + k3[m]!) + k4[m]!) * dt) / 8);
  }
  return state.map(Math.exp);
}

export default {
  id: 'clex',
  kind: 'rotary',
  models: ['clex-ft'],
  configSchema,
  compute: ({ length, dims, trainLength, params }, { maxFactor }) => {
    const t = Math.min(maxFactor, Math.max(1, Math.ceil(length / trainLength)));
    const invFreq = clexInvFreq(dims.headDim, t, need(params, 'up'), need(params, 'down'));
    return rotaryInputs(sequentialPositions(length), { invFreq, attentionFactor: 1 });
  },
} satisfies PeMethod<typeof configSchema>;
