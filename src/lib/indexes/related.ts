export interface Relatable {
  slug: string;
  publishedAt: Date;
}

/** Each article's related articles, worked out when first asked for. */
export interface RelatedIndex<T> {
  /** Up to the limit of related articles, best first; undefined for a slug the index does not hold. */
  get(slug: string): T[] | undefined;
}

/**
 * Up to `limit` related articles for every article. A shared tag weighs more
 * the rarer it is (inverse document frequency), so two pieces on
 * "international-law" are closer than two that merely share "russia". Among
 * equally close articles, the ones published nearest in time win (then the
 * newer, then the slug): coverage of the same moment, and a choice that a
 * new article changes only for its own period, not for the whole archive.
 *
 * Articles with the same tags share their candidates' scores, computed once
 * over an inverted tag index; a newsroom's tag combinations are far fewer
 * than its articles. Each combination is ranked when one of its articles is
 * first asked for: a build asks for all, a preview server only for the page
 * it shows.
 */
export function relatedArticles<T extends Relatable>(articles: readonly T[], tagsOf: (article: T) => readonly string[], limit = 3): RelatedIndex<T> {
  const byTag = new Map<string, number[]>();
  // Sorted, so that articles with the same tags in any order share one ranking, summed in one order.
  const tagSets = articles.map((article) => [...new Set(tagsOf(article))].sort());
  articles.forEach((_, index) => {
    for (const tag of tagSets[index]!) {
      const list = byTag.get(tag) ?? [];
      list.push(index);
      byTag.set(tag, list);
    }
  });
  const weight = new Map([...byTag].map(([tag, list]) => [tag, Math.log(1 + articles.length / list.length)]));
  const time = articles.map((article) => article.publishedAt.getTime());
  const indexOf = new Map(articles.map((article, index) => [article.slug, index]));
  const bySignature = new Map<string, number[]>();
  const signatures = tagSets.map((tags, index) => {
    const signature = tags.join('\n');
    const group = bySignature.get(signature);
    if (group) group.push(index);
    else bySignature.set(signature, [index]);
    return signature;
  });

  const result = new Map<string, T[]>();
  const scores = new Float64Array(articles.length);
  // Every article's place in time order (then by slug), sorted once: a ranking reads its
  // candidates in that order, so each tier comes out ordered without a sort of its own.
  const inTimeOrder = articles.map((_, index) => index).sort((a, b) => time[a]! - time[b]! || (articles[a]!.slug < articles[b]!.slug ? -1 : 1));
  const placeInTime = new Int32Array(articles.length);
  inTimeOrder.forEach((index, place) => (placeInTime[index] = place));
  const rank = (group: readonly number[]) => {
    const touched: number[] = [];
    for (const tag of tagSets[group[0]!]!) {
      const tagWeight = weight.get(tag)!;
      for (const other of byTag.get(tag)!) {
        if (scores[other] === 0) touched.push(other);
        scores[other] = scores[other]! + tagWeight;
      }
    }
    // Candidates in time order for a nearest-in-time search: a few are sorted, many are
    // picked out of the whole archive's time order, which costs one pass and no sort.
    const candidates =
      touched.length * Math.log2(touched.length) < articles.length
        ? Int32Array.from(touched, (index) => placeInTime[index]!).sort().map((place) => inTimeOrder[place]!)
        : inTimeOrder.filter((index) => scores[index]! > 0);
    // Their distinct scores, best first: a tier of equal score is gathered only when the better ones hold too few.
    const levels = [...new Set(touched.map((index) => scores[index]!))].sort((a, b) => b - a);
    const tiers: number[][] = [];
    const tierAt = (level: number) => (tiers[level] ??= [...candidates.filter((index) => scores[index] === levels[level])]);
    for (const self of group) {
      const picked: number[] = [];
      for (let level = 0; level < levels.length && picked.length < limit; level++) {
        picked.push(...nearestInTime(tierAt(level), self, limit - picked.length, time, articles));
      }
      result.set(articles[self]!.slug, picked.map((index) => articles[index]!));
    }
    for (const index of touched) scores[index] = 0;
  };
  return {
    get(slug) {
      const index = indexOf.get(slug);
      if (index === undefined) return undefined;
      if (!result.has(slug)) rank(bySignature.get(signatures[index]!)!);
      return result.get(slug);
    },
  };
}

/** Up to `count` of `tier` (in time order) nearest in time to `self`, never `self`: nearer first, then newer, then by slug. */
function nearestInTime(tier: readonly number[], self: number, count: number, time: readonly number[], articles: readonly Relatable[]): number[] {
  let low = 0;
  let high = tier.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (time[tier[middle]!]! < time[self]!) low = middle + 1;
    else high = middle;
  }
  // The nearest `count` on each side, and any that share a time with the last of them, hold the answer.
  const window: number[] = [];
  const take = (from: number, step: -1 | 1) => {
    let taken = 0;
    let lastTime: number | undefined;
    for (let position = from; position >= 0 && position < tier.length; position += step) {
      const index = tier[position]!;
      if (index === self) continue;
      if (taken >= count && time[index] !== lastTime) break;
      window.push(index);
      taken++;
      lastTime = time[index];
    }
  };
  take(low - 1, -1);
  take(low, 1);
  const distance = (index: number) => Math.abs(time[index]! - time[self]!);
  return window
    .sort((a, b) => distance(a) - distance(b) || time[b]! - time[a]! || (articles[a]!.slug < articles[b]!.slug ? -1 : 1))
    .slice(0, count);
}
