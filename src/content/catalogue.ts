/**
 * Cross-checks between method pages and the bibliography that a per-file schema cannot make.
 * Each problem names the file and the field; the build fails on any.
 */
import type { Method } from '../schemas/method';
import type { Reference } from './bibliography';

export interface MethodFile {
  file: string;
  data: Method;
}

const ARXIV_ID = /^\d{4}\.\d{4,5}$/;

export function catalogueProblems(methods: readonly MethodFile[], refs: ReadonlyMap<string, Reference>): string[] {
  const problems: string[] = [];
  const ids = new Set(methods.map((m) => m.data.id));
  const names = new Map<string, string>();
  for (const { file, data } of methods) {
    const stem = file.replace(/^.*\//, '').replace(/\.mdx$/, '');
    if (stem !== data.id) problems.push(`${file}: id "${data.id}" must equal the file name "${stem}"`);
    const ref = refs.get(data.paper);
    if (!ref) problems.push(`${file}: paper "${data.paper}" is not a key in content/references.bib`);
    else if (ref.eprint !== undefined && !ARXIV_ID.test(ref.eprint)) problems.push(`${file}: paper "${data.paper}" has a malformed arXiv id "${ref.eprint}"`);
    for (const rel of data.related) {
      if (!ids.has(rel)) problems.push(`${file}: related "${rel}" is not a method id`);
      if (rel === data.id) problems.push(`${file}: related lists the method itself`);
    }
    for (const term of [data.name, ...data.aliases]) {
      const key = term.toLowerCase();
      const owner = names.get(key);
      if (owner && owner !== data.id) problems.push(`${file}: alias "${term}" is already used by "${owner}"`);
      names.set(key, data.id);
    }
  }
  return problems;
}

export function assertCatalogue(methods: readonly MethodFile[], refs: ReadonlyMap<string, Reference>): void {
  const problems = catalogueProblems(methods, refs);
  if (problems.length) throw new Error(`content problems:\n  ${problems.join('\n  ')}`);
}
