import { describe, expect, it } from 'vitest';
import type { Grade } from '@/domain/grade-schema';
import type { SectionId } from '@/domain/sections';
import { FOLLOW_UP_LIMIT_MS, pickFollowUps } from './pick-follow-ups';

const grade = (section: SectionId, score: number, followUp: string | null = null): Grade => ({
  section,
  score,
  rubricVersion: '1.0.0',
  grader: { kind: 'llm', model: 'test-model', endpoint: 'http://127.0.0.1:1' },
  criteria: [],
  evidence: [],
  reasoning: '',
  missing: [],
  nextStep: 'Say more.',
  followUp,
  flags: [],
  answerHash: 'x',
  gradedAt: 1_000,
  usage: null,
});

const prompt = {
  followUps: [
    { section: 'safety' as const, question: 'What happens when an email carries hidden instructions?' },
    { section: 'evals' as const, question: 'How do you decide an intent is safe to auto-send?' },
    { section: 'cost' as const, question: 'Drafting costs twice the plan. What do you cut first?' },
    { section: 'evals' as const, question: 'Which regression set runs before every prompt change?' },
  ],
};

const grades = {
  retrieval: grade('retrieval', 1, 'How do you keep the index fresh when documents change hourly?'),
  evals: grade('evals', 0, 'What is in your golden set, and who labels it?'),
  safety: grade('safety', 3, null),
  cost: grade('cost', 2, 'Drafting costs twice the plan. What do you cut first'),
  model: grade('model', 4, 'Why not a smaller model?'),
};

describe('pickFollowUps', () => {
  it('asks the grader follow-ups of the weakest sections first with the LLM grader', () => {
    const picks = pickFollowUps({ grades }, prompt, 'llm');
    expect(picks.map((p) => [p.source, p.section])).toEqual([
      ['grader', 'evals'],
      ['grader', 'retrieval'],
      ['grader', 'cost'],
    ]);
    expect(picks.every((p) => p.limitMs === FOLLOW_UP_LIMIT_MS)).toBe(true);
  });

  it('fills up with the prompt follow-ups, lowest-scoring sections first, without repeating a question', () => {
    const picks = pickFollowUps({ grades }, prompt, 'llm', 6);
    expect(picks.map((p) => `${p.source}:${p.section}`)).toEqual([
      'grader:evals',
      'grader:retrieval',
      'grader:cost',
      'grader:model',
      'prompt:evals',
      'prompt:safety',
    ]);
    // The prompt's cost question is the grader's cost question with other punctuation: asked once.
    expect(picks.filter((p) => p.question.startsWith('Drafting costs'))).toHaveLength(1);
  });

  it('asks only the prompt follow-ups with the offline grader, and probes a section twice last', () => {
    const picks = pickFollowUps({ grades }, prompt, 'offline', 4);
    expect(picks.map((p) => p.question)).toEqual([
      'How do you decide an intent is safe to auto-send?',
      'Which regression set runs before every prompt change?',
      'Drafting costs twice the plan. What do you cut first?',
      'What happens when an email carries hidden instructions?',
    ]);
    expect(picks.every((p) => p.source === 'prompt')).toBe(true);
    expect(pickFollowUps({ grades }, prompt, 'offline').map((p) => p.section)).toEqual([
      'evals',
      'cost',
      'safety',
    ]);
  });

  it('keeps the prompt order when nothing is graded', () => {
    expect(pickFollowUps({ grades: {} }, prompt, 'llm').map((p) => p.section)).toEqual([
      'safety',
      'evals',
      'cost',
    ]);
  });

  it('gives stable, distinct ids', () => {
    const a = pickFollowUps({ grades }, prompt, 'llm', 6);
    const b = pickFollowUps({ grades }, prompt, 'llm', 6);
    expect(a.map((p) => p.id)).toEqual(b.map((p) => p.id));
    expect(new Set(a.map((p) => p.id)).size).toBe(a.length);
  });
});
