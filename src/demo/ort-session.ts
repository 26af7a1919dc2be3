/**
 * The only place that builds onnxruntime feeds. The runtime module is passed in, so the browser
 * worker can give `onnxruntime-web/wasm` (or `/webgpu`) and Node scripts plain `onnxruntime-web`:
 * the same WASM kernels either way.
 */
import type * as Ort from 'onnxruntime-web';
import type { ForwardPass } from './evaluate';
import type { Tensor } from '../pe/types';

export async function createForwardPass(ort: typeof Ort, modelBytes: Uint8Array, options: Ort.InferenceSession.SessionOptions = {}): Promise<ForwardPass> {
  const session = await ort.InferenceSession.create(modelBytes, options);
  return async (tokens, inputs) => {
    const L = tokens.length;
    const feeds: Record<string, Ort.Tensor> = {
      tokens: new ort.Tensor(
        'int64',
        BigInt64Array.from(tokens, (b) => BigInt(b)),
        [1, L],
      ),
    };
    for (const name of session.inputNames) {
      if (name === 'tokens') continue;
      const input = (inputs as Partial<Record<string, Tensor>>)[name];
      if (!input) throw new Error(`the model needs input "${name}", which this positional encoding does not provide`);
      feeds[name] = new ort.Tensor('float32', input.data, [...input.dims]);
    }
    const out = await session.run(feeds);
    const logits = out['logits'];
    if (!logits) throw new Error('model returned no "logits" output');
    const data = (await logits.getData()) as Float32Array;
    for (const t of Object.values(out)) t.dispose();
    return data;
  };
}
