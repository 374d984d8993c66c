// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import path from 'node:path';
import { defineConfig } from 'astro/config';
import { readBuildEnv } from './src/build-env.ts';
import { processedPictures } from './src/integrations/pictures.ts';
import { contentStoreFromFile } from './src/integrations/content-store-file.ts';
import { contentStoreMeta } from './src/integrations/content-store-meta.ts';
import { previewMode } from './src/integrations/preview-mode.ts';
import { withSharedCollation } from './src/integrations/shared-collation.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { socialCards } from './src/integrations/social-cards.ts';
import { staleOutput } from './src/integrations/stale-output.ts';
import { NEWS_SITEMAP_PATH } from './src/lib/news-sitemap.ts';
import { readLastmod } from './src/lib/sitemap-lastmod.ts';
import { markdownPipeline, syntaxHighlight } from './src/markdown/pipeline.ts';
import { site } from './src/site.config.ts';

const env = readBuildEnv();
const siteUrl = env.siteUrl ?? site.url;

const cacheDir = env.cacheDir ?? path.resolve('node_modules/.astro');
// Page dates for the sitemap, written by the content loader earlier in the same build.
/** @type {Map<string, string> | undefined} */
let lastmod;

export default defineConfig({
  site: siteUrl,
  cacheDir,
  trailingSlash: 'always',
  // External stylesheets only, so the CSP needs no style hashes and the header policy stays static.
  // Four pages in flight, so that one waiting on a file write does not leave the thread idle.
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
    // Before the content sync, which would otherwise write the whole store twice in every build.
    contentStoreMeta(),
    previewMode(),
    // Before the sitemap and search steps, which write into dist/ when the build is done.
    staleOutput(),
    // Its sort of every page URL builds a collator per comparison unless they are shared (0.36 s of every build at 10,000 articles).
    withSharedCollation(sitemap({
      // The news sitemap is an endpoint of its own (src/pages/news-sitemap.xml.ts); the index names it beside the page sitemaps.
      customSitemaps: [new URL(NEWS_SITEMAP_PATH, siteUrl).href],
      serialize(item) {
        lastmod ??= readLastmod(cacheDir);
        const date = lastmod.get(new URL(item.url).pathname);
        return date ? { ...item, lastmod: date } : item;
      },
    })),
    socialCards(),
    processedPictures(),
    searchIndex(),
  ],
  markdown: { processor: unified(markdownPipeline), syntaxHighlight },
  // Scripts ship as files (allowed by 'self'), never inlined: only the theme script is inline, by hash.
  vite: { plugins: [tailwindcss(), contentStoreFromFile(cacheDir)], build: { assetsInlineLimit: 0 } },
});
