import { describe, expect, it } from 'vitest';
import { DAY_MS } from './input';
import { progressReport } from './report';
import { NO_FILTER } from './stats';
import { attemptWith, grade, T0 } from './test-attempts';

describe('progressReport', () => {
  it('writes sections weakest first, per-prompt totals, weekly time, agreement and the due list', () => {
    const a = attemptWith('a1', T0, { task: 1, evals: 3 });
    const b = attemptWith('a2', T0 + DAY_MS, { task: 2, evals: 4 });
    b.promptTitle = 'Legal | RAG <b>';
    b.selfScores = { task: { score: 2, at: T0, answerHash: '' } };
    const md = progressReport([a, b], NO_FILTER, T0 + 3 * DAY_MS);
    expect(md).toContain('# Design Dojo progress report');
    expect(md).toContain('2 attempts from 2026-11-02 to 2026-11-05.');
    expect(md).toMatch(/\| User task \| 1\.5 \| 2 \(Adequate\) \| 2 \| 1 → 2 \|/);
    expect(md.indexOf('User task')).toBeLessThan(md.indexOf('| Evals'));
    expect(md).toContain('| Legal \\| RAG \\<b\\> | 2 | 6/44 (2 of 11 graded) | 6/44 (2 of 11 graded) |');
    expect(md).toContain('| 2026-11-02 | 2 min | 2 |');
    expect(md).toContain("within one point of the grader's: 100% of 1 sections");
    expect(md).toMatch(/- User task in “Legal .*”: last 2\/4 on 2026-11-03, due within a day/);
    expect(md).not.toContain('different scales');
  });

  it('says when offline and LLM grades are listed together', () => {
    const a = attemptWith('a1', T0, { task: 1 });
    a.grades.data = grade('data', 3, T0, { grader: { kind: 'llm', model: 'm', endpoint: 'e' } });
    const md = progressReport([a], NO_FILTER, T0);
    expect(md).toContain('different scales');
    expect(md).toContain('| Data sources | 3.0 | 3 (Strong) | 1 | 3L |');
  });

  it('lists only the latest scores of a long history', () => {
    const many = Array.from({ length: 25 }, (_, i) => attemptWith(`m${i}`, T0 + i * DAY_MS, { task: i % 5 }));
    const md = progressReport(many, NO_FILTER, T0 + 30 * DAY_MS);
    const row = md.split('\n').find((l) => l.startsWith('| User task'))!;
    expect(row).toContain('| … 0 → 1 → 2');
    expect(row.split('→')).toHaveLength(20);
  });
});
