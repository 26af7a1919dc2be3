/** The demo's expected numbers, computed in Node with the same src/demo code and onnxruntime-web's WASM kernels (Vitest proves those equal PyTorch). */
import * as ort from 'onnxruntime-web';
import { attentionView, meanEntropy } from '../../src/demo/attention';
import { benchmarkConfig, evaluateBytes, inputsFor, type AttentionPick } from '../../src/demo/evaluate';
import { finalWindow, mean } from '../../src/demo/stats';
import { localHeldout, localManifest, localModel, modelById } from '../../src/demo/local';
import { methods, type MethodId } from '../../src/pe/registry';
import { excerptBytes, longExcerptBytes } from '../../src/schemas/heldout';

/** Mean attention entropy (nats) of `pick` when the demo of `methodId` runs `modelId` on held-out excerpt 0 at `multiple` x L. */
export async function expectedEntropy(methodId: string, modelId: string, multiple: number, pick: AttentionPick): Promise<number> {
  ort.env.wasm.numThreads = 1;
  const entry = modelById(localManifest(), modelId);
  const method = methods[methodId as MethodId];
  const config = benchmarkConfig('scalesWithLength' in method && method.scalesWithLength, entry.method === methodId ? entry.config : {}, multiple);
  const length = multiple * entry.pretrainLength;
  const text = excerptBytes(localHeldout())[0]!;
  const bytes = text.subarray(text.length - length);
  const model = await localModel(ort, entry);
  const out = await model.attend(bytes, inputsFor(model, methodId, config, bytes), pick);
  return meanEntropy(attentionView(out, pick, entry.modelConfig.heads, length));
}

/** Bits/byte on the last L bytes when the demo of `methodId` runs `modelId` on held-out excerpt 0, with the text before it, at `multiple` x L. */
export async function expectedFinalBpb(methodId: string, modelId: string, multiple: number): Promise<number> {
  ort.env.wasm.numThreads = 1;
  const entry = modelById(localManifest(), modelId);
  const length = multiple * entry.pretrainLength;
  const text = longExcerptBytes(localHeldout())[0]!;
  const model = await localModel(ort, entry);
  const bytes = text.subarray(text.length - length);
  const bits = await evaluateBytes(model, inputsFor(model, methodId, entry.method === methodId ? entry.config : {}, bytes), bytes);
  return mean(finalWindow(bits, entry.pretrainLength));
}
