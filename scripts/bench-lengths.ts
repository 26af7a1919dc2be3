/**
 * tsx scripts/bench-lengths.ts [--models rope,alibi,rope-multiband:dca] [--lengths 2048,4096,8192] [--attention]
 * How long the demo's inputs can be: one forward pass of each model at each length on onnxruntime-web's WASM
 * (one thread, in Node: the browser's kernels), each in a fresh process, printing the PE inputs' time, two passes'
 * times (the first allocates the session's buffers), the process's peak resident memory and the WASM heap it grew to (WASM32 stops at 4 GiB).
 * --attention runs the attention pass instead (the demo's "Show attention", which also returns one head's [L, L]).
 * A script that prints figures, not a test.
 */
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    models: { type: 'string', default: 'rope,alibi,rope-multiband:dca,transformer-xl,deberta,dape,fire' },
    lengths: { type: 'string', default: '2048,4096,8192' },
    attention: { type: 'boolean', default: false },
    one: { type: 'string' },
  },
});

interface Measurement {
  model: string;
  graph: string;
  length: number;
  inputsMs: number;
  /** the first pass (the session allocates its buffers) and the second */
  firstMs: number;
  passMs: number;
  peakRssMiB: number;
  wasmHeapMiB: number;
  error?: string;
}

const MiB = 2 ** 20;

/** One (model, length) in this process: the WASM heap is captured as onnxruntime-web creates it. */
async function measureOne(spec: string, attention: boolean): Promise<Measurement> {
  const [name, at] = spec.split('@') as [string, string];
  const [model, asked] = name.split(':') as [string, string | undefined];
  const length = Number(at);
  const memories: WebAssembly.Memory[] = [];
  const NativeMemory = WebAssembly.Memory;
  WebAssembly.Memory = new Proxy(NativeMemory, {
    construct(target, args: [WebAssembly.MemoryDescriptor]) {
      const memory = new target(...args);
      memories.push(memory);
      return memory;
    },
  });
  const ort = await import('onnxruntime-web');
  const { inputsFor } = await import('../src/demo/evaluate');
  const { localHeldout, localManifest, localModel, modelById } = await import('../src/demo/local');
  const { excerptBytes } = await import('../src/schemas/heldout');
  const { methods } = await import('../src/pe/registry');
  const { graphOf } = await import('../src/pe/types');
  ort.env.wasm.numThreads = 1;
  const entry = modelById(localManifest(), model);
  // The model's own method, or for a graph it shares with others (rope-multiband), the first method fed to it.
  const method = asked ?? Object.values(methods).find((m) => m.models.includes(model) && graphOf(m.kind) === entry.graph)?.id ?? entry.method;
  const out: Measurement = { model: `${model} (${method})`, graph: entry.graph, length, inputsMs: NaN, firstMs: NaN, passMs: NaN, peakRssMiB: NaN, wasmHeapMiB: NaN };
  try {
    const loaded = await localModel(ort, entry);
    const text = new Uint8Array(length);
    const pool = excerptBytes(localHeldout());
    for (let at = 0, i = 0; at < length; i++) {
      const piece = pool[i % pool.length]!.subarray(0, length - at);
      text.set(piece, at);
      at += piece.length;
    }
    const started = performance.now();
    const inputs = inputsFor(loaded, method, method === entry.method ? entry.config : {}, text);
    out.inputsMs = performance.now() - started;
    const pass = async () => {
      const started = performance.now();
      if (attention) await loaded.attend(text, inputs, { layer: 0, head: 0 });
      else await loaded.forward(text, inputs);
      return performance.now() - started;
    };
    out.firstMs = await pass();
    out.passMs = await pass();
  } catch (error) {
    out.error = (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
  }
  out.peakRssMiB = process.resourceUsage().maxRSS / 1024;
  out.wasmHeapMiB = Math.max(0, ...memories.map((m) => m.buffer.byteLength)) / MiB;
  return out;
}

if (values.one) {
  console.log(JSON.stringify(await measureOne(values.one, values.attention)));
} else {
  console.log(`${values.attention ? 'attention' : 'forward'} pass, onnxruntime-web WASM, 1 thread, Node ${process.versions.node}; one fresh process per row`);
  console.log('model (method)               graph             length  inputs ms  1st pass ms  2nd pass ms  peak RSS MiB  WASM heap MiB');
  for (const length of values.lengths.split(',').map(Number)) {
    for (const model of values.models.split(',')) {
      const args = ['tsx', 'scripts/bench-lengths.ts', '--one', `${model}@${length}`, ...(values.attention ? ['--attention'] : [])];
      let m: Measurement;
      try {
        m = JSON.parse(execFileSync('npx', args, { encoding: 'utf8', maxBuffer: 1e6 }).trim().split('\n').at(-1)!) as Measurement;
      } catch (error) {
        const detail = (error as { stderr?: string }).stderr?.trim().split('\n').slice(-3).join(' / ') ?? String(error);
        m = { model, graph: '?', length, inputsMs: NaN, firstMs: NaN, passMs: NaN, peakRssMiB: NaN, wasmHeapMiB: NaN, error: `process failed: ${detail}` };
      }
      const f = (x: number | null) => (x === null || Number.isNaN(x) ? '-' : x.toFixed(0));
      console.log(
        `${m.model.padEnd(28)} ${m.graph.padEnd(16)} ${String(m.length).padStart(7)} ${f(m.inputsMs).padStart(10)} ${f(m.firstMs).padStart(12)} ${f(m.passMs).padStart(12)} ${f(m.peakRssMiB).padStart(13)} ${f(m.wasmHeapMiB).padStart(14)}` +
          (m.error ? `  FAILED: ${m.error}` : ''),
      );
    }
  }
}
