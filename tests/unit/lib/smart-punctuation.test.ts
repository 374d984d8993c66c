import { describe, expect, it } from 'vitest';
import { smartPunctuation } from '../../../src/lib/smart-punctuation.ts';

describe('smartPunctuation', () => {
  it('curls quotes and apostrophes and sets dashes and ellipses', () => {
    expect(smartPunctuation(`Russia's "red lines" -- and 'no miracles'... in the '90s`)).toBe('Russia\u2019s \u201cred lines\u201d \u2013 and \u2018no miracles\u2019\u2026 in the \u201990s');
    expect(smartPunctuation('"Quoted" at the start --- then an em dash')).toBe('\u201cQuoted\u201d at the start \u2014 then an em dash');
  });

  it('leaves text without straight punctuation alone', () => {
    expect(smartPunctuation('Tom & Jerry <b> 🗞️ مرحبا')).toBe('Tom & Jerry <b> 🗞️ مرحبا');
  });
});
