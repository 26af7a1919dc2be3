import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

const executablePath = process.env['CHROMIUM_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const port = Number(process.env['E2E_PORT'] ?? 4322);
// WebAssembly on V8's baseline compiler (Liftoff) only: the optimizing tier's background recompiles of
// onnxruntime's 27 MB module were half the CPU of a WebGPU test on two cores (three graphs: 77 CPU-s, 38 with
// Liftoff alone), and the demos run a few hundred bytes, where optimized code gains nothing. The numbers are
// the same (WebAssembly's arithmetic does not depend on the compiler tier).
const args = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--js-flags=--liftoff-only'];

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '*.spec.ts',
  forbidOnly: !!process.env['CI'],
  retries: 0,
  // Three workers on two cores: a test often waits (page loads, SwiftShader's GPU process), and the whole suite
  // took 262 s with 3, 293 s with 2 and 256 s with 4 here.
  workers: 3,
  // Safety nets for a busy machine (2 cores, a training job, maybe a build beside the tests), not
  // measures: no test asserts on time. A slow step only makes the suite slower, never red.
  timeout: 300_000,
  expect: { timeout: 30_000 },
  reporter: [['list']],
  // An action (click, fill, check) that cannot happen fails with its locator after a minute, rather than
  // silently using up the test's whole timeout.
  use: { baseURL: `http://127.0.0.1:${port}`, actionTimeout: 60_000 },
  projects: [
    // WebGPU on a software (SwiftShader) adapter: slow, so its tests use the shortest length; they run
    // beside the others (timeouts are safety nets only), which packs the workers best: listed first so
    // that its one serial chain starts at once.
    { name: 'webgpu', testMatch: /webgpu\.spec\.ts/, use: { launchOptions: { ...(executablePath ? { executablePath } : {}), args: [...args, '--enable-unsafe-webgpu'] } } },
    { name: 'chromium', testIgnore: /(webgpu|subpath)\.spec\.ts/, use: { launchOptions: { ...(executablePath ? { executablePath } : {}), args } } },
    // The build for a sub-path (npm run build:subpath → dist-sub/), served under /longitude/.
    { name: 'subpath', testMatch: /subpath\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${port + 1}/longitude/`, launchOptions: { ...(executablePath ? { executablePath } : {}), args } } },
  ],
  webServer: [
    {
      command: `npx astro preview --ignore-lock --host 127.0.0.1 --port ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: !process.env['CI'],
      timeout: 60_000,
    },
    {
      command: `npx astro preview --ignore-lock --outDir dist-sub --host 127.0.0.1 --port ${port + 1}`,
      env: { LONGITUDE_BASE: '/longitude/' },
      url: `http://127.0.0.1:${port + 1}/longitude/`,
      reuseExistingServer: !process.env['CI'],
      timeout: 60_000,
    },
  ],
});
