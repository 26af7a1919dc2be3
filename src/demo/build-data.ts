/**
 * What the demo fetches from the built site, once per page: the held-out excerpts (/data/heldout.json)
 * a method's build-time records (/results/<method>.json) to compare a run with, and the models' manifest.
 */
import type { ModelEntry } from '../schemas/manifest';
import type { BenchmarkRecord, Positions } from '../schemas/results';

type PositionRecord = Positions['records'][number];
import { DemoFailure } from './failure';

/** The fields of a benchmark record that /results/<method>.json carries and the demo reads, with its curve by position and the curve's 95% half-widths. */
export type BuildRecord = Pick<BenchmarkRecord, 'model' | 'multiple' | 'config' | 'bpbByExcerpt'> & Pick<PositionRecord, 'bpbByPosition' | 'smoothedHalfWidth'>;

const cache = new Map<string, Promise<unknown>>();

function fetchOnce<T>(url: string, read: (json: unknown) => T, fallback?: T): Promise<T> {
  if (!cache.has(url)) {
    const loaded = fetch(url)
      .then((r) => {
        if (!r.ok) throw new DemoFailure(`could not load ${url}: HTTP ${r.status}`, { kind: 'data', url, status: r.status });
        return r.json();
      })
      .then(read);
    cache.set(url, fallback === undefined ? loaded : loaded.catch(() => fallback));
  }
  return cache.get(url) as Promise<T>;
}

/** Held-out excerpt `index` (0-based) with the text before it: the demo reads its last bytes at every length. */
export async function heldoutExcerpt(base: string, index: number): Promise<string> {
  const excerpts = await fetchOnce(`${base}data/heldout.json`, (d) => (d as { excerpts: { before: string; text: string }[] }).excerpts.map((e) => e.before + e.text));
  return excerpts[index]!;
}

/** A model of the site's manifest (/models/manifest.json) by id: the model behind another method's build-time curve. */
export async function manifestModel(base: string, id: string): Promise<ModelEntry | undefined> {
  const models = await fetchOnce(`${base}models/manifest.json`, (d) => (d as { models: ModelEntry[] }).models);
  return models.find((m) => m.id === id);
}

/** The first build-time record of `methodId` that `where` accepts; none if the method has no results. */
export async function buildRecord(base: string, methodId: string, where: (r: BuildRecord) => boolean): Promise<BuildRecord | undefined> {
  const records = await fetchOnce(`${base}results/${methodId}.json`, (d) => (d as { records: BuildRecord[] }).records, []);
  return records.find(where);
}
