/** Fetch a model file through the Cache API, keyed by its sha256, and verify the bytes. */
import { DemoFailure } from './failure';

const CACHE = 'longitude-models-v1';

async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function fetchVerified(url: string, expectedSha: string, onProgress: (loaded: number, total: number) => void): Promise<Uint8Array> {
  const key = `${url}?sha256=${expectedSha}`;
  const cache = 'caches' in globalThis ? await caches.open(CACHE).catch(() => undefined) : undefined;
  const hit = await cache?.match(key);
  if (hit) {
    const bytes = new Uint8Array(await hit.arrayBuffer());
    if ((await sha256(bytes)) === expectedSha) return bytes;
    await cache?.delete(key);
  }
  const response = await fetch(url);
  const file = url.split('/').pop() ?? url;
  if (!response.ok) throw new DemoFailure(`could not download ${file}: HTTP ${response.status}`, { kind: 'download', file, status: response.status });
  const total = Number(response.headers.get('content-length') ?? 0);
  const reader = response.body?.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      loaded += value.length;
      onProgress(loaded, total);
    }
  } else chunks.push(new Uint8Array(await response.arrayBuffer()));
  const bytes = new Uint8Array(loaded || chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const c of chunks) {
    bytes.set(c, offset);
    offset += c.length;
  }
  const actual = await sha256(bytes);
  if (actual !== expectedSha) throw new DemoFailure(`${file} is corrupt: its sha256 does not match the manifest`, { kind: 'corrupt', file });
  await cache?.put(key, new Response(bytes)).catch(() => undefined);
  return bytes;
}
