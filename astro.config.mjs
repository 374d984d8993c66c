// @ts-check
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { readBuildEnv } from './src/build-env.ts';
import { markdownPipeline } from './src/markdown/pipeline.ts';
import { site } from './src/site.config.ts';

const env = readBuildEnv();

export default defineConfig({
  site: env.siteUrl ?? site.url,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: { processor: unified(markdownPipeline) },
  vite: { plugins: [tailwindcss()] },
});
