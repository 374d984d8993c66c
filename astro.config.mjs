// @ts-check
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { readBuildEnv } from './src/build-env.ts';
import { previewMode } from './src/integrations/preview-mode.ts';
import { markdownPipeline } from './src/markdown/pipeline.ts';
import { site } from './src/site.config.ts';

const env = readBuildEnv();

export default defineConfig({
  site: env.siteUrl ?? site.url,
  ...(env.cacheDir ? { cacheDir: env.cacheDir } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [previewMode()],
  markdown: { processor: unified(markdownPipeline) },
  vite: { plugins: [tailwindcss()] },
});
