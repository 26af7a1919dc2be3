import type { APIRoute } from 'astro';
import { benchmark } from '../content/results';

export const GET: APIRoute = () => new Response(JSON.stringify(benchmark), { headers: { 'Content-Type': 'application/json' } });
