/**
 * The Chinese method pages against the English ones: which are missing and which are older than their
 * English page (a notice shows on those pages). `--stamp <id>…` records the English page's current hash in
 * the translation, after its prose has been brought up to date.
 *   npx tsx scripts/translation-status.ts [--stamp rope yarn …]
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { englishMethodHash } from '../src/content/translation';

const ids = readdirSync('content/methods')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''))
  .sort();
const zhFile = (id: string) => `content/zh/methods/${id}.mdx`;
const recorded = (id: string) => /^source:\s*([0-9a-f]+)\s*$/m.exec(readFileSync(zhFile(id), 'utf8'))?.[1];

const stamp = process.argv.indexOf('--stamp');
if (stamp >= 0) {
  for (const id of process.argv.slice(stamp + 1)) {
    if (!existsSync(zhFile(id))) throw new Error(`${zhFile(id)} does not exist`);
    const source = readFileSync(zhFile(id), 'utf8');
    const line = `source: ${englishMethodHash(id)}`;
    writeFileSync(zhFile(id), /^source:.*$/m.test(source) ? source.replace(/^source:.*$/m, line) : source.replace(/^---\n/, `---\n${line}\n`));
    console.log(`${zhFile(id)}: ${line}`);
  }
} else {
  const missing = ids.filter((id) => !existsSync(zhFile(id)));
  const stale = ids.filter((id) => existsSync(zhFile(id)) && recorded(id) !== englishMethodHash(id));
  console.log(`${ids.length - missing.length} of ${ids.length} method pages translated; ${stale.length} older than their English page`);
  for (const id of missing) console.log(`missing: ${zhFile(id)}`);
  for (const id of stale) console.log(`stale:   ${zhFile(id)}`);
}
