import { describe, expect, it } from 'vitest';
import { fetchImport, rawUrlOf } from '@/features/share/fetch-import';

describe('importing from an address', () => {
  it('reads GitHub file pages from their raw address', () => {
    expect(rawUrlOf('https://github.com/our-group/packs/blob/main/week-3.json')).toBe(
      'https://raw.githubusercontent.com/our-group/packs/main/week-3.json',
    );
    expect(rawUrlOf('https://gist.githubusercontent.com/a/b/raw/p.json')).toBe(
      'https://gist.githubusercontent.com/a/b/raw/p.json',
    );
  });

  it('refuses what is not an http(s) address before fetching anything', async () => {
    expect(await fetchImport('javascript:alert(1)')).toEqual({
      ok: false,
      problem: 'Only http and https addresses can be fetched, not javascript:',
    });
    expect(await fetchImport('not a url')).toEqual({
      ok: false,
      problem: 'That is not a web address. Paste a full https:// address.',
    });
  });
});
