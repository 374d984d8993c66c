import { describe, expect, it } from 'vitest';
import { closestMatch } from '../../../src/lib/closest-match.ts';

const FIELDS = ['title', 'description', 'kind', 'publishedAt', 'updatedAt', 'authors', 'tags'];

describe('closestMatch', () => {
  it('finds the field or slug an editor most likely meant', () => {
    expect(closestMatch('pubDtae', FIELDS)).toBe('publishedAt');
    expect(closestMatch('tittle', FIELDS)).toBe('title');
    expect(closestMatch('updated', FIELDS)).toBe('updatedAt');
    expect(closestMatch('rusia', ['russia', 'ukraine'])).toBe('russia');
  });

  it('suggests nothing when nothing is close', () => {
    expect(closestMatch('jane-doe', ['foreign-desk'])).toBeUndefined();
    expect(closestMatch('x', [])).toBeUndefined();
  });
});
