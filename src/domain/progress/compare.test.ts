import { describe, expect, it } from 'vitest';
import { endEvent, focusEvent, mockMode } from '../timer';
import { compareAttempts, comparisonTotals, compareVersions, wordDiff } from './compare';
import { attemptWith, grade, T0 } from './test-attempts';

const crit = (label: string, verdict: 'met' | 'partial' | 'missing') => ({
  id: label,
  label,
  verdict,
  found: '',
  missing: '',
});

describe('compare', () => {
  it('diffs text word by word', () => {
    expect(wordDiff('We use BM25 only.', 'We use BM25 and a reranker.')).toEqual([
      { kind: 'same', text: 'We use BM25 ' },
      { kind: 'removed', text: 'only' },
      { kind: 'added', text: 'and a reranker' },
      { kind: 'same', text: '.' },
    ]);
  });

  it('gives per section the score change, criteria gained and lost, and evidence', () => {
    const a = attemptWith('a1', T0, { retrieval: 1, task: 3 });
    const b = attemptWith('a2', T0 + 1000, { retrieval: 3, task: 2 });
    a.answers.retrieval.text = 'We use BM25.';
    b.answers.retrieval.text = 'We use BM25 and a cross-encoder reranker over the top 50.';
    a.grades.retrieval = grade('retrieval', 1, T0, {
      criteria: [crit('Chunking', 'met'), crit('Reranking', 'missing')],
    });
    b.grades.retrieval = grade('retrieval', 3, T0 + 1000, {
      criteria: [crit('Chunking', 'partial'), crit('Reranking', 'met')],
      evidence: [{ quote: 'a cross-encoder reranker over the top 50', verified: true }],
    });
    const rows = compareAttempts(a, b);
    const r = rows.find((x) => x.section === 'retrieval')!;
    expect(r).toMatchObject({ change: 2, sameScale: true, gained: ['Reranking'], lost: ['Chunking'] });
    expect(r.after.evidence[0]?.quote).toContain('reranker');
    expect(r.diff?.some((p) => p.kind === 'added' && p.text.includes('reranker'))).toBe(true);
    expect(rows.find((x) => x.section === 'cost')?.change).toBeNull();
    expect(comparisonTotals(rows)).toEqual({ before: 4, after: 5, sections: 2, mixedScales: false });
  });

  it('flags a change across offline and LLM scales', () => {
    const a = attemptWith('a1', T0, { task: 1 });
    const b = attemptWith('a2', T0, {});
    b.grades.task = grade('task', 4, T0, { grader: { kind: 'llm', model: 'm', endpoint: 'e' } });
    const r = compareAttempts(a, b)[0]!;
    expect(r).toMatchObject({ change: 3, sameScale: false });
    expect(comparisonTotals([r]).mixedScales).toBe(true);
  });

  it('reports time spent per section for mocks, from the clock events', () => {
    const mode = mockMode('speed', true);
    const a = attemptWith('m1', T0, {}, { mode });
    a.clock = [
      { kind: 'start', at: T0, section: 'task' },
      focusEvent(T0 + 4 * 60_000, 'data'),
      endEvent(T0 + 9 * 60_000, 'submitted'),
    ];
    const p = attemptWith('p1', T0, {});
    const rows = compareAttempts(a, p);
    expect(rows[0]?.before).toMatchObject({ spentMs: 4 * 60_000, budgetMs: mode.budgets.task });
    expect(rows[1]?.before.spentMs).toBe(5 * 60_000);
    expect(rows[0]?.after.spentMs).toBeNull();
  });

  it('compares two graded versions of one section', () => {
    const r = compareVersions(
      'evals',
      { text: 'A golden set.', grade: grade('evals', 1, T0) },
      { text: 'A golden set of 200 cases, re-run on every prompt change.', grade: grade('evals', 3, T0 + 9) },
    );
    expect(r.change).toBe(2);
    expect(
      r.diff
        ?.filter((p) => p.kind === 'added')
        .map((p) => p.text)
        .join(''),
    ).toContain('200 cases');
  });
});
