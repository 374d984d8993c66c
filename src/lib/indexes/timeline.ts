import type { PartialDate } from '../dates/partial-date.ts';

export interface TimelineEventInput {
  id: string;
  date: PartialDate;
  title: string;
}

export interface TimelineEntry<E, A> {
  event: E;
  /** Every visible article that cites the event, in the order given (newest first). */
  citedBy: A[];
}

/**
 * Chronological order in which a year-only event precedes that year's months
 * and a month-only event precedes that month's days; the title and then the
 * id settle ties, so the order is total and the same on every build.
 */
export function compareEvents(a: TimelineEventInput, b: TimelineEventInput): number {
  return (
    a.date.year - b.date.year ||
    (a.date.month ?? 0) - (b.date.month ?? 0) ||
    (a.date.day ?? 0) - (b.date.day ?? 0) ||
    a.title.localeCompare(b.title, 'en') ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * Merges the key dates cited by many articles into one timeline: each event
 * once, with every article that cites it. Events no visible article cites
 * stay off, so an embargoed story cannot surface through its key dates.
 */
export function mergeTimeline<E extends TimelineEventInput, A extends { events: readonly { id: string }[] }>(
  events: readonly E[],
  articles: readonly A[],
): TimelineEntry<E, A>[] {
  const citations = new Map<string, A[]>();
  for (const article of articles) {
    for (const id of new Set(article.events.map((event) => event.id))) {
      const list = citations.get(id) ?? [];
      list.push(article);
      citations.set(id, list);
    }
  }
  return events
    .filter((event) => citations.has(event.id))
    .sort(compareEvents)
    .map((event) => ({ event, citedBy: citations.get(event.id)! }));
}

const count = new Intl.NumberFormat('en-GB');

/**
 * What a listing of key dates names of an event's citing articles (newest
 * first): the first `limit` of them, and how many more cite it, which the
 * listing links to the event's own page. No limit names them all.
 */
export function citedShown<A>(citedBy: readonly A[], limit: number | undefined): { shown: A[]; more: number } {
  const shown = citedBy.slice(0, limit);
  return { shown, more: citedBy.length - shown.length };
}

/** The text of the link to the rest: "1,995 more". */
export const moreCitedLabel = (more: number) => `${count.format(more)} more`;

/** Groups timeline entries by year, keeping their order. */
export function groupByYear<T extends { event: { date: PartialDate } }>(entries: readonly T[]): { year: number; entries: T[] }[] {
  const groups: { year: number; entries: T[] }[] = [];
  for (const entry of entries) {
    const last = groups.at(-1);
    if (last?.year === entry.event.date.year) last.entries.push(entry);
    else groups.push({ year: entry.event.date.year, entries: [entry] });
  }
  return groups;
}
