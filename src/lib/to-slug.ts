/**
 * The URL slug a name would publish at: accents folded (so NFC and NFD
 * spellings agree), lower case, runs of anything else turned into one hyphen.
 */
export function toSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
