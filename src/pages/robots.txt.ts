import type { APIRoute } from 'astro';
import { robots } from '../lib/discovery.ts';

export const GET: APIRoute = ({ site: origin }) => new Response(robots(origin?.href ?? 'https://annals.example.org'));
