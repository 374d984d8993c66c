import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { markdownPipeline, syntaxHighlight } from '../../src/markdown/pipeline.ts';
import rehypeEmbedAllowList from '../../src/markdown/rehype-embed-allow-list.ts';
import rehypeRejectUnsafeHtml from '../../src/markdown/rehype-reject-unsafe-html.ts';

const ORIGIN = 'https://www.youtube-nocookie.com';
// The site's pipeline with one embed origin allowed, as an editor would configure embedOrigins.
const withEmbeds = await createMarkdownProcessor({
  ...markdownPipeline,
  syntaxHighlight,
  rehypePlugins: markdownPipeline.rehypePlugins.map((plugin) =>
    Array.isArray(plugin) && (plugin[0] === rehypeRejectUnsafeHtml || plugin[0] === rehypeEmbedAllowList) ? [plugin[0], { origins: [ORIGIN] }] : plugin,
  ) as typeof markdownPipeline.rehypePlugins,
});

describe('embeds', () => {
  it('keeps an allow-listed iframe, sandboxed, lazy and without a full referrer', async () => {
    const { code } = await withEmbeds.render(`<iframe src="${ORIGIN}/embed/abc" title="Interview with the analyst"></iframe>`);
    expect(code.trim()).toBe(
      `<iframe src="${ORIGIN}/embed/abc" title="Interview with the analyst" sandbox="allow-scripts allow-same-origin allow-popups" loading="lazy" referrerpolicy="strict-origin-when-cross-origin"></iframe>`,
    );
  });

  it('refuses an allow-listed iframe without a title', async () => {
    await expect(withEmbeds.render(`<iframe src="${ORIGIN}/embed/abc"></iframe>`)).rejects.toMatchObject({
      reason: 'an <iframe> needs a title that says what it shows, for screen readers; see "Raw HTML" in the README for what is',
    });
  });

  it('refuses a frame from any other origin, even with the allow-list set', async () => {
    await expect(withEmbeds.render('<iframe src="https://www.youtube.com/embed/abc" title="Video"></iframe>')).rejects.toMatchObject({
      reason: `an <iframe> from "https://www.youtube.com" is not on the embed allow-list: ${ORIGIN}; see "Raw HTML" in the README for what is`,
    });
  });
});
