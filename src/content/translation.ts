/** Which English page a translation was made from: a short hash of the English file, recorded in the translation. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export function sourceHash(englishSource: string): string {
  return createHash('sha256').update(englishSource.replace(/\r\n/g, '\n')).digest('hex').slice(0, 16);
}

/** The hash of content/methods/<id>.mdx as it is now (paths relative to the repository root, where builds run). */
export function englishMethodHash(id: string): string {
  return sourceHash(readFileSync(`content/methods/${id}.mdx`, 'utf8'));
}
