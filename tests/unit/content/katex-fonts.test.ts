/** The KaTeX faces a method page preloads are those its math uses (src/markdown/katex-fonts.ts). */
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { katexFontsIn } from '../../../src/markdown/katex-fonts';

const faces = (tex: string, displayMode = false) => katexFontsIn(katex.renderToString(tex, { displayMode })).map((url) => /KaTeX_([A-Za-z0-9-]+?)\.(?:[^.]+\.)?woff2$/.exec(url)?.[1]);

describe('KaTeX faces to preload', () => {
  it('are none for prose without math', () => {
    expect(katexFontsIn('<p class="lede">Positions, no formula.</p>')).toEqual([]);
  });

  it('follow the classes KaTeX writes: italic variables, calligraphic letters, large operators and delimiters', () => {
    expect(faces('x + 1')).toEqual(['Main-Regular', 'Math-Italic']);
    expect(faces('\\mathcal{L}')).toContain('Caligraphic-Regular');
    expect(faces('\\sum_{i} x_i', true)).toContain('Size2-Regular');
    expect(faces('\\sum_{i} x_i')).toContain('Size1-Regular');
    expect(faces('\\Bigg( x \\Bigg)')).toContain('Size4-Regular');
    expect(faces('\\mathbb{R}^d')).toContain('AMS-Regular');
  });
});
