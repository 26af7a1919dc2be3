import { describe, expect, it } from 'vitest';
import { checkLinks, validateHtml } from '../../../scripts/site-check';

const page = (file: string, body: string) => ({ file, html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>` });

describe('checkLinks', () => {
  const files = new Set(['index.html', 'methods/rope/index.html', '_astro/site.css']);
  const rope = page('methods/rope/index.html', '<h2 id="formula">Formula</h2><a href="#formula">here</a><a href="../../">home</a>');

  it('accepts links, assets and anchors that resolve under the base path', () => {
    const home = page('index.html', '<link rel="stylesheet" href="/sub/_astro/site.css"><a href="/sub/methods/rope/#formula">RoPE</a><a href="https://arxiv.org/abs/2104.09864">paper</a>');
    expect(checkLinks([home, { ...rope, html: rope.html.replace('../../', '/sub/') }], files, '/sub/')).toEqual([]);
  });

  it('names a missing page, a missing anchor, a path outside the base and a malformed URL', () => {
    const home = page('index.html', '<a href="/sub/methods/alibi/">a</a><a href="/sub/methods/rope/#eq-9">b</a><a href="/methods/rope/">c</a><a href="https://arxiv">d</a><a href="#nowhere">e</a>');
    expect(checkLinks([home, rope], files, '/sub/')).toEqual([
      'index.html: /sub/methods/alibi/ names no file of the site',
      'index.html: /sub/methods/rope/#eq-9 — methods/rope/index.html has no element with id "eq-9"',
      'index.html: /methods/rope/ is outside the base path /sub/',
      'index.html: malformed external link https://arxiv',
      'index.html: #nowhere — index.html has no element with id "nowhere"',
    ]);
  });
});

describe('validateHtml', () => {
  it('passes a valid page and reports an invalid one with file, line and rule', async () => {
    expect(await validateHtml([page('ok.html', '<p>fine</p>')])).toEqual([]);
    const problems = await validateHtml([page('bad.html', '<div><style>p{}</style></div><p><div>x</div></p>')]);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatch(/^bad\.html:1:\d+ .+ \([a-z-]+\)$/);
  });
});
