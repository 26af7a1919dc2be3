/** Vaswani et al. (2017), Sec. 3.5: PE[p, 2i] = sin(p / base^(2i/dim)), PE[p, 2i + 1] = cos(same). */
import { tensor, type Tensor } from '../types';

export function sinusoidTable(positions: Float64Array, dim: number, base: number): Tensor {
  const out = new Float32Array(positions.length * dim);
  positions.forEach((p, row) => {
    for (let i = 0; i < dim; i += 2) {
      const angle = p / base ** (i / dim);
      out[row * dim + i] = Math.sin(angle);
      out[row * dim + i + 1] = Math.cos(angle);
    }
  });
  return tensor(out, [positions.length, dim]);
}
