/**
 * The HTTP headers the site wants from its host: one list, sent by `npm start` (Astro preview) and
 * written to dist/_headers for Netlify and Cloudflare Pages. Scripts are governed per page by the
 * <meta> policy Astro writes with the page's own script hashes; this header adds what a <meta>
 * policy cannot say (frame-ancestors) and what must also hold for workers.
 */
export const siteHeaders = {
  // Cross-origin isolation lets onnxruntime-web use WASM threads; every resource is same-origin.
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Content-Security-Policy': "frame-ancestors 'none'; object-src 'none'; base-uri 'self'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

/** Cache lifetimes by path: hashed assets forever, the runtime a week, models and the index a day. */
const caching = [
  ['_astro/*', 'public, max-age=31536000, immutable'],
  ['ort/*', 'public, max-age=604800'],
  ['models/*', 'public, max-age=86400'],
  ['pagefind/*', 'public, max-age=86400'],
];

/**
 * The `_headers` file (Netlify / Cloudflare Pages syntax) for a site served under `base`.
 * @param {string} base
 */
export function headersFile(base) {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  /** @type {(path: string, headers: Record<string, string>) => string} */
  const block = (path, headers) => [path, ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n');
  return [block(`${prefix}*`, siteHeaders), ...caching.map(([path, value]) => block(`${prefix}${path}`, { 'Cache-Control': value }))].join('\n\n') + '\n';
}

/**
 * Astro integration: writes dist/_headers after the build.
 * @returns {import('astro').AstroIntegration}
 */
export function headersIntegration() {
  return {
    name: 'longitude-headers',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const { writeFile } = await import('node:fs/promises');
        await writeFile(new URL('_headers', dir), headersFile(process.env.LONGITUDE_BASE || '/'));
      },
    },
  };
}
