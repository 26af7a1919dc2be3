/**
 * What researchers type into the header search, and the page that must come first (issue 18): the
 * original paper's title, an author, its arXiv id or DOI, and benchmark terms. Authors are ones who
 * wrote only that one method's paper in content/references.bib, so the expectation is unambiguous.
 */
export interface SearchRow {
  kind: 'title' | 'author' | 'arxiv' | 'doi' | 'page';
  query: string;
  /** Site path (without the base) of the result that must be listed first. */
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
  { kind: 'page', query: 'taxonomy', path: '/taxonomy/' },
  { kind: 'page', query: 'references', path: '/references/' },
];
