import type { APIRoute } from 'astro';
import { absoluteUrl } from '../../data/absolute-url';
import { buildClock, feedMeta, xmlResponse } from '../../data/feeds';
import { getPublication } from '../../data/publication';
import { escapeHtml } from '../../lib/escape-html';
import { feedPaths } from '../../lib/feed-paths';
import { toRss } from '../../lib/feeds/rss';
import { urls } from '../../lib/urls';
import { site } from '../../site.config';

/** One item per correction or retraction; its guid is the notice's anchor on the article, so each is unique and permanent. */
export const GET: APIRoute = async () => {
  const { corrections } = await getPublication();
  const meta = feedMeta(`${site.title}: corrections`, 'Every correction and retraction Backstory publishes.', urls.corrections(), feedPaths.corrections);
  const entries = corrections.slice(0, site.feedSize).map((correction) => ({
    url: absoluteUrl(`${correction.article.url}#${correction.anchor}`),
    title: `${correction.kind === 'retraction' ? 'Retraction' : 'Correction'}: ${correction.article.title}`,
    summary: correction.text,
    html: `<p>${escapeHtml(correction.text)}</p>`,
    published: correction.date,
    updated: correction.date,
    categories: [],
    authors: correction.article.authors.map((author) => ({ name: author.name, url: absoluteUrl(author.url) })),
  }));
  return xmlResponse(await toRss(meta, entries, buildClock()), 'application/rss+xml');
};
