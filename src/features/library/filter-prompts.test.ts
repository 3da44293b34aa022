import { describe, expect, it } from 'vitest';
import type { PromptCard } from '@/content/load-prompt-index';
import { EMPTY_SEARCH } from '@/hooks/use-route';
import { filterPrompts, lengthOf } from './filter-prompts';

const card = (id: string, over: Partial<PromptCard> = {}): PromptCard => ({
  id,
  title: `Title ${id}`,
  summary: 'A summary.',
  difficulty: 'intermediate',
  minutes: 45,
  tags: ['rag'],
  source: 'interview',
  scale: [],
  body: 'The brief.',
  origin: 'prompts/test.md',
  ...over,
});

describe('filterPrompts', () => {
  const prompts = [
    card('a', { difficulty: 'foundation', minutes: 35 }),
    card('b', { minutes: 50, source: 'portfolio', tags: ['sql'] }),
    card('c', { difficulty: 'advanced', minutes: 60 }),
    {
      ...card('pack:p1/d', { minutes: 40 }),
      pack: { id: 'p1', title: 'Coaching pack', author: 'Ada Lovelace' },
    } as PromptCard,
  ];
  const ids = (search: Partial<typeof EMPTY_SEARCH>) =>
    filterPrompts(prompts, { ...EMPTY_SEARCH, ...search }).map((p) => p.id);

  it('finds a prompt by any visible field: difficulty, time, source, pack and author', () => {
    expect(ids({ q: 'foundation' })).toEqual(['a']);
    expect(ids({ q: '60 min' })).toEqual(['c']);
    expect(ids({ q: 'portfolio' })).toEqual(['b']);
    expect(ids({ q: 'lovelace' })).toEqual(['pack:p1/d']);
  });

  it('filters by difficulty, length bucket and every selected tag', () => {
    expect(ids({ difficulty: 'advanced' })).toEqual(['c']);
    expect(ids({ length: 'short' })).toEqual(['a', 'pack:p1/d']);
    expect(ids({ length: 'medium' })).toEqual(['b']);
    expect(ids({ tags: ['rag'], length: 'long' })).toEqual(['c']);
    expect([lengthOf(40), lengthOf(41), lengthOf(50), lengthOf(51)]).toEqual([
      'short',
      'medium',
      'medium',
      'long',
    ]);
  });
});
