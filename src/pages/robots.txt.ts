import type { APIRoute } from 'astro';
import { NEWS_SITEMAP_PATH } from '../lib/news-sitemap';

const sitemaps = (site: URL | undefined) => ['/sitemap-index.xml', NEWS_SITEMAP_PATH].map((file) => `Sitemap: ${new URL(file, site).href}\n`).join('');

export const GET: APIRoute = ({ site }) => new Response(`User-agent: *\nAllow: /\n\n${sitemaps(site)}`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
