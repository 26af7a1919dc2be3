/** The evaluated pass-key probe has the training probes' layout (demos/tests/test_probe.py checks theirs). */
import { describe, expect, it } from 'vitest';
import { VOCAB } from '../../../src/demo/evaluate';
import { KEY_DIGITS, keyDigits, makeProbe, scoreProbe } from '../../../src/demo/probe';
import format from '../../../src/demo/probe-format.json';

const L = 64;
const text = new TextEncoder().encode('plain filler text without delimiters, '.repeat(20));
const OPEN = format.open.charCodeAt(0);
const CLOSE = format.close.charCodeAt(0);

describe('the pass-key probe', () => {
  it('ends its input with the open delimiter and the first four digits, as a training window does; the fifth is only a target', () => {
    for (const length of [L, 4 * L]) {
      const probe = makeProbe(text, length, 'far', L, 7);
      const digits = keyDigits(7);
      expect(probe.bytes.length).toBe(length);
      expect([...probe.bytes.slice(length - KEY_DIGITS)]).toEqual([OPEN, ...digits.slice(0, -1)]);
      expect(probe.firstDigit).toBe(length - KEY_DIGITS + 1);
      expect([...probe.bytes.slice(0, KEY_DIGITS + 2)]).toEqual([OPEN, ...digits, CLOSE]);
    }
  });

  it('near: the key ends L/2 bytes before the question', () => {
    const probe = makeProbe(text, 2 * L, 'near', L, 3);
    const questionStart = 2 * L - KEY_DIGITS;
    const keyEnd = questionStart - L / 2;
    expect(probe.bytes[keyEnd - 1]).toBe(CLOSE);
    expect(probe.bytes[keyEnd - KEY_DIGITS - 2]).toBe(OPEN);
  });

  it('scores digit k from the prediction at firstDigit + k - 1, the last from the input’s final position', () => {
    const probe = makeProbe(text, L, 'far', L, 11);
    const logits = new Float32Array(L * VOCAB);
    probe.digits.forEach((digit, k) => (logits[(probe.firstDigit + k - 1) * VOCAB + digit] = 10));
    expect(probe.firstDigit + KEY_DIGITS - 2).toBe(L - 1);
    expect(scoreProbe(logits, probe)).toMatchObject({ correctDigits: KEY_DIGITS, exact: true });
    logits[(L - 1) * VOCAB + probe.digits.at(-1)!] = 0;
    expect(scoreProbe(logits, probe).correctDigits).toBe(KEY_DIGITS - 1);
  });

  it('refuses a probe longer than its filler or one whose key does not fit', () => {
    expect(() => makeProbe(text.slice(0, 10), L, 'far', L, 1)).toThrow(/filler/);
    expect(() => makeProbe(text, 40, 'near', L, 1)).toThrow(/does not fit/);
  });
});
