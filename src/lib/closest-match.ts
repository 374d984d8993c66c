function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The candidate an editor most likely meant, for "did you mean" hints; none
 * when nothing is close enough to be a plausible typo.
 */
export function closestMatch(input: string, candidates: Iterable<string>): string | undefined {
  const needle = input.toLowerCase();
  const list = [...candidates];
  // Typos keep the start of a word: "pubDtae" is publishedAt even though the edit distance is large.
  const samePrefix = list.filter((candidate) => needle.length >= 3 && candidate.toLowerCase().startsWith(needle.slice(0, 3)));
  if (samePrefix.length === 1) return samePrefix[0];
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of samePrefix.length ? samePrefix : list) {
    const distance = editDistance(needle, candidate.toLowerCase());
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  if (!best) return undefined;
  const tolerance = Math.max(2, Math.floor(Math.max(needle.length, best.candidate.length) / 3));
  return best.distance <= tolerance ? best.candidate : undefined;
}
