import { describe, expect, it } from 'vitest';
import {
  SPECIFIC_NOTES,
  SPECIFIC_RETRIEVAL,
  gradeWith,
  testPrompt,
} from '../../../tests/fixtures/offline-grading';
import { ANTI_PATTERNS, antiPatternsIn } from './anti-patterns';
import { normalizeText } from './text-index';

const ids = (s: string, section: 'retrieval' | 'safety' = 'retrieval') =>
  antiPatternsIn(normalizeText(s), section).map((p) => p.id);

describe('anti-patterns, each with what it must flag and what it must allow', () => {
  const EXAMPLES: Record<string, { flag: string[]; allow: string[] }> = {
    'permissions-after-ranking': {
      flag: [
        'Permission checks run after reranking, on the final 8 chunks.',
        'We apply ACL filters after retrieval to keep the index simple.',
        'We retrieve the top 50 chunks, rerank to 8, and then filter out documents the user cannot open.',
      ],
      allow: [
        'Permission filters run inside the query, before ranking, never after.',
        'ACLs are applied as a pre-filter in the vector query.',
        'Ethical walls are enforced in the index query, so walled documents never reach ranking.',
      ],
    },
    'model-enforces-permissions': {
      flag: ['We tell the model not to reveal content from restricted spaces.'],
      allow: ['Restricted spaces are removed in code before the model sees any chunk.'],
    },
  };

  it('has examples for every anti-pattern', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(ANTI_PATTERNS.map((p) => p.id).sort());
  });

  for (const [id, { flag, allow }] of Object.entries(EXAMPLES)) {
    it.each(flag)(`${id} flags: %s`, (s) => expect(ids(s)).toEqual([id]));
    it.each(allow)(`${id} allows: %s`, (s) => expect(ids(s)).toEqual([]));
  }
});

describe('an anti-pattern costs a point even with the right vocabulary', () => {
  const grade = gradeWith(testPrompt(SPECIFIC_NOTES));
  it('filtering permissions after ranking lowers a strong retrieval answer and says why', () => {
    const right = grade('retrieval', SPECIFIC_RETRIEVAL);
    const wrong = grade(
      'retrieval',
      SPECIFIC_RETRIEVAL.replace(
        'Permission filters run inside the query using the document ACLs, so a user never retrieves what they cannot open.',
        'Permission checks run after reranking, on the final 8 chunks, using the document ACLs.',
      ),
    );
    expect(right.score).toBeGreaterThanOrEqual(3);
    expect(wrong.score).toBe(right.score - 1);
    expect(wrong.reasoning).toMatch(/Permissions filtered after ranking/);
  });
});
