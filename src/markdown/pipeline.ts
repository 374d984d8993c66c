import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import remarkDirective from 'remark-directive';
import { site } from '../site.config.ts';
import { htmlPolicy } from './html-policy.ts';
import rehypeEmbedAllowList from './rehype-embed-allow-list.ts';
import rehypePrefixedFragments from './rehype-prefixed-fragments.ts';
import rehypeRejectUnsafeHtml from './rehype-reject-unsafe-html.ts';
import rehypeVegaLite from './rehype-vega-lite.ts';
import remarkEditorialStyle from './remark-editorial-style.ts';
import remarkFigures from './remark-figures.ts';
import remarkNoBodyTitle from './remark-no-body-title.ts';
import remarkPersonMention from './remark-person-mention.ts';
import remarkQuoteDirective from './remark-quote-directive.ts';
import remarkReadingStats from './remark-reading-stats.ts';
import remarkRejectPageFurniture from './remark-reject-page-furniture.ts';
import remarkRejectUnknownDirectives from './remark-reject-unknown-directives.ts';
import remarkSmartPunctuation from './remark-smart-punctuation.ts';

/** British style: "--" is a spaced en dash, "---" an em dash, and year ranges take en dashes. */
export const punctuationStyle = { dashes: 'oldschool' } as const;

/** News copy has no code to colour; Shiki's inline styles would also fall foul of the HTML policy. */
export const syntaxHighlight = false;

/**
 * The Markdown pipeline, in order. Astro's `unified()` adds GFM (tables,
 * footnotes) before these, and heading ids after them.
 *
 * Raw HTML is parsed here rather than by Astro's own rehype-raw (which runs
 * after every user plugin), so that the HTML checks and the sanitiser see
 * it. Nothing after the sanitiser adds author-controlled markup.
 */
export const markdownPipeline = {
  // First, where Astro's own smartypants would run.
  // remark-directive is syntax: quotes, mentions and credits (`:::quote{person=…}`, `:person[…]{#…}`, `:credit[…]`), each turned
  // into plain Markdown nodes by its own plugin; any other directive stops the build.
  remarkPlugins: [
    remarkDirective,
    // On the tree as written, before any plugin rewrites quotes or directives.
    remarkEditorialStyle,
    // Before smart punctuation, so that a caption (the picture's title) gets curly quotes like the text.
    remarkFigures,
    [remarkSmartPunctuation, punctuationStyle],
    remarkNoBodyTitle,
    remarkRejectPageFurniture,
    remarkQuoteDirective,
    remarkPersonMention,
    remarkRejectUnknownDirectives,
    [remarkReadingStats, { wordsPerMinute: site.wordsPerMinute }],
  ],
  rehypePlugins: [
    rehypeRaw,
    [rehypeRejectUnsafeHtml, { origins: site.embedOrigins }],
    [rehypeEmbedAllowList, { origins: site.embedOrigins }],
    [rehypeSanitize, htmlPolicy],
    // After the sanitiser: its SVG is code's output; every string from the spec is text (see the plugin).
    rehypeVegaLite,
    rehypePrefixedFragments,
    [rehypeExternalLinks, { rel: ['noopener', 'noreferrer'], target: false }],
  ],
  // Footnote ids get their one prefix from the sanitiser, like every other id.
  remarkRehype: { clobberPrefix: '', footnoteLabel: 'Notes', footnoteBackLabel: (index: number) => `Back to reference ${index + 1}` },
  // Replaced by remark-smart-punctuation, which gives the same output faster.
  smartypants: false,
  gfm: true,
} satisfies UnifiedProcessorOptions;
