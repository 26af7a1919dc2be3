/**
 * Checks over a built site's HTML files, without a browser: every internal link, asset and #anchor
 * resolves inside the site's base path; every external link is a well-formed URL; every page is
 * valid HTML (html-validate's standard rules).
 */
import { HtmlValidate, type ConfigData } from 'html-validate';
import { parseHTML } from 'linkedom';

export interface BuiltPage {
  /** site-relative file path, e.g. `methods/rope/index.html` */
  file: string;
  html: string;
}

const REFERENCES = [
  ['a', 'href'],
  ['link', 'href'],
  ['script', 'src'],
  ['img', 'src'],
  ['source', 'src'],
  ['form', 'action'],
] as const;

/** The file a URL path names, as a static host resolves it (`/x/` → `x/index.html`). */
function fileFor(pathname: string, base: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const rest = decodeURIComponent(pathname.slice(base.length));
  return rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest;
}

/** Problems with links, assets and anchors; `files` lists every file of the build (HTML or not). */
export function checkLinks(pages: BuiltPage[], files: Set<string>, base: string): string[] {
  const origin = 'http://site.invalid';
  const ids = new Map<string, Set<string>>();
  const documents = pages.map((page) => {
    const { document } = parseHTML(page.html);
    ids.set(page.file, new Set([...document.querySelectorAll('[id]')].map((el) => el.getAttribute('id')!)));
    return { page, document };
  });
  const problems: string[] = [];
  for (const { page, document } of documents) {
    const here = new URL(base + page.file.replace(/index\.html$/, ''), origin);
    for (const [tag, attribute] of REFERENCES) {
      for (const el of document.querySelectorAll(`${tag}[${attribute}]`)) {
        const value = el.getAttribute(attribute)!;
        if (/^(https?:|mailto:)/i.test(value)) {
          if (!URL.canParse(value) || (/^https?:/i.test(value) && !new URL(value).hostname.includes('.'))) problems.push(`${page.file}: malformed external link ${value}`);
          continue;
        }
        if (/^[a-z][a-z0-9+.-]*:/i.test(value)) {
          if (!/^data:/i.test(value)) problems.push(`${page.file}: unexpected scheme in ${value}`);
          continue;
        }
        const url = new URL(value, here);
        const target = fileFor(url.pathname, base);
        if (target === undefined) {
          problems.push(`${page.file}: ${value} is outside the base path ${base}`);
          continue;
        }
        if (!files.has(target)) {
          problems.push(`${page.file}: ${value} names no file of the site`);
          continue;
        }
        const hash = decodeURIComponent(url.hash.slice(1));
        if (hash && ids.has(target) && !ids.get(target)!.has(hash)) problems.push(`${page.file}: ${value} — ${target} has no element with id "${hash}"`);
      }
    }
  }
  return problems;
}

const VALIDATION: ConfigData = {
  extends: ['html-validate:standard'],
};

/** HTML validity of every page: one line per error, naming the file, line and rule. */
export async function validateHtml(pages: BuiltPage[]): Promise<string[]> {
  const validator = new HtmlValidate(VALIDATION);
  const problems: string[] = [];
  for (const page of pages) {
    const report = await validator.validateString(page.html, page.file);
    for (const result of report.results) for (const m of result.messages) problems.push(`${page.file}:${m.line}:${m.column} ${m.message} (${m.ruleId})`);
  }
  return problems;
}
