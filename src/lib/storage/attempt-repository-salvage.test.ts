// @vitest-environment node
// What the attempt repository does with a record that only partly reads: invalid parts set aside alone,
// the rest saved and loaded, and set-aside parts put back when they read again.
import { describe, expect, it } from 'vitest';
import { MAX_DIAGRAM_CHARS } from '@/domain/attempt';
import { describeRefused } from './attempt-records';
import { testGrade } from '../../../tests/fixtures/grades';
import {
  T0,
  QUARANTINED_AT,
  fixture,
  withText,
  indexedDbHarness,
  memoryHarness,
} from '../../../tests/support/attempt-repository-harness';

describe.each([
  ['IndexedDB', indexedDbHarness],
  ['in-memory fake', memoryHarness],
])('attempt repository, partly readable records (%s)', (_name, makeHarness) => {
  it('refuses only the invalid part of an attempt, keeps its stored version, and saves the rest', async () => {
    const repo = makeHarness().tab();
    const first = withText(fixture(), 'a first answer', T0 + 1);
    await repo.save({ ...first, diagram: { source: 'flowchart LR\n  A --> B', updatedAt: T0 + 1 } });

    const oversized = { source: 'x'.repeat(MAX_DIAGRAM_CHARS + 1), updatedAt: T0 + 2 };
    const result = await repo.save({ ...withText(first, 'an edited answer', T0 + 2), diagram: oversized });
    expect(result).toMatchObject({
      ok: true,
      revision: 2,
      refused: [{ path: 'diagram', label: 'the diagram' }],
    });
    expect(result.ok && describeRefused(result.refused ?? [])).toMatch(
      /^the diagram was not saved \(diagram\.source: Too big/,
    );

    const [loaded] = (await repo.loadAll()).attempts;
    expect(loaded?.answers.task.text).toBe('an edited answer');
    expect(loaded?.diagram.source).toBe('flowchart LR\n  A --> B');
  });

  it('refuses an overlong answer alone on a first save, with a neutral value in its place', async () => {
    const repo = makeHarness().tab();
    const attempt = withText(fixture(), 'x'.repeat(200_001), T0);
    const result = await repo.save({ ...attempt, diagram: { source: 'graph TD', updatedAt: T0 } });
    expect(result).toMatchObject({ ok: true, refused: [{ path: 'answers.task' }] });
    const [loaded] = (await repo.loadAll()).attempts;
    expect([loaded?.answers.task.text, loaded?.diagram.source]).toEqual(['', 'graph TD']);
  });

  it('sets aside a grade that does not parse and keeps the attempt, its answers and its other grades', async () => {
    const harness = makeHarness();
    const good = testGrade('task', { score: 2 });
    const { usage: _missing, ...withoutRequiredField } = testGrade('retrieval', { score: 4 });
    const record = {
      ...withText(fixture('att-graded'), 'the task answer', T0),
      grades: { task: good, retrieval: withoutRequiredField },
    };
    await harness.seed([record]);
    const repo = harness.tab();

    const first = await repo.loadAll();
    expect(first.attempts).toHaveLength(1);
    expect(first.attempts[0]?.answers.task.text).toBe('the task answer');
    expect(first.attempts[0]?.grades).toEqual({ task: good });
    expect(first.damaged).toEqual([
      expect.objectContaining({
        key: `attempts:att-graded#grades.retrieval:${QUARANTINED_AT}`,
        id: 'att-graded',
        field: 'grades.retrieval',
        raw: withoutRequiredField,
        reason: expect.stringMatching(/^The Retrieval grade could not be used: grades\.retrieval\.usage/),
      }),
    ]);
    expect(await repo.listQuarantine()).toEqual(first.damaged);

    // The cleaned record was written back: the next load is clean and reports nothing twice.
    const second = await repo.loadAll();
    expect(second).toEqual({ attempts: first.attempts, damaged: [], skipped: [] });
  });

  it('restores a whole quarantined record once it reads, keeping still-invalid parts aside', async () => {
    const harness = makeHarness();
    await harness.seed([{ ...fixture('att-lost'), answers: 'lost' }]);
    const repo = harness.tab();
    const [lost] = (await repo.loadAll()).damaged;
    if (!lost) throw new Error('not quarantined');
    expect(await repo.restoreQuarantined(lost.key)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^It still cannot be read\. .*answers/),
    });
    expect(await repo.listQuarantine()).toEqual([lost]);

    // A record an earlier build quarantined whole because of one bad grade comes back without that grade.
    const raw = {
      ...withText(fixture('att-old-rules'), 'kept text', T0),
      grades: { data: { ...testGrade('data'), score: 9 } },
    };
    const entry = {
      ...lost,
      key: 'attempts:att-old-rules:1',
      id: 'att-old-rules',
      raw,
      reason: 'Not a valid saved attempt',
    };
    await harness.seedQuarantine(entry);
    const restored = await repo.restoreQuarantined(entry.key);
    expect(restored).toMatchObject({ ok: true, attempt: { id: 'att-old-rules', grades: {} } });
    expect(restored.ok && restored.setAside.map((d) => [d.id, d.field])).toEqual([
      ['att-old-rules', 'grades.data'],
    ]);
    expect((await repo.loadAll()).attempts.map((a) => [a.id, a.answers.task.text])).toEqual([
      ['att-old-rules', 'kept text'],
    ]);
    expect((await repo.listQuarantine()).map((d) => d.field ?? d.id).sort()).toEqual([
      'att-lost',
      'grades.data',
    ]);

    // Its id is taken now: restoring another copy is refused instead of overwriting.
    await harness.seedQuarantine({ ...entry, key: 'attempts:att-old-rules:2' });
    expect(await repo.restoreQuarantined('attempts:att-old-rules:2')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/exists again/),
    });
  });

  it('puts a set-aside grade back only while its place is empty', async () => {
    const harness = makeHarness();
    const bad = { ...testGrade('retrieval'), score: 7 };
    await harness.seed([{ ...fixture('att-1'), grades: { retrieval: bad } }]);
    const repo = harness.tab();
    const [entry] = (await repo.loadAll()).damaged;
    if (!entry) throw new Error('not set aside');

    // Still invalid today: it stays where it is.
    expect(await repo.restoreQuarantined(entry.key)).toMatchObject({ ok: false });
    await harness.seedQuarantine({ ...entry, raw: { ...bad, score: 3 } });
    const restored = await repo.restoreQuarantined(entry.key);
    expect(restored.ok && restored.attempt.grades.retrieval?.score).toBe(3);
    expect(await repo.listQuarantine()).toEqual([]);
  });
});
