// @vitest-environment node
// Every frozen stored record in tests/fixtures/stored/ must load through the app's real read path with
// its content intact. A failure here means a change would lose or quarantine data users already have:
// add a version bump and a migration instead of editing the fixture (see the README in that folder).
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
  attemptSections,
  attemptStatus,
  sectionState,
  selfScoreForGrade,
  totalScore,
} from '@/domain/attempt';
import { createAttemptRepository } from '@/lib/storage/attempt-repository';
import { createDatabase, STORE } from '@/lib/storage/idb';

import { AT, FILES, read, seed } from './fixtures';

describe('frozen stored fixtures', () => {
  it('cover every stored shape, each file handled by a case below', () => {
    const kinds = FILES.map((name) => name.split('-v')[0]);
    expect(new Set(kinds)).toEqual(
      new Set([
        'attempt',
        'settings',
        'kv-llm-grade-cache',
        'kv-packs',
        'kv-review-draft',
        'quarantine',
        'journal',
        'journal-own-writes',
        'summary',
      ]),
    );
  });

  it('name a version every file', () => {
    expect(FILES.filter((name) => !/^[a-z-]+-v\d+(-[a-z0-9-]+)?\.json$/.test(name))).toEqual([]);
  });

  describe.each(FILES.filter((name) => name.startsWith('attempt-v1-')))('%s', (name) => {
    it('loads from IndexedDB through migration and the attempt schema, unchanged', async () => {
      const raw = read(name) as { id: string };
      const db = createDatabase({ factory: new IDBFactory() });
      await seed(db, STORE.attempts, raw);
      const loaded = await createAttemptRepository(db, { now: () => AT }).loadAll();
      expect(loaded.damaged).toEqual([]);
      expect(loaded.attempts).toHaveLength(1);
      // Schema 2 adds fields and changes nothing a v1 record had.
      const { schemaVersion, gradeHistory, selfScores, reviews, ...rest } = loaded.attempts[0]!;
      const { schemaVersion: oldVersion, ...before } = raw as typeof raw & { schemaVersion: number };
      expect([oldVersion, schemaVersion]).toEqual([1, 2]);
      expect(rest).toEqual(before);
      expect([selfScores, reviews]).toEqual([{}, []]);
      // Every v1 grade starts its section's grade history.
      expect(Object.keys(gradeHistory).sort()).toEqual(Object.keys(rest.grades).sort());
      for (const [section, versions] of Object.entries(gradeHistory)) {
        expect(versions?.map((v) => v.grade)).toEqual([rest.grades[section as keyof typeof rest.grades]]);
      }
      db.close();
    });
  });

  it('keep the practice attempt’s answers, LLM and offline grades, flags and usage', async () => {
    const db = createDatabase({ factory: new IDBFactory() });
    await seed(db, STORE.attempts, read('attempt-v1-practice-graded.json'));
    const { attempts } = await createAttemptRepository(db, { now: () => AT }).loadAll();
    const [attempt] = attempts;
    expect(attempt?.answers.retrieval.text).toMatch(/^## Retrieval\n\nChunk by clause and paragraph/);
    expect(attempt?.answers.latency.text).toBe('');
    expect(attempt?.grades.retrieval?.grader).toEqual({
      kind: 'llm',
      model: 'gpt-4.1-mini-2025-04-14',
      endpoint: 'https://api.openai.com/v1',
    });
    expect(attempt?.grades.retrieval?.usage?.cachedTokens).toBe(3840);
    expect(attempt?.grades.safety?.flags.map((f) => f.kind)).toEqual(['possible-injection']);
    expect(Object.fromEntries(Object.entries(attempt?.grades ?? {}).map(([k, g]) => [k, g.score]))).toEqual({
      task: 3,
      retrieval: 4,
      evals: 4,
      safety: 1,
    });
    expect(attempt?.revision).toBe(14);
    db.close();
  });

  it('keep the mock attempt’s mode, clock (pause, resume, end) and graded follow-ups', async () => {
    const db = createDatabase({ factory: new IDBFactory() });
    await seed(db, STORE.attempts, read('attempt-v1-mock-ended.json'));
    const { attempts } = await createAttemptRepository(db, { now: () => AT }).loadAll();
    const [attempt] = attempts;
    expect(attempt?.mode).toMatchObject({ kind: 'mock', preset: 'standard', totalMs: 2_700_000 });
    expect(attempt?.clock.map((e) => e.kind)).toEqual([
      'start',
      ...Array<string>(2).fill('focus'),
      'pause',
      'resume',
      ...Array<string>(8).fill('focus'),
      'end',
    ]);
    expect(attempt?.followUps.map((t) => [t.section, t.grade?.score ?? null])).toEqual([
      ['retrieval', 3],
      ['safety', null],
    ]);
    db.close();
  });

  describe('schema-2 attempts', () => {
    const V2 = FILES.filter((name) => name.startsWith('attempt-v2-'));

    /** Seeds one frozen record and reads it back the way the app does at start-up. */
    async function load(name: string) {
      const db = createDatabase({ factory: new IDBFactory() });
      await seed(db, STORE.attempts, read(name));
      const loaded = await createAttemptRepository(db, { now: () => AT }).loadAll();
      db.close();
      expect(loaded.damaged).toEqual([]);
      expect(loaded.attempts).toHaveLength(1);
      return loaded.attempts[0]!;
    }

    it('every attempt fixture is schema 1 or 2, so a new version needs its own case here', () => {
      expect(FILES.filter((n) => n.startsWith('attempt-') && !/^attempt-v[12]-/.test(n))).toEqual([]);
      expect(V2).toHaveLength(4);
    });

    it.each(V2)('%s loads without migration, exactly as stored', async (name) => {
      const attempt = await load(name);
      expect(attempt).toEqual(read(name));
      expect(attempt.schemaVersion).toBe(2);
    });

    it('practice: two graded versions of one section (offline, then LLM with samples) stay in order', async () => {
      const attempt = await load('attempt-v2-practice-history.json');
      expect(attempt.mode).toEqual({ kind: 'practice' });
      expect(attempt.answers.evals.text).toMatch(
        /^Golden set of 250 questions from the finance and ops analysts/,
      );
      const evals = attempt.gradeHistory.evals ?? [];
      expect(evals).toHaveLength(2);
      expect(evals.map((v) => [v.grade.grader.kind, v.grade.score])).toEqual([
        ['offline', 1],
        ['llm', 3],
      ]);
      expect(evals[0]?.text).toMatch(/^Build a set of test questions/);
      expect(evals[0]?.grade.flags.map((f) => f.kind)).toEqual(['unanswered-questions']);
      expect(evals[1]?.grade.samples).toEqual([3, 2, 3]);
      expect(evals[1]?.grade.usage?.cachedTokens).toBe(5120);
      expect(attempt.grades.evals).toEqual(evals[1]?.grade);
      // The latest evals grade is for the text on screen; the latency grade is for an older text.
      expect(sectionState(attempt, 'evals')).toBe('graded');
      expect(sectionState(attempt, 'latency')).toBe('stale');
      expect(attempt.gradeHistory.latency?.[0]?.text).toBe(
        'Target p95 10 s: 2 s for schema retrieval and the model, up to 8 s for the warehouse.',
      );
    });

    it('practice: a capped LLM grade, the newer flag kinds and a local-model grade without a price', async () => {
      const { grades } = await load('attempt-v2-practice-history.json');
      expect(grades.safety).toMatchObject({ score: 1, cappedFrom: 3 });
      expect(grades.safety?.flags.map((f) => f.kind)).toEqual(['possible-injection']);
      expect(grades.latency?.flags.map((f) => f.kind)).toEqual(['padding']);
      expect(grades.cost?.flags.map((f) => f.kind)).toEqual(['term-salad']);
      expect(grades.cost?.grader).toEqual({
        kind: 'llm',
        model: 'qwen2.5:14b-instruct',
        endpoint: 'http://localhost:11434/v1',
      });
      expect(grades.cost?.usage?.costUsd).toBeNull();
      expect(Object.fromEntries(Object.entries(grades).map(([k, g]) => [k, g.score]))).toEqual({
        task: 3,
        evals: 3,
        safety: 1,
        latency: 2,
        cost: 3,
      });
    });

    it('practice: self-scores line up with the grades they were given for, and the partner review is kept', async () => {
      const attempt = await load('attempt-v2-practice-history.json');
      expect(Object.fromEntries(Object.entries(attempt.selfScores).map(([k, s]) => [k, s.score]))).toEqual({
        task: 2,
        evals: 3,
        safety: 3,
      });
      expect(selfScoreForGrade(attempt, attempt.grades.evals!)?.score).toBe(3);
      expect(selfScoreForGrade(attempt, attempt.gradeHistory.evals![0]!.grade)).toBeUndefined();
      const [review] = attempt.reviews;
      expect(attempt.reviews).toHaveLength(1);
      expect(review?.reviewer).toBe('Marta K.');
      expect(review?.sections.evals).toMatchObject({
        score: 3,
        checked: ['golden-set', 'grading-method', 'release-gates'],
      });
      expect(review?.sections.safety?.score).toBe(2);
      expect(review?.overall).toMatch(/^Strong on evals and cost/);
      expect(totalScore(attempt)).toEqual({ score: 12, graded: 5, max: 44 });
    });

    it('drill: its two sections, budgets, the attempt it reviews, and a graded end', async () => {
      const attempt = await load('attempt-v2-drill-graded.json');
      expect(attempt.mode).toEqual({
        kind: 'drill',
        sections: ['latency', 'cost'],
        totalMs: 600_000,
        budgets: { latency: 300_000, cost: 300_000 },
        reviewOf: 'att-7f3c2a9e-practice',
      });
      expect(attemptSections(attempt)).toEqual(['latency', 'cost']);
      expect(attempt.clock.at(-1)).toMatchObject({ kind: 'end', reason: 'time-up' });
      expect(attemptStatus(attempt)).toBe('graded');
      expect(totalScore(attempt)).toEqual({ score: 5, graded: 2, max: 8 });
      expect(attempt.answers.latency.text).toMatch(/^p95 answer within 8 s/);
      expect(attempt.selfScores.cost?.score).toBe(3);
    });

    it('mock: speed-round budgets, a pause, time-up, and follow-ups answered, graded and timed out', async () => {
      const attempt = await load('attempt-v2-mock-followups.json');
      expect(attempt.mode).toMatchObject({
        kind: 'mock',
        preset: 'speed',
        totalMs: 1_800_000,
        strict: false,
      });
      if (attempt.mode.kind !== 'mock') throw new Error('not a mock');
      expect(Object.values(attempt.mode.budgets).reduce((a, b) => a + b, 0)).toBe(1_800_000);
      expect(attempt.clock.map((e) => e.kind)).toEqual([
        'start',
        ...Array<string>(3).fill('focus'),
        'pause',
        'resume',
        ...Array<string>(3).fill('focus'),
        'end',
      ]);
      expect(attempt.followUps.map((t) => [t.section, t.source, t.grade?.score ?? null])).toEqual([
        ['evals', 'prompt', 3],
        ['rollout', 'grader', null],
      ]);
      expect(attempt.followUps[0]?.answer).toMatch(/^I trust the reopen rate/);
      expect(attempt.followUps[1]).toMatchObject({ answer: '', limitMs: 100_000 });
      expect(attempt.grades.rollout?.flags.map((f) => f.kind)).toEqual(['off-prompt']);
      expect(attempt.grades.rollout?.score).toBe(1);
      expect(attempt.grades.evals?.criteria.map((c) => c.verdict)).toEqual(['met', 'met', 'met']);
      expect(totalScore(attempt)).toEqual({ score: 10, graded: 4, max: 44 });
    });

    it('imported: provenance and a pack prompt id, with the pack rubric recorded on its grade', async () => {
      const attempt = await load('attempt-v2-imported-pack-prompt.json');
      expect(attempt.promptId).toBe('pack:study-group-week-5/ticket-triage-agent');
      expect(attempt.provenance).toEqual({
        author: 'Priya N.',
        importedFrom: 'link',
        importedAt: Date.UTC(2026, 10, 30, 18, 30, 0),
      });
      expect(attempt.grades.evals).toMatchObject({
        score: 4,
        rubricVersion: '1.2.0+pack.study-group-week-5.evals-strict',
        rubricSource: 'pack:study-group-week-5/evals-strict@1.2.0',
      });
      expect(attempt.grades.safety?.rubricSource).toBeUndefined();
    });
  });
});
