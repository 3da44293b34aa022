// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ShareOutput } from '@/components/share-output';
import { buildPack } from '@/domain/pack/pack-parse';
import { legal, packPromptOf } from './fixtures';

afterEach(cleanup);

const packWith = (note: string) => {
  const prompt = packPromptOf(legal, { id: 'clause-finder' });
  const reference = { ...prompt.reference, task: ['Names the users.', note] };
  return buildPack({
    id: 'clause-finder',
    title: 'Find the clause',
    author: 'Ada',
    prompts: [{ ...prompt, reference }],
  });
};

describe('ShareOutput', () => {
  it('offers no link and no file for a pack holding key-like text, and says where it is', () => {
    render(
      <ShareOutput
        output={{ kind: 'pack', pack: packWith('Use sk-proj-abcdefghijklmnopqrstuvwx1234 here.') }}
        fileName="clause-finder.pack.json"
        what="this prompt"
      />,
    );
    expect(screen.getByRole('alert').textContent).toBe(
      'No link or file for this prompt: prompt 1, reference notes for User task, line 2 looks like it contains an API key (sk-…). Remove it first; keys are never shared.',
    );
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('button', { name: /Download file|Copy link/ })).toBeNull();
  });

  it('offers the link and the file for a clean pack', () => {
    render(
      <ShareOutput
        output={{ kind: 'pack', pack: packWith('Sets a measurable goal.') }}
        fileName="clause-finder.pack.json"
        what="this prompt"
      />,
    );
    expect(screen.getByRole('textbox', { name: /Share link for this prompt/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Download file' })).toBeTruthy();
  });
});
