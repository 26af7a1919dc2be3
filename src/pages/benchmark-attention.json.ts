/** content/results/attention/<method>.json joined: attention entropy and mean attended distance by query position at the longest multiple. */
import type { APIRoute } from 'astro';
import { attention } from '../content/results';

export const GET: APIRoute = () => new Response(JSON.stringify(attention), { headers: { 'Content-Type': 'application/json' } });
