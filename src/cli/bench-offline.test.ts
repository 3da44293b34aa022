import { describe, expect, it } from 'vitest';
import { wordCount } from '@/domain/attempt';
import { parseContent } from '@/domain/content-parse';
import { verifyQuote } from '@/domain/evidence';
import { gradeAllOffline } from '@/domain/offline-grader/grade-section';
import { splitSentences } from '@/domain/offline-grader/text-index';
import { SECTION_IDS } from '@/domain/sections';
import { SAMPLE_ANSWER, benchInput } from './bench-offline';

const files = import.meta.glob('/rubrics/*.md', { query: '?raw', import: 'default', eager: true }) as Record<
  string,
  string
>;
const { rubrics } = parseContent(
  {},
  Object.fromEntries(Object.entries(files).map(([k, v]) => [k.slice(1), v])),
);

describe('bench-offline sample answer', () => {
  it('is about 5,000 words of varied text across all eleven sections', () => {
    const words = SECTION_IDS.reduce((n, id) => n + wordCount(SAMPLE_ANSWER[id]), 0);
    expect(words).toBeGreaterThanOrEqual(4500);
    expect(words).toBeLessThanOrEqual(5500);
    const sentences = SECTION_IDS.flatMap((id) => splitSentences(SAMPLE_ANSWER[id]));
    expect(new Set(sentences).size).toBe(sentences.length);
  });

  it('grades every section as strong, with no flags and verified evidence', () => {
    const outcomes = gradeAllOffline(benchInput(rubrics));
    expect(outcomes.map((o) => o.section)).toEqual([...SECTION_IDS]);
    for (const o of outcomes) {
      if (!o.ok) throw new Error(o.error);
      expect(o.grade.score, o.section).toBeGreaterThanOrEqual(3);
      expect(o.grade.flags, o.section).toEqual([]);
      expect(o.grade.evidence.length).toBeGreaterThanOrEqual(1);
      expect(o.grade.evidence.length).toBeLessThanOrEqual(4);
      for (const e of o.grade.evidence) expect(verifyQuote(e.quote, SAMPLE_ANSWER[o.section])).toBe(true);
    }
  });

  it('is deterministic across runs', () => {
    expect(gradeAllOffline(benchInput(rubrics))).toEqual(gradeAllOffline(benchInput(rubrics)));
  });
});
