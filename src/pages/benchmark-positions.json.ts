/** content/results/positions/<method>.json joined: bits/byte at every position of every evaluated input, mean over seeds, with smoothed 95% half-widths. */
import type { APIRoute } from 'astro';
import { positions } from '../content/results';

export const GET: APIRoute = () => new Response(JSON.stringify(positions), { headers: { 'Content-Type': 'application/json' } });
