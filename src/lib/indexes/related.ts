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
  const tagSets = articles.map((article) => new Set(tagsOf(article)));
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

  articles.forEach((article, self) => {
    const touched: number[] = [];
    for (const tag of tagSets[self]!) {
      for (const other of byTag.get(tag)!) {
        if (other === self) continue;
        if (scores[other] === 0) touched.push(other);
        scores[other] = scores[other]! + weight.get(tag)!;
      }
    }
    // Keep only the best `limit` while scanning: sorting every candidate is O(n log n) per article.
    const best: number[] = [];
    for (const index of touched) {
      let position = best.length;
      while (position > 0 && ranksBefore(index, best[position - 1]!)) position--;
      if (position < limit) {
        best.splice(position, 0, index);
        if (best.length > limit) best.pop();
      }
    }
    result.set(article.slug, best.map((index) => articles[index]!));
    for (const index of touched) scores[index] = 0;
  });
  return result;
}
