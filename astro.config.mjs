// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import path from 'node:path';
import { defineConfig } from 'astro/config';
import { readBuildEnv } from './src/build-env.ts';
import { previewMode } from './src/integrations/preview-mode.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { sitemapLastmod } from './src/lib/sitemap-lastmod.ts';
import { markdownPipeline, syntaxHighlight } from './src/markdown/pipeline.ts';
import { readNewsroom } from './src/model/newsroom.ts';
import { site } from './src/site.config.ts';

const env = readBuildEnv();
const siteUrl = env.siteUrl ?? site.url;

// The sitemap integration sees only URLs, so page dates come from the content itself.
// Invalid content is reported by the content loader; here it just has no date.
const { newsroom } = await readNewsroom({ contentRoot: env.contentRoot, publicDir: path.resolve('public') });
const lastmod = sitemapLastmod(
  newsroom.articles.map(({ id, data }) => ({ ...data, slug: id })),
  { now: env.now, preview: false },
);

export default defineConfig({
  site: siteUrl,
  ...(env.cacheDir ? { cacheDir: env.cacheDir } : {}),
  trailingSlash: 'always',
  // External stylesheets only, so the CSP needs no style hashes and the header policy stays static.
  // Pages render four at a time so that social cards, drawn on worker threads, keep every core busy.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        `frame-src ${site.embedOrigins.length ? site.embedOrigins.join(' ') : "'none'"}`,
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  // Pages whose cacheKey (everything they show) and code are unchanged are not rendered again.
  experimental: { incrementalBuild: true },
  integrations: [
    previewMode(),
    sitemap({
      serialize(item) {
        const date = lastmod.get(new URL(item.url).pathname);
        return date ? { ...item, lastmod: date.toISOString() } : item;
      },
    }),
    searchIndex(),
  ],
  markdown: { processor: unified(markdownPipeline), syntaxHighlight },
  // Scripts ship as files (allowed by 'self'), never inlined: only the theme script is inline, by hash.
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
});
