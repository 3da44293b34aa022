import { describe, expect, it } from 'vitest';
import { TEST_RUBRICS, gradeWith, testPrompt } from '../../../tests/fixtures/offline-grading';
import { SECTION_IDS } from '../sections';

const rubrics = TEST_RUBRICS;
const grade = gradeWith(
  testPrompt(() => []),
  0,
);

describe('criterion feedback reads as advice in plain words', () => {
  for (const id of SECTION_IDS) {
    it(`${id}: no word stems or wildcards, and each gap says what to add`, () => {
      const g = grade(id, `The ${rubrics[id].title.toLowerCase()} part matters and we will think about it.`);
      for (const c of g.criteria) {
        expect(c.missing).not.toMatch(/\*|not covered/);
        if (c.verdict === 'missing') expect(c.missing).toMatch(/^Consider covering [a-z0-9@/ ,'-]+\./);
        // Every suggested concept is a whole word or phrase the rubric lists.
        const suggested = /^Consider covering (.*?)\./.exec(c.missing)?.[1] ?? '';
        for (const term of suggested.split(/, | or /).filter(Boolean))
          expect(JSON.stringify(rubrics[id].criteria), `${id}: ${term}`).toContain(term);
      }
    });
  }

  it('names the full term of a group, e.g. "assumptions" rather than "assum"', () => {
    const g = grade('task', 'Support agents answer tickets and want faster replies.');
    const scope = g.criteria.find((c) => c.id === 'scope')!;
    expect(scope.missing).toMatch(/Consider covering scope, constraints or assumptions\./);
  });
});

describe('feedback reads like a coach', () => {
  const grade = gradeWith(
    testPrompt(() => [
      'Chunks of 400 tokens with 50 overlap, reranked to the top 8 in 120 ms.',
      'Hybrid search, because exact codes matter.',
    ]),
  );
  const g = grade(
    'retrieval',
    "We chunk the documents by heading and embed them with an OpenAI embedding model. We store the vectors in pgvector and use **hybrid search** with BM25. A cross-encoder reranks the results. We filter by the user's permissions and show citations next to the answer.",
  );

  it('quotes what is strong, names the single change and gives an example for this prompt that matches it', () => {
    expect(g.reasoning).toMatch(/^Score 2 \(Adequate\)\. What works: "We /);
    expect(g.reasoning).toMatch(/The one change that would raise it: Put numbers on your main choices/);
    expect(g.reasoning).toContain('for example: "Chunks of 400 tokens with 50 overlap');
    expect(g.reasoning).not.toMatch(/decision\(s\)|trade-off\(s\)/);
  });

  it('renders evidence as plain text: no Markdown emphasis or table pipes, never cut mid-word', () => {
    const table = grade(
      'retrieval',
      `| Choice | Why |\n|---|---|\n| **Hybrid search** with BM25 and pgvector, top 50 | exact error codes need keyword matches |\n\n${'We rerank the top 50 candidates with a cross-encoder to keep the best 8 for the prompt, '.repeat(5)}done.`,
    );
    for (const e of [...g.evidence, ...table.evidence]) {
      expect(e.quote).not.toMatch(/\*\*|\|/);
      expect(e.quote).toMatch(/(?:[\w.)]|\.\.\.)$/);
      if (e.quote.endsWith('...')) expect(e.quote).toMatch(/\w\.\.\.$/);
    }
    const long = table.evidence.find((e) => e.quote.endsWith('...'));
    expect(long).toBeDefined();
    expect(long!.quote.length).toBeLessThanOrEqual(300);
  });
});
