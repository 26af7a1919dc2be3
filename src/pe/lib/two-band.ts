/**
 * The two-band inputs of the window methods (ReRoPE, Self-Extend): near band (i - j < window)
 * rotated at `positions` for both q and k; far band with queries at `farQueryPositions` and keys
 * at `farKeyPositions`, all with the same frequencies. Twin of `two_band` in demos/pe/base.py.
 */
import { rotaryInputs, type Frequencies, type RotaryInputs } from './rotary';
import { tensor, type Tensor } from '../types';

export interface TwoBandOptions {
  readonly frequencies: Frequencies;
  /** Positions of the near band, queries and keys alike (0 .. L-1). */
  readonly positions: Float64Array;
  /** Query positions of the far band. */
  readonly farQueryPositions: Float64Array;
  /** Key positions of the far band. */
  readonly farKeyPositions: Float64Array;
  readonly window: number;
}

export interface TwoBandInputs extends RotaryInputs {
  rq2_cos: Tensor;
  rq2_sin: Tensor;
  rk2_cos: Tensor;
  rk2_sin: Tensor;
  window: Tensor;
}

export function twoBandInputs({ frequencies, positions, farQueryPositions, farKeyPositions, window }: TwoBandOptions): TwoBandInputs {
  if (farQueryPositions.length !== positions.length || farKeyPositions.length !== positions.length) {
    throw new RangeError(`two-band positions must all have length ${positions.length}`);
  }
  const farQuery = rotaryInputs(farQueryPositions, frequencies);
  const farKey = rotaryInputs(farKeyPositions, frequencies);
  return {
    ...rotaryInputs(positions, frequencies),
    rq2_cos: farQuery.rq_cos,
    rq2_sin: farQuery.rq_sin,
    rk2_cos: farKey.rk_cos,
    rk2_sin: farKey.rk_sin,
    window: tensor(Float32Array.of(window), [1]),
  };
}
