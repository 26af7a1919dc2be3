/**
 * The non-method pages' short strings (home table, methods catalogue, taxonomy tree, references, 404) and the
 * citation components' (BibtexBlock, Cite). Long prose lives in each language's page template. Client scripts
 * import only the dictionary they need; every dictionary here is a pure call, so the others are tree-shaken away.
 */
import type { Locale } from '../locale';
import { dictionary } from './dictionary';

/** BibtexBlock: its section label and the copy button (the button's strings are also read by its client script). */
export const bibtexStrings = /* @__PURE__ */ dictionary(
  {
    reference: 'Reference',
    copy: 'Copy BibTeX',
    copied: 'Copied',
    'copy-failed': 'Copy failed: select the text',
  },
  {
    reference: '参考文献',
    copy: '复制 BibTeX',
    copied: '已复制',
    'copy-failed': '复制失败：请手动选中文本',
  },
);

/** Cite: "Su et al. (2021), Fig. 3". */
export const citeStrings = /* @__PURE__ */ dictionary(
  {
    'et-al': '{first} et al. ({year})',
    pair: '{first} and {second} ({year})',
    single: '{first} ({year})',
    locator: '{citation}, {page}',
  },
  {
    'et-al': '{first} 等（{year}）',
    pair: '{first} 和 {second}（{year}）',
    single: '{first}（{year}）',
    locator: '{citation}，{page}',
  },
);

/** The methods catalogue (/methods/), server side. */
export const catalogueStrings = /* @__PURE__ */ dictionary(
  {
    title: 'Methods',
    description: 'Every positional encoding and length-extrapolation method on Longitude, filterable by category, year, trainability and fine-tuning.',
    lede: '{count} methods, oldest first. Filter them, or use the search box above.',
    category: 'Category',
    year: 'Year',
    trainable: 'Trainable',
    finetune: 'Needs fine-tuning',
    all: 'All',
    either: 'Either',
    yes: 'Yes',
    no: 'No',
    'meta.trainable': 'trainable',
    'meta.not-trainable': 'no parameters',
    'meta.finetune': 'needs fine-tuning',
    'meta.no-finetune': 'no fine-tuning',
  },
  {
    title: '方法',
    description: 'Longitude 收录的全部位置编码与长度外推方法，可按类别、年份、是否可训练和是否需要微调筛选。',
    lede: '共 {count} 种方法，按年份从早到晚排列。可以筛选，也可以使用上方的搜索框。',
    category: '类别',
    year: '年份',
    trainable: '可训练',
    finetune: '需要微调',
    all: '全部',
    either: '不限',
    yes: '是',
    no: '否',
    'meta.trainable': '可训练',
    'meta.not-trainable': '无参数',
    'meta.finetune': '需要微调',
    'meta.no-finetune': '无需微调',
  },
);

/** The catalogue's filter script: the count it rewrites. */
export const catalogueCount = /* @__PURE__ */ dictionary({ count: '{shown} of {total} methods' }, { count: '显示 {shown} / {total} 种方法' });

/** The taxonomy's tree and timeline (/taxonomy/). */
export const taxonomyStrings = /* @__PURE__ */ dictionary(
  {
    tree: 'Tree',
    timeline: 'Timeline',
    'after-survey': '({year}, after or outside the survey)',
    'in-survey': '({year}, survey {section})',
    source: 'Source of the taxonomy',
    gap: ' ',
    count: '({count})',
  },
  {
    tree: '分类树',
    timeline: '时间线',
    'after-survey': '（{year}，综述之后或综述范围之外）',
    'in-survey': '（{year}，综述 {section}）',
    source: '分类体系的出处',
    gap: '',
    count: '（{count}）',
  },
);

/** The home page's headline table. */
export const homeStrings = /* @__PURE__ */ dictionary(
  {
    'col.method': 'Method (model)',
    'col.bpb': 'bits/byte {k}×',
    'col.passkey': 'pass key {k}×',
    'col.multiple': '{k}×',
    'glance.after-label': ': ',
    'glance.groups': '; ',
    'glance.group-open': ' — ',
    'glance.group-close': '',
    'glance.methods': ', ',
  },
  {
    'col.method': '方法（模型）',
    'col.bpb': '每字节比特数 {k}×',
    'col.passkey': '密钥检索 {k}×',
    'col.multiple': '{k}×',
    'glance.after-label': '：',
    'glance.groups': '；',
    'glance.group-open': '（',
    'glance.group-close': '）',
    'glance.methods': '、',
  },
);

/** A finding quoted on a page (FindingQuote): the link to the finding on the benchmark page (the verdict's label is the finding's). */
export const findingStrings = /* @__PURE__ */ dictionary(
  {
    here: 'Here:',
    gap: ' ',
    'before-link': ' (',
    link: 'finding',
    'after-link': ')',
  },
  {
    here: '本站：',
    gap: '',
    'before-link': '（见',
    link: '基准测试中的这条结论',
    'after-link': '）',
  },
);

/**
 * A locator written in English (a finding's source, "abstract, Table 1"; a method's survey section, "§3.1, Eq. 6") in Chinese; locators that translators wrote
 * in Chinese pass through unchanged. Only the standard parts of a paper are translated; section signs and numbers stay.
 */
const LOCATOR_TERMS_ZH: [RegExp, string][] = [
  [/\s*\(named, not detailed\)/g, '，仅提及名称，未详述'],
  [/\s*\(mentioned\)/g, '，有提及'],
  [/\s*\bfootnote\b/g, ' 脚注'],
  [/\babstract\b/g, '摘要'],
  [/\b(?:Appendix|App\.)\s*/g, '附录 '],
  [/\bFigs?\.\s*/g, '图 '],
  [/\bTables?\s+/g, '表 '],
  [/\bLemma\s+/g, '引理 '],
  [/\bTheorem\s+/g, '定理 '],
  [/\bEqs?\.\s*/g, '式 '],
  [/,\s*/g, '，'],
];

export function localizeLocator(page: string, locale: Locale): string {
  return locale === 'en' ? page : LOCATOR_TERMS_ZH.reduce((text, [pattern, zh]) => text.replace(pattern, zh), page);
}
