/**
 * The demo's and the compare page's words (src/i18n/ui/demo.ts): every Chinese string has its English
 * string's placeholders and is Chinese, and a failure's English words are exactly the message the code that
 * failed throws, so an English page reads as before while a Chinese page explains the same facts.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { translator, type Dictionary } from '../../../src/i18n/ui/dictionary';
import { demoClient, demoPage } from '../../../src/i18n/ui/demo';
import { DemoFailure, nonFiniteFailure } from '../../../src/demo/failure';
import { fetchVerified } from '../../../src/demo/fetch-cached';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const CJK = /[\u4e00-\u9fff]/;
/** Strings that are only numbers, units or punctuation in both languages. */
const LANGUAGE_FREE = new Set(['summary.ms', 'attention.top-separator', 'backend.notice']);

describe('demo and compare dictionaries', () => {
  for (const [name, dict] of Object.entries({ demoPage, demoClient }) as [string, Dictionary<string>][]) {
    it(`${name}: the same placeholders in both languages, and Chinese words`, () => {
      const problems = Object.keys(dict.en).flatMap((key) => {
        const [en, zh] = [dict.en[key]!, dict.zh[key]!];
        const found: string[] = [];
        if (placeholders(en).join() !== placeholders(zh).join()) found.push(`${key}: {${placeholders(en).join('}, {')}} in English, {${placeholders(zh).join('}, {')}} in Chinese`);
        if (!LANGUAGE_FREE.has(key) && !CJK.test(zh)) found.push(`${key}: "${zh}" is not Chinese`);
        return found;
      });
      expect(problems).toEqual([]);
    });
  }
});

describe('failures', () => {
  afterEach(() => vi.unstubAllGlobals());

  async function failure(response: Response): Promise<DemoFailure> {
    vi.stubGlobal('fetch', () => Promise.resolve(response));
    const error = await fetchVerified('/models/alibi.onnx', '0'.repeat(64), () => undefined).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DemoFailure);
    return error as DemoFailure;
  }

  it('a missing and a corrupt model: the English words are the thrown message, the Chinese ones name the same file and status', async () => {
    const en = translator(demoClient, 'en');
    const zh = translator(demoClient, 'zh');
    for (const error of [await failure(new Response('not found', { status: 404 })), await failure(new Response('this is not an onnx model'))]) {
      const { kind, ...vars } = error.failure;
      expect(en(`failure.${kind}`, vars)).toBe(error.message);
      expect(zh(`failure.${kind}`, vars)).toContain('alibi.onnx');
    }
    expect((await failure(new Response('', { status: 404 }))).message).toBe('could not download alibi.onnx: HTTP 404');
  });

  it('outputs that are not finite: a failure naming the first such position, in both languages; finite ones pass', () => {
    expect(nonFiniteFailure(Float64Array.from([2.1, 3.4, 1.9]), 4)).toBeUndefined();
    const error = nonFiniteFailure(Float64Array.from([2.1, 3.4, NaN, Infinity]), 5)!;
    expect(error.failure).toEqual({ kind: 'not-finite', bytes: 5, position: 2 });
    const { kind, ...vars } = error.failure;
    expect(translator(demoClient, 'en')(`failure.${kind}`, vars)).toBe(error.message);
    expect(error.message).toContain('not finite from input position 2 at 5 bytes');
    expect(translator(demoClient, 'zh')(`failure.${kind}`, vars)).toBe('在 5 字节时，模型自输入位置 2 起的输出为非有限值（数值溢出）；请选择更短的长度');
  });
});

describe('the page language picks the words', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  async function check(lang: string) {
    vi.stubGlobal('document', { documentElement: { lang } });
    vi.resetModules();
    const { bytesFromText } = await import('../../../src/demo/text-input');
    return { empty: bytesFromText('', 64), long: bytesFromText('x'.repeat(1000), 64) };
  }

  it('English as before, Chinese on a zh-CN page, with the same numbers', async () => {
    const en = await check('en');
    expect(en.empty).toEqual({ ok: false, message: 'Paste at least two bytes of text to score.' });
    expect(en.long.ok && en.long.note).toBe('Your text is 1,000 bytes; the demo scores the first 64.');
    const zh = await check('zh-CN');
    expect(zh.empty.ok ? '' : zh.empty.message).toMatch(CJK);
    expect(zh.long.ok && zh.long.note).toBe('你的文本有 1,000 字节；演示只为前 64 字节评分。');
  });
});
