import { createHash } from 'node:crypto';
import { dataFileNamesIn } from '../markdown/charts/data-files.ts';
import { referencedPeople } from './people-refs.ts';

/**
 * What a Markdown body alone decides of its key (see `bodyKeyOf` in the
 * loader): a digest of its text, the people its quotes and mentions can name
 * and the data files its charts can read. Worked out when a file is parsed
 * and cached with its entry, so that a build does not scan and hash 10,000
 * unchanged bodies again (60 MB of text, 0.35 s).
 */
export interface BodyFacts {
  digest: string;
  people: string[];
  dataFiles: string[];
}

/** A digest of a body's Markdown. */
export const markdownDigest = (body: string): string => createHash('sha256').update(body).digest('base64url');

export const bodyFactsOf = (body: string): BodyFacts => ({ digest: markdownDigest(body), people: referencedPeople(body), dataFiles: dataFileNamesIn(body) });
