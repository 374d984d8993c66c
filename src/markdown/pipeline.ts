import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import rehypeExternalLinks from 'rehype-external-links';
import { site } from '../site.config.ts';
import remarkNoBodyTitle from './remark-no-body-title.ts';
import remarkReadingStats from './remark-reading-stats.ts';
import remarkRejectPageFurniture from './remark-reject-page-furniture.ts';

/**
 * The Markdown pipeline, in order. Astro's `unified()` adds GFM (tables,
 * footnotes), SmartyPants and heading ids around these.
 */
export const markdownPipeline = {
  remarkPlugins: [remarkNoBodyTitle, remarkRejectPageFurniture, [remarkReadingStats, { wordsPerMinute: site.wordsPerMinute }]],
  rehypePlugins: [[rehypeExternalLinks, { rel: ['noopener', 'noreferrer'], target: false }]],
  remarkRehype: { footnoteLabel: 'Notes', footnoteBackLabel: (index: number) => `Back to reference ${index + 1}` },
  // British style: "--" is a spaced en dash, "---" an em dash, and year ranges take en dashes.
  smartypants: { dashes: 'oldschool' },
  gfm: true,
} satisfies UnifiedProcessorOptions;
