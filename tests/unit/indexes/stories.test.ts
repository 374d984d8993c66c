import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildStories, storyPositions, type PieceInput, type StoryInput } from '../../../src/lib/indexes/stories.ts';
import { articlesArbitrary } from './arbitraries.ts';

const day = (date: string) => new Date(`${date}T12:00:00Z`);
const story = (slug: string, status: StoryInput['status'] = 'developing', updates: string[] = []): StoryInput => ({ slug, title: slug, status, updates: updates.map((at) => ({ at: day(at) })) });
const piece = (slug: string, date: string, storySlug?: string, storyStart = false): PieceInput => ({ slug, story: storySlug, storyStart, publishedAt: day(date) });
const newestFirst = (pieces: PieceInput[]) => [...pieces].sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime());
const always = () => true;

describe('buildStories', () => {
  it('gathers each story\'s pieces oldest first, starts at the oldest, and names the newest as latest', () => {
    const articles = newestFirst([piece('a', '2025-08-11', 'talks'), piece('b', '2025-08-14', 'talks'), piece('c', '2025-08-12'), piece('d', '2025-08-13', 'talks')]);
    const [talks] = buildStories([story('talks')], articles, always);
    expect(talks!.pieces.map((entry) => entry.slug)).toEqual(['a', 'd', 'b']);
    expect(talks!.start.slug).toBe('a');
    expect(talks!.latest.slug).toBe('b');
    expect(talks!.lastActivity).toEqual(day('2025-08-14'));
  });

  it('starts where the editors marked, wherever that piece falls', () => {
    const articles = newestFirst([piece('a', '2025-08-11', 'talks'), piece('b', '2025-08-14', 'talks', true)]);
    expect(buildStories([story('talks')], articles, always)[0]!.start.slug).toBe('b');
  });

  it('leaves out a story with no visible piece, and the updates the rule hides', () => {
    const stories = [story('empty'), story('talks', 'developing', ['2025-08-12', '2025-08-20', '2099-01-01'])];
    const listings = buildStories(stories, [piece('a', '2025-08-11', 'talks')], (update) => update.at < day('2030-01-01'));
    expect(listings.map((listing) => listing.story.slug)).toEqual(['talks']);
    // Newest first, and the latest update counts as activity.
    expect(listings[0]!.updates.map((update) => update.at)).toEqual([day('2025-08-20'), day('2025-08-12')]);
    expect(listings[0]!.lastActivity).toEqual(day('2025-08-20'));
  });

  it('lists developing stories first, then the most recently active, then by title', () => {
    const stories = [story('old-news', 'concluded'), story('quiet'), story('busy'), story('also-busy')];
    const articles = newestFirst([piece('a', '2025-09-01', 'old-news'), piece('b', '2025-01-01', 'quiet'), piece('c', '2025-06-01', 'busy'), piece('d', '2025-06-01', 'also-busy')]);
    expect(buildStories(stories, articles, always).map((listing) => listing.story.slug)).toEqual(['also-busy', 'busy', 'quiet', 'old-news']);
  });

  it('puts every visible piece in exactly one story, in time order, and numbers it (property)', () => {
    const slugs = ['one', 'two', 'three'];
    fc.assert(
      fc.property(articlesArbitrary, fc.array(fc.option(fc.constantFrom(...slugs), { nil: undefined }), { minLength: 60, maxLength: 60 }), (articles, membership) => {
        const pieces = articles.map((article, index) => ({ ...article, story: membership[index], storyStart: false }));
        const listings = buildStories(slugs.map((slug) => story(slug)), pieces, always);
        const positions = storyPositions(listings);
        const members = pieces.filter((entry) => entry.story);
        expect(positions.size).toBe(members.length);
        expect(listings.length).toBe(new Set(members.map((entry) => entry.story)).size);
        for (const listing of listings) {
          const times = listing.pieces.map((entry) => entry.publishedAt.getTime());
          expect(times).toEqual([...times].sort((a, b) => a - b));
          expect(listing.latest).toBe(listing.pieces.at(-1));
          listing.pieces.forEach((entry, index) => {
            const position = positions.get(entry.slug)!;
            expect(position.index).toBe(index + 1);
            expect(position.listing).toBe(listing);
            expect(position.previous).toBe(listing.pieces[index - 1]);
            expect(position.next).toBe(listing.pieces[index + 1]);
          });
        }
      }),
    );
  });
});
