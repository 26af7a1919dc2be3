/**
 * The only place that builds onnxruntime feeds. The runtime module is passed in, so the browser
 * worker can give `onnxruntime-web/wasm` (or `/webgpu`) and Node scripts plain `onnxruntime-web`:
 * the same WASM kernels either way.
 */
import type * as Ort from 'onnxruntime-web';
import type { AttentionPass, ForwardPass } from './evaluate';
import type { FullInputs, Tensor } from '../pe/types';

const ATTENTION_OUTPUTS = ['attention_entropy', 'attention_distance', 'attention'] as const;

export async function createGraphSession(ort: typeof Ort, modelBytes: Uint8Array, options: Ort.InferenceSession.SessionOptions = {}): Promise<{ forward: ForwardPass; attend: AttentionPass }> {
  const session = await ort.InferenceSession.create(modelBytes, options);

  function feedsFor(tokens: Uint8Array, inputs: FullInputs, pick: readonly [number, number]): Record<string, Ort.Tensor> {
    const feeds: Record<string, Ort.Tensor> = {
      tokens: new ort.Tensor(
        'int64',
        BigInt64Array.from(tokens, (b) => BigInt(b)),
        [1, tokens.length],
      ),
      attention_pick: new ort.Tensor(
        'int64',
        BigInt64Array.from(pick, (v) => BigInt(v)),
        [2],
      ),
    };
    for (const name of session.inputNames) {
      if (name in feeds) continue;
      const input = (inputs as Partial<Record<string, Tensor>>)[name];
      if (!input) throw new Error(`the model needs input "${name}", which this positional encoding does not provide`);
      feeds[name] = new ort.Tensor('float32', input.data, [...input.dims]);
    }
    return feeds;
  }

  async function run(feeds: Record<string, Ort.Tensor>, names: readonly string[]): Promise<Record<string, Float32Array>> {
    const out = await session.run(feeds, [...names]);
    try {
      return Object.fromEntries(
        await Promise.all(
          names.map(async (name) => {
            const t = out[name];
            if (!t) throw new Error(`model returned no "${name}" output`);
            return [name, (await t.getData()) as Float32Array] as const;
          }),
        ),
      );
    } finally {
      for (const t of Object.values(out)) t.dispose();
    }
  }

  return {
    // A negative layer skips the attention outputs' nodes (demos/optional_outputs.py).
    forward: async (tokens, inputs) => (await run(feedsFor(tokens, inputs, [-1, -1]), ['logits']))['logits']!,
    attend: async (tokens, inputs, pick) => {
      const out = await run(feedsFor(tokens, inputs, [pick.layer, pick.head]), ['logits', ...ATTENTION_OUTPUTS]);
      return { logits: out['logits']!, entropy: out['attention_entropy']!, distance: out['attention_distance']!, attention: out['attention']! };
    },
  };
}
