/** Frontmatter of a method page (content/methods/<id>.mdx): editorial facts only. */
import { z } from 'zod';

export const CATEGORIES = {
  ape: 'Absolute positional encodings',
  rpe: 'Relative positional encodings',
  interpolation: 'Position interpolation',
  randomized: 'Randomized positional encodings',
  related: 'Related approaches',
} as const;
export type Category = keyof typeof CATEGORIES;

export const SUBCATEGORIES = {
  ape: ['sinusoidal', 'learned', 'learned-position-functions', 'shift-invariance', 'smoothness'],
  rpe: ['embedding-rpe', 't5-bias-family', 'rope-family', 'no-pe', 'neither-family'],
  interpolation: ['linear', 'frequency-scaling', 'per-dimension', 'window-remapping', 'base-scaling'],
  randomized: ['randomized'],
  related: ['attention-window', 'other'],
} as const satisfies Record<Category, readonly string[]>;

const kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const MethodSchema = z
  .object({
    /** Stable forever: the URL /methods/<id>/ and the file name. */
    id: z.string().regex(kebab, 'id must be kebab-case'),
    name: z.string().min(1),
    fullName: z.string().min(1).optional(),
    /** Search terms; unique across all methods, case-insensitively. */
    aliases: z.array(z.string().min(1)).default([]),
    category: z.enum(Object.keys(CATEGORIES) as [Category, ...Category[]]),
    subcategory: z.string().regex(kebab),
    /** Year of the first public version (e.g. arXiv v1). */
    year: z.number().int().min(2014).max(2030),
    /** BibTeX key of the original paper in content/references.bib. */
    paper: z.string().min(1),
    /** Does the PE itself have learned parameters? */
    trainable: z.boolean(),
    /** Does applying it to an existing model need (some) fine-tuning? */
    needsFineTuning: z.boolean(),
    related: z.array(z.string().regex(kebab)).default([]),
    /** One sentence, at most 200 characters: the catalogue and search show it. */
    summary: z.string().min(10).max(200),
    /** Where the survey (arXiv 2312.17044) discusses it, e.g. "§3.2.1", or "not covered". */
    surveySection: z.string().min(1),
    /**
     * Only on a page whose method has no live model (no entry in src/pe/registry.ts): why none runs
     * here, shown where the demo would be. A page has a model or this reason, never both, never neither.
     */
    whyNoLiveModel: z.string().min(40).max(600).optional(),
  })
  .strict()
  .superRefine((m, ctx) => {
    const allowed: readonly string[] = SUBCATEGORIES[m.category];
    if (!allowed.includes(m.subcategory)) {
      ctx.addIssue({ code: 'custom', path: ['subcategory'], message: `"${m.subcategory}" is not a subcategory of ${m.category} (${allowed.join(', ')})` });
    }
  });

export type Method = z.infer<typeof MethodSchema>;

/**
 * The second-level headings of a method page, in this order (tests/unit/content checks it); every page has them
 * all but OPTIONAL_SECTIONS, which a page has only where the literature does (adoption by released models).
 */
export const METHOD_SECTIONS = ['Idea', 'Formula', 'How it works and what it costs', 'Past the training length', 'Results', 'Limits', 'Used in', 'In the survey', 'Related methods'] as const;
export const OPTIONAL_SECTIONS: readonly (typeof METHOD_SECTIONS)[number][] = ['Used in'];

/** The Chinese titles of METHOD_SECTIONS, in the same order, on the pages under content/zh/methods/. */
export const METHOD_SECTIONS_ZH = {
  Idea: '思路',
  Formula: '公式',
  'How it works and what it costs': '原理与代价',
  'Past the training length': '超出训练长度之后',
  Results: '论文结果',
  Limits: '局限',
  'Used in': '采用情况',
  'In the survey': '综述中的论述',
  'Related methods': '相关方法',
} as const satisfies Record<(typeof METHOD_SECTIONS)[number], string>;

/**
 * Frontmatter of a translated method page (content/zh/methods/<id>.mdx): prose only. Every fact (year, family,
 * paper, flags, related methods) is read from the English page, never repeated here.
 */
export const MethodTranslationSchema = z
  .object({
    id: z.string().regex(kebab, 'id must be kebab-case'),
    /** sourceHash() of the English file when this translation was made or last checked; a mismatch shows a notice. */
    source: z.string().regex(/^[0-9a-f]{16}$/, 'source must be the 16-hex sourceHash of the English page'),
    /** The method's name in Chinese where the literature has one (旋转位置编码), else its English full name. */
    fullName: z.string().min(1).optional(),
    /** Chinese names and search terms; unique across all methods. */
    aliases: z.array(z.string().min(1)).default([]),
    summary: z.string().min(5).max(200),
    /** Present exactly when the English page has whyNoLiveModel. */
    whyNoLiveModel: z.string().min(10).max(600).optional(),
  })
  .strict();

export type MethodTranslation = z.infer<typeof MethodTranslationSchema>;
