import type { PartialDate } from './dates/partial-date.ts';
import { escapeHtml } from './escape-html.ts';
import { moreCitedLabel } from './indexes/timeline.ts';

/** The subset of TimelineJS's JSON format that Backstory writes (timeline.knightlab.com/docs/json-format.html). */
export interface TimelineJsDocument {
  title: { text: { headline: string; text: string } };
  events: TimelineJsEvent[];
}

export interface TimelineJsEvent {
  unique_id: string;
  start_date: { year: string; month?: string; day?: string; display_date: string };
  text: { headline: string; text: string };
  group: string;
}

export interface TimelineJsInput {
  id: string;
  date: PartialDate;
  displayDate: string;
  title: string;
  summary?: string | undefined;
  group: string;
  /** The newest of the articles citing it. */
  citedBy: { title: string; url: string }[];
  /** How many more cite it, and the event's page that lists every one. */
  more?: { count: number; url: string } | undefined;
}


/** Turns merged timeline entries into TimelineJS data, with absolute links to the citing articles. */
export function toTimelineJs(headline: string, intro: string, entries: TimelineJsInput[]): TimelineJsDocument {
  return {
    title: { text: { headline: escapeHtml(headline), text: `<p>${escapeHtml(intro)}</p>` } },
    events: entries.map((entry) => ({
      unique_id: entry.id,
      start_date: {
        year: String(entry.date.year),
        ...(entry.date.month ? { month: String(entry.date.month) } : {}),
        ...(entry.date.day ? { day: String(entry.date.day) } : {}),
        display_date: entry.displayDate,
      },
      text: {
        headline: escapeHtml(entry.title),
        text:
          (entry.summary ? `<p>${escapeHtml(entry.summary)}</p>` : '') +
          `<p>Cited in: ${[
            ...entry.citedBy.map((article) => `<a href="${escapeHtml(article.url)}">${escapeHtml(article.title)}</a>`),
            ...(entry.more ? [`<a href="${escapeHtml(entry.more.url)}">${moreCitedLabel(entry.more.count)}</a>`] : []),
          ].join('; ')}</p>`,
      },
      group: entry.group,
    })),
  };
}
