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
