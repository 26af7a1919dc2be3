import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import { defaultClientConditions } from 'vite';
import { headersIntegration, siteHeaders } from './src/headers.mjs';
import { rehypeFailOnMathErrors } from './src/markdown/rehype-fail-on-math-errors.mjs';
import { rehypeNumberEquations } from './src/markdown/rehype-number-equations.mjs';
import { rehypePagefindIgnoreMath } from './src/markdown/rehype-pagefind-ignore-math.mjs';

// LONGITUDE_BASE serves the site from a sub-path (e.g. /longitude/ on GitHub Pages);
// LONGITUDE_SITE is the public origin used in canonical URLs and citation meta tags.
export default defineConfig({
  ...(process.env.LONGITUDE_SITE ? { site: process.env.LONGITUDE_SITE } : {}),
  base: process.env.LONGITUDE_BASE || '/',
  trailingSlash: 'always',
  integrations: [mdx(), headersIntegration()],
  // A <meta> Content-Security-Policy on every page: Astro adds the hashes of the scripts it emits, so
  // no inline script runs unless it is ours. 'wasm-unsafe-eval' is for Pagefind, whose search box is on
  // every page and compiles its WASM in the page (onnxruntime-web compiles in the demo's worker,
  // which a document's <meta> policy does not govern). Inline styles stay allowed: KaTeX positions
  // glyphs with style attributes and Observable Plot writes a <style> per chart.
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "font-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
    },
  },
  // The same headers go to static hosts through dist/_headers (see src/headers.mjs and the README).
  server: { headers: siteHeaders },
  vite: {
    // onnxruntime-web's "extern wasm" builds load their runtime from env.wasm.wasmPaths (our own
    // /ort/, see scripts/copy-ort.mjs) instead of making the bundler emit 40 MB of wasm again.
    resolve: { conditions: ['onnxruntime-web-use-extern-wasm', ...defaultClientConditions] },
    build: {
      rollupOptions: {
        // Astro's own "use astro:head-inject" marker in every MDX page trips this bundler notice
        // once per page; it is harmless, and hiding it keeps real warnings visible in the log.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  markdown: {
    processor: unified({
      remarkPlugins: [remarkMath],
      rehypePlugins: [[rehypeKatex, { strict: 'error' }], rehypeFailOnMathErrors, rehypePagefindIgnoreMath, rehypeNumberEquations],
    }),
  },
});
