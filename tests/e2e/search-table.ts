/**
 * What researchers type into the header search, and the page that must come first (issue 18): the
 * original paper's title, an author, its arXiv id or DOI, benchmark terms, a family's name (its place
 * in the taxonomy tree) and a method's name with a one-letter typo (the first link is then the
 * "Did you mean" suggestion, as the reader sees it). Authors are ones who wrote only that one
 * method's paper in content/references.bib, so the expectation is unambiguous.
 */
export interface SearchRow {
  kind: 'title' | 'author' | 'arxiv' | 'doi' | 'page' | 'family' | 'typo';
  query: string;
  /** Site path (without the base), with its #anchor if any, of the link that must be listed first. */
  path: string;
}

export const searchTable: readonly SearchRow[] = [
  { kind: 'title', query: 'Train Short, Test Long', path: '/methods/alibi/' },
  { kind: 'title', query: 'Attention Is All You Need', path: '/methods/sinusoidal/' },
  { kind: 'title', query: 'Convolutional Sequence to Sequence Learning', path: '/methods/learned-ape/' },
  { kind: 'title', query: 'Efficient Streaming Language Models', path: '/methods/attention-sinks/' },
  { kind: 'title', query: 'Exploring the Limits of Transfer Learning', path: '/methods/t5-bias/' },
  { kind: 'author', query: 'Ofir Press', path: '/methods/alibi/' },
  { kind: 'author', query: 'Tatiana Likhomanenko', path: '/methods/cape/' },
  { kind: 'author', query: 'Colin Raffel', path: '/methods/t5-bias/' },
  { kind: 'author', query: 'Guolin Ke', path: '/methods/tupe/' },
  { kind: 'author', query: 'Shun Kiyono', path: '/methods/shape/' },
  { kind: 'arxiv', query: '2104.09864', path: '/methods/rope/' },
  { kind: 'arxiv', query: '2108.12409', path: '/methods/alibi/' },
  { kind: 'arxiv', query: '2309.17453', path: '/methods/attention-sinks/' },
  // One digit from TUPE's 2006.15595.
  { kind: 'arxiv', query: '2306.15595', path: '/methods/pi/' },
  { kind: 'doi', query: '10.1016/j.neucom.2023.127063', path: '/methods/rope/' },
  { kind: 'page', query: 'pass key', path: '/benchmark/' },
  { kind: 'page', query: 'passkey', path: '/benchmark/' },
  { kind: 'page', query: 'bits per byte', path: '/benchmark/' },
  { kind: 'page', query: 'retrieval', path: '/benchmark/' },
  { kind: 'page', query: 'seeds', path: '/benchmark/' },
  { kind: 'page', query: 'held-out', path: '/benchmark/' },
  { kind: 'page', query: 'taxonomy', path: '/taxonomy/' },
  { kind: 'page', query: 'references', path: '/references/' },
  { kind: 'family', query: 'absolute', path: '/taxonomy/#category-ape' },
  { kind: 'family', query: 'relative', path: '/taxonomy/#category-rpe' },
  { kind: 'family', query: 'RoPE family', path: '/taxonomy/#subcategory-rope-family' },
  { kind: 'family', query: 'T5-bias family', path: '/taxonomy/#subcategory-t5-bias-family' },
  { kind: 'family', query: 'interpolation', path: '/taxonomy/#category-interpolation' },
  // Also the name of a method (Randomized PE): the family comes first.
  { kind: 'family', query: 'randomized', path: '/taxonomy/#category-randomized' },
  { kind: 'family', query: 'attention window', path: '/taxonomy/#subcategory-attention-window' },
  { kind: 'typo', query: 'ropee', path: '/methods/rope/' },
  { kind: 'typo', query: 'alibii', path: '/methods/alibi/' },
  { kind: 'typo', query: 'yarm', path: '/methods/yarn/' },
  { kind: 'typo', query: 'sandwhich', path: '/methods/sandwich/' },
  { kind: 'typo', query: 'xpso', path: '/methods/xpos/' },
  { kind: 'typo', query: 'nobe', path: '/methods/nope/' },
  { kind: 'typo', query: 'kerpel', path: '/methods/kerple/' },
];
