import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareEvents, groupByYear, mergeTimeline, type TimelineEventInput } from '../../../src/lib/indexes/timeline.ts';

const event = (id: string, date: TimelineEventInput['date'], title = id) => ({ id, date, title });

const eventArbitrary = fc.record({
  id: fc.stringMatching(/^[a-z]{1,6}$/),
  title: fc.constantFrom('A', 'B', 'Summit', 'summit'),
  date: fc.record({ year: fc.integer({ min: 2005, max: 2008 }), month: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }), day: fc.option(fc.integer({ min: 1, max: 28 }), { nil: undefined }) }).map((date) =>
    date.month === undefined ? { year: date.year } : date.day === undefined ? { year: date.year, month: date.month } : date,
  ),
});

describe('compareEvents', () => {
  it('puts a year before its months and a month before its days', () => {
    const sorted = [event('d', { year: 2014, month: 3, day: 1 }), event('m', { year: 2014, month: 3 }), event('y', { year: 2014 }), event('o', { year: 2013, month: 12, day: 31 })].sort(compareEvents);
    expect(sorted.map((entry) => entry.id)).toEqual(['o', 'y', 'm', 'd']);
  });

  it('is a total, stable order: any shuffle sorts to the same sequence (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(eventArbitrary, { selector: (entry) => entry.id, maxLength: 30 }), fc.integer(), (events, seed) => {
        const once = [...events].sort(compareEvents);
        const shuffled = [...events].sort((a, b) => ((a.id.charCodeAt(0) * seed) % 7) - ((b.id.charCodeAt(0) * seed) % 7));
        expect(shuffled.sort(compareEvents)).toEqual(once);
        for (const a of events) {
          expect(compareEvents(a, a)).toBe(0);
          for (const b of events) {
            if (a !== b) expect(Math.sign(compareEvents(a, b))).toBe(-Math.sign(compareEvents(b, a)) || 1);
          }
        }
      }),
    );
  });
});

describe('mergeTimeline', () => {
  const helsinki = event('helsinki', { year: 2018, month: 7, day: 16 });
  const crimea = event('crimea', { year: 2014, month: 3 });
  const unused = event('unused', { year: 2001 });
  const one = { slug: 'one', events: [helsinki, crimea] };
  const two = { slug: 'two', events: [helsinki, helsinki] };

  it('lists an event cited by many articles once, with every citing article', () => {
    const timeline = mergeTimeline([helsinki, crimea, unused], [one, two]);
    expect(timeline.map((entry) => [entry.event.id, entry.citedBy.map((article) => article.slug)])).toEqual([
      ['crimea', ['one']],
      ['helsinki', ['one', 'two']],
    ]);
  });

  it('groups entries by year in order', () => {
    expect(groupByYear(mergeTimeline([helsinki, crimea], [one])).map((group) => group.year)).toEqual([2014, 2018]);
  });
});
