// Rule 6 of the golden set: the rubric's criteria are examples, not a checklist. A write-up that names its steps
// in its own words may touch one rubric concept only in part; three distinct concrete decisions about it still
// make it an answer about this section (Adequate), where one or two do not.
import { describe, expect, it } from 'vitest';
import { scoreAnalysis } from './score';
import type { Analysis } from './analyse';

function analysis(decisions: number): Analysis {
  return {
    words: 90,
    signals: [],
    sentenceConcepts: [],
    decisionSentences: Array.from({ length: decisions }, (_, i) => i),
    criteria: [
      { answerHits: [], diagramOnly: [], concreteSentences: [], verdict: 'partial' },
      { answerHits: [], diagramOnly: [], concreteSentences: [], verdict: 'missing' },
    ],
    conceptGroups: 1,
    decisions,
    numbers: [],
    decidedFigures: 0,
    restated: 0,
    tradeoffs: 0,
    failures: 0,
    targets: 0,
    buzz: 0,
    repetition: 0,
    redFlags: [],
  };
}

describe('decisions about a topic the rubric names only in part', () => {
  it('reaches Adequate with three distinct decisions', () => {
    expect(scoreAnalysis({ analysis: analysis(3), ties: 0, offSectionCap: null }).score).toBe(2);
  });

  it('stays Superficial with two', () => {
    expect(scoreAnalysis({ analysis: analysis(2), ties: 0, offSectionCap: null }).score).toBe(1);
  });
});
