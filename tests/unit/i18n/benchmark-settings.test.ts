import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { benchmarkSettingInChinese } from '../../../src/i18n/ui/benchmark-settings';

const settings = (JSON.parse(readFileSync('content/results/benchmark.json', 'utf8')) as { settings: Record<string, unknown> }).settings;
const sentences = Object.entries(settings).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].includes(' '));

describe('the benchmark settings in Chinese', () => {
  it.each(sentences)('%s: translated, with the results file’s numbers in order', (_key, sentence) => {
    const chinese = benchmarkSettingInChinese(sentence);
    expect(chinese).toMatch(/[\u4e00-\u9fff]/);
    expect(chinese.match(/\d+(?:\.\d+)?/g) ?? []).toEqual(sentence.match(/\d+(?:\.\d+)?/g) ?? []);
  });

  it('refuses a sentence it has no translation for', () => {
    expect(() => benchmarkSettingInChinese('a sentence eval.ts never wrote')).toThrow(/no Chinese translation/);
  });
});
