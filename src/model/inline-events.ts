import { isDeepStrictEqual } from 'node:util';
import type { Newsroom } from './newsroom.ts';
import type { ContentProblem } from './problem.ts';
import type { SourceEntry } from './read-entry.ts';
import type { EventData } from './schemas.ts';

/**
 * Adds the events that articles define in their own front matter to the
 * newsroom's events. One id means one event: a second definition must say
 * exactly the same, or the build stops and names both places.
 */
export function mergeInlineEvents(newsroom: Newsroom, problems: ContentProblem[]): void {
  const definedIn = new Map<string, SourceEntry<EventData>>(newsroom.events.map((entry) => [entry.id, entry]));
  for (const article of newsroom.articles) {
    for (const { id, ...data } of article.data.eventDefinitions) {
      const index = article.data.events.indexOf(id);
      const existing = definedIn.get(id);
      if (!existing) {
        const entry = { id, file: article.file, data, body: '', bodyLine: 0, lineOf: article.lineOf };
        definedIn.set(id, entry);
        newsroom.events.push(entry);
      } else if (!isDeepStrictEqual(existing.data, data)) {
        problems.push({
          file: article.file,
          line: article.lineOf(['events', index]),
          field: `events[${index}]`,
          message: `defines "${id}" differently from ${existing.file}`,
          hint: 'an event id names one event: cite it by id alone, or make both definitions identical.',
        });
      }
    }
  }
  newsroom.events.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
