/** Runs `fn` while `astro preview` serves the built site on 127.0.0.1:`port`; for scripts, not tests. */
import { spawn } from 'node:child_process';

export async function withPreview<T>(port: number, fn: (origin: string) => Promise<T>): Promise<T> {
  const origin = `http://127.0.0.1:${port}`;
  const server = spawn('npx', ['astro', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], { stdio: 'ignore', detached: true });
  try {
    for (let i = 0; i < 100; i++) {
      if (
        await fetch(`${origin}/`)
          .then((r) => r.ok)
          .catch(() => false)
      )
        break;
      await new Promise((r) => setTimeout(r, 200));
    }
    return await fn(origin);
  } finally {
    // npx starts astro as a child: end the whole process group.
    if (server.pid) process.kill(-server.pid);
  }
}
