export interface Relatable {
  slug: string;
  publishedAt: Date;
}

/**
 * Up to `limit` related articles for every article, computed in one pass
 * over an inverted tag index. A shared tag weighs more the rarer it is
 * (inverse document frequency), so two pieces on "international-law" are
 * closer than two that merely share "russia". Ties go to the more recent
 * article, then to the slug, so the result is deterministic.
 */
export function relatedArticles<T extends Relatable>(articles: readonly T[], tagsOf: (article: T) => readonly string[], limit = 3): Map<string, T[]> {
  const byTag = new Map<string, number[]>();
  // Sorted, so that articles with the same tags in any order share one ranking, summed in one order.
  const tagSets = articles.map((article) => new Set([...tagsOf(article)].sort()));
  articles.forEach((_, index) => {
    for (const tag of tagSets[index]!) {
      const list = byTag.get(tag) ?? [];
      list.push(index);
      byTag.set(tag, list);
    }
  });
  const weight = new Map([...byTag].map(([tag, list]) => [tag, Math.log(1 + articles.length / list.length)]));
  const result = new Map<string, T[]>();
  const scores = new Float64Array(articles.length);
  const ranksBefore = (a: number, b: number): boolean => {
    if (scores[a] !== scores[b]) return scores[a]! > scores[b]!;
    const [timeA, timeB] = [articles[a]!.publishedAt.getTime(), articles[b]!.publishedAt.getTime()];
    if (timeA !== timeB) return timeA > timeB;
    return articles[a]!.slug < articles[b]!.slug;
  };

  // Articles with the same tags share one ranking:
  // a newsroom's tag combinations are far fewer than its articles.
  const bySignature = new Map<string, number[]>();
  articles.forEach((article, index) => {
    const signature = [...tagSets[index]!].join('\n');
    const group = bySignature.get(signature);
    if (group) group.push(index);
    else bySignature.set(signature, [index]);
  });
  for (const group of bySignature.values()) {
    const tags = tagSets[group[0]!]!;
    const touched: number[] = [];
    for (const tag of tags) {
      for (const other of byTag.get(tag)!) {
        if (scores[other] === 0) touched.push(other);
        scores[other] = scores[other]! + weight.get(tag)!;
      }
    }
    // Keep only the best `limit` plus one while scanning, so each article of the group can drop itself:
    // sorting every candidate is O(n log n) per group.
    const best: number[] = [];
    for (const index of touched) {
      let position = best.length;
      while (position > 0 && ranksBefore(index, best[position - 1]!)) position--;
      if (position <= limit) {
        best.splice(position, 0, index);
        if (best.length > limit + 1) best.pop();
      }
    }
    for (const self of group) {
      result.set(articles[self]!.slug, best.filter((index) => index !== self).slice(0, limit).map((index) => articles[index]!));
    }
    for (const index of touched) scores[index] = 0;
  }
  return result;
}
