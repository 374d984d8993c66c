// @ts-check
// The baseline: a bare Astro 7 site of the official blog starter's shape (a page per
// article, tag pages, RSS, sitemap), rendering Markdown with the same unified() processor.
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://baseline.example',
  markdown: { processor: unified(), syntaxHighlight: false },
  integrations: [sitemap()],
});
