/**
 * Node only: the repository's own manifest, held-out text and model files, for the build-time
 * evaluation, the scripts, the tests and the build's figures. Paths are relative to the repository
 * root (the working directory of npm scripts, Vitest and Astro).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as Ort from 'onnxruntime-web';
import type { z } from 'zod';
import { HeldoutSchema, type Heldout } from '../schemas/heldout';
import { ManifestSchema, type Manifest, type ModelEntry } from '../schemas/manifest';
import { joinPerMethod, PER_METHOD_RESULTS } from '../schemas/results';
import type { Tensor } from '../pe/types';
import type { EvaluationModel } from './evaluate';
import { loadModel, readParams, type ReadModelFile } from './load';

export const MODELS_DIR = 'public/models';
export const HELDOUT_FILE = 'public/data/heldout.json';
export const RESULTS_DIR = 'content/results';

export function fileBytes(path: string): Uint8Array {
  const buf = readFileSync(path);
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.length);
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function localManifest(dir = MODELS_DIR): Manifest {
  return ManifestSchema.parse(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')));
}

export function localHeldout(): Heldout {
  return HeldoutSchema.parse(JSON.parse(readFileSync(HELDOUT_FILE, 'utf8')));
}

/** Reads a model file, refusing bytes that do not match the manifest. */
export function readLocalFile(file: string, expectedSha256: string, dir = MODELS_DIR): Uint8Array {
  const bytes = fileBytes(join(dir, file));
  const actual = sha256(bytes);
  if (actual !== expectedSha256) throw new Error(`${join(dir, file)}: sha256 ${actual} does not match the manifest (${expectedSha256})`);
  return bytes;
}

export function localParams(entry: ModelEntry, dir = MODELS_DIR): Record<string, Tensor> {
  return entry.params ? readParams(entry, readLocalFile(entry.params.file, entry.params.sha256, dir)) : {};
}

export function localModel(ort: typeof Ort, entry: ModelEntry, dir = MODELS_DIR): Promise<EvaluationModel> {
  const read: ReadModelFile = (file, sha) => Promise.resolve(readLocalFile(file, sha, dir));
  return loadModel(ort, entry, read);
}

export function modelById(manifest: Manifest, id: string): ModelEntry {
  const entry = manifest.models.find((m) => m.id === id);
  if (!entry) throw new Error(`model "${id}" is not in the manifest; known: ${manifest.models.map((m) => m.id).join(', ')}`);
  return entry;
}

type PerMethodKind = keyof typeof PER_METHOD_RESULTS;

/** content/results/<kind>/<method>.json of every method evaluated, validated and joined into one. */
export function localPerMethodResults<K extends PerMethodKind>(kind: K): z.output<(typeof PER_METHOD_RESULTS)[K]> {
  const dir = join(RESULTS_DIR, kind);
  if (!existsSync(dir)) throw new Error(`no ${dir}/: run \`npm run eval\` (demos/README.md)`);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => PER_METHOD_RESULTS[kind].parse(JSON.parse(readFileSync(join(dir, f), 'utf8'))) as z.output<(typeof PER_METHOD_RESULTS)[K]>);
  return joinPerMethod(files);
}
