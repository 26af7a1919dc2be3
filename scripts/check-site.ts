/**
 * `tsx scripts/check-site.ts [dir] [base] [--links-only]`: links, anchors and HTML validity of a built
 * site (default `dist` and LONGITUDE_BASE or `/`). Exits 1 with one line per problem. --links-only
 * skips validity: the sub-path build is the same markup with other URLs, whose validity the root
 * build's check covers, while its links and anchors are its own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkLinks, validateHtml, type BuiltPage } from './site-check';

const linksOnly = process.argv.includes('--links-only');
const [dir = 'dist', rawBase = process.env['LONGITUDE_BASE'] ?? '/'] = process.argv.slice(2).filter((a) => a !== '--links-only');
const base = rawBase.endsWith('/') ? rawBase : `${rawBase}/`;

const files = readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
const pages: BuiltPage[] = files.filter((f) => f.endsWith('.html')).map((file) => ({ file, html: readFileSync(join(dir, file), 'utf8') }));

const problems = [...checkLinks(pages, new Set(files), base), ...(linksOnly ? [] : await validateHtml(pages))];
if (problems.length) {
  console.error(`${dir} (base ${base}): ${problems.length} problem(s)\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`${dir} (base ${base}): ${pages.length} pages, every link, anchor and asset resolves${linksOnly ? '' : ', and the HTML is valid'}`);
