/** content/results/positions.json: bits/byte at every position of every evaluated input, the site's models. */
import type { APIRoute } from 'astro';
import { positions } from '../content/results';

export const GET: APIRoute = () => new Response(JSON.stringify(positions), { headers: { 'Content-Type': 'application/json' } });
