/** Reading the base64 float32 fixtures written by demos/fixtures.py and demos/export.py. */
import { readFileSync } from 'node:fs';
import { tensor, type Tensor } from '../../src/pe/types';

export interface EncodedTensor {
  dims: number[];
  data: string;
}

export function decodeTensor({ dims, data }: EncodedTensor): Tensor {
  const bytes = Buffer.from(data, 'base64');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Float32Array(bytes.byteLength / 4);
  for (let i = 0; i < out.length; i++) out[i] = view.getFloat32(4 * i, true);
  return tensor(out, dims);
}

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as T;
}

export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Infinity;
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i]! - b[i]!));
  return worst;
}
