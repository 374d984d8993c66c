import type { APIRoute } from 'astro';
import { absoluteUrl } from '../data/absolute-url';
import { getPublication } from '../data/publication';
import { formatPartialDate } from '../lib/dates/format-partial-date';
import { mostCommon } from '../lib/indexes/most-common';
import { citedShown } from '../lib/indexes/timeline';
import { toTimelineJs } from '../lib/timelinejs';
import { urls } from '../lib/urls';
import { site } from '../site.config';

/** The site timeline in TimelineJS format, so other newsrooms can embed it. */
export const GET: APIRoute = async () => {
  const { timeline } = await getPublication();
  const document = toTimelineJs(
    `${site.title} timeline`,
    'Key dates behind our coverage, each linked to the newest articles that discuss it and to its own page, which lists them all.',
    timeline.map(({ event, citedBy }) => ({ event, citedBy, ...citedShown(citedBy, site.timelineCitedSize) })).map(({ event, citedBy, shown, more }) => ({
      id: event.id,
      date: event.date,
      displayDate: formatPartialDate(event.date),
      title: event.title,
      summary: event.summary,
      // The topic most of its citing articles share gives TimelineJS a row to put it on.
      group: mostCommon(citedBy.map((article) => article.tags.map((tag) => tag.label)), (a, b) => a.localeCompare(b, 'en')) ?? '',
      citedBy: shown.map((article) => ({ title: article.title, url: absoluteUrl(article.url) })),
      more: more > 0 ? { count: more, url: absoluteUrl(urls.event(event.id)) } : undefined,
    })),
  );
  return new Response(JSON.stringify(document, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
