/** What the story index needs of a story. */
export interface StoryInput {
  slug: string;
  title: string;
  status: 'developing' | 'concluded';
  updates: readonly { at: Date }[];
}

/** What the story index needs of an article. */
export interface PieceInput {
  slug: string;
  story?: string | undefined;
  storyStart: boolean;
  publishedAt: Date;
}

export interface StoryListing<S extends StoryInput, A extends PieceInput> {
  story: S;
  /** The story's visible pieces, oldest first: the order in which it unfolded. */
  pieces: A[];
  /** Where a newcomer starts: the piece the editors marked, or else the oldest. */
  start: A;
  /** The newest piece. */
  latest: A;
  /** The updates readers see, newest first. */
  updates: S['updates'][number][];
  /** The newest piece's publication or the newest update, whichever is later. */
  lastActivity: Date;
}

export interface StoryPosition<S extends StoryInput, A extends PieceInput> {
  listing: StoryListing<S, A>;
  /** 1-based place of the piece in the story, oldest first. */
  index: number;
  /** The story's piece before this one, and after it. */
  previous: A | undefined;
  next: A | undefined;
}

/** Developing stories first; within each, the most recently active first; the title, then the slug, settle ties. */
export function compareStories<S extends StoryInput>(a: StoryListing<S, PieceInput>, b: StoryListing<S, PieceInput>): number {
  return (
    Number(a.story.status === 'concluded') - Number(b.story.status === 'concluded') ||
    b.lastActivity.getTime() - a.lastActivity.getTime() ||
    a.story.title.localeCompare(b.story.title, 'en') ||
    (a.story.slug < b.story.slug ? -1 : a.story.slug > b.story.slug ? 1 : 0)
  );
}

/**
 * Groups the visible articles (`articles`, newest first, already filtered by
 * the visibility rule) into their stories. A story none of whose pieces is
 * visible is left out altogether, so an embargoed piece cannot surface through
 * its story; `showsUpdate` applies the same rule to a story's dated updates.
 */
export function buildStories<S extends StoryInput, A extends PieceInput>(
  stories: readonly S[],
  articles: readonly A[],
  showsUpdate: (update: S['updates'][number]) => boolean,
): StoryListing<S, A>[] {
  const piecesOf = new Map<string, A[]>();
  // Newest first in, oldest first out.
  for (let index = articles.length - 1; index >= 0; index--) {
    const article = articles[index]!;
    if (!article.story) continue;
    const list = piecesOf.get(article.story) ?? [];
    list.push(article);
    piecesOf.set(article.story, list);
  }
  return stories
    .flatMap((story): StoryListing<S, A>[] => {
      const pieces = piecesOf.get(story.slug);
      if (!pieces?.length) return [];
      const latest = pieces.at(-1)!;
      const updates = story.updates.filter(showsUpdate).sort((a, b) => b.at.getTime() - a.at.getTime());
      const lastActivity = new Date(Math.max(latest.publishedAt.getTime(), updates[0]?.at.getTime() ?? 0));
      return [{ story, pieces, start: pieces.find((piece) => piece.storyStart) ?? pieces[0]!, latest, updates, lastActivity }];
    })
    .sort(compareStories);
}

/** Each story piece's place in its story, by article slug. */
export function storyPositions<S extends StoryInput, A extends PieceInput>(listings: readonly StoryListing<S, A>[]): Map<string, StoryPosition<S, A>> {
  const positions = new Map<string, StoryPosition<S, A>>();
  for (const listing of listings) {
    listing.pieces.forEach((piece, index) => {
      positions.set(piece.slug, { listing, index: index + 1, previous: listing.pieces[index - 1], next: listing.pieces[index + 1] });
    });
  }
  return positions;
}
