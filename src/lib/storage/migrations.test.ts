// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { hashText, newAttempt } from '@/domain/attempt';
import { AttemptSchema } from '@/domain/attempt-schema';
import { FAKE_V0_TO_V1 } from '../../../tests/fixtures/migrations';
import {
  ATTEMPT_MIGRATIONS,
  attemptV1ToV2,
  migrateRecord,
  readSchemaVersion,
  type MigrationSteps,
} from './migrations';

const T0 = Date.UTC(2025, 0, 15, 9, 0, 0);
const current = newAttempt({ id: 'att-1', promptId: 'support-bot', promptTitle: 'Support', now: T0 });
const { schemaVersion: _v, revision: _r, provenance: _p, ...v0 } = current;

describe('migrateRecord', () => {
  it('leaves a current record alone', () => {
    expect(migrateRecord(current)).toEqual({ ok: true, value: current, from: 2 });
    expect(Object.keys(ATTEMPT_MIGRATIONS)).toEqual(['1']);
  });

  it('lifts a v0 record (no schemaVersion, revision or provenance) to a valid current attempt', () => {
    const result = migrateRecord(v0, FAKE_V0_TO_V1);
    expect(result).toEqual({ ok: true, value: current, from: 0 });
    expect(result.ok && AttemptSchema.safeParse(result.value).success).toBe(true);
  });

  it('keeps values a v0 record already had', () => {
    const result = migrateRecord({ ...v0, revision: 5 }, FAKE_V0_TO_V1);
    expect(result.ok && result.value).toMatchObject({ revision: 5, schemaVersion: 2 });
  });

  it('runs the steps in order up to the target', () => {
    const steps: MigrationSteps = {
      0: (raw) => Object.assign({}, raw, { schemaVersion: 1, trail: ['0->1'] }),
      1: (raw) => Object.assign({}, raw, { schemaVersion: 2, trail: ['0->1', '1->2'] }),
    };
    expect(migrateRecord({}, steps, 2)).toEqual({
      ok: true,
      value: { schemaVersion: 2, trail: ['0->1', '1->2'] },
      from: 0,
    });
  });

  it('explains every way a record cannot be lifted', () => {
    const reason = (raw: unknown, steps: MigrationSteps = {}) => {
      const result = migrateRecord(raw, steps);
      return result.ok ? 'ok' : result.reason;
    };
    expect(reason('text')).toBe('Not a saved attempt: it has no usable schemaVersion.');
    expect(reason({ schemaVersion: 1.5 })).toBe('Not a saved attempt: it has no usable schemaVersion.');
    expect(reason({ schemaVersion: 3 })).toBe(
      'Saved by a newer version of Design Dojo (schema 3; this one reads up to 2).',
    );
    expect(reason(v0)).toBe('No migration from schema version 0.');
    expect(
      reason(v0, {
        0: () => {
          throw new Error('boom');
        },
      }),
    ).toBe('Migration from schema version 0 failed: boom');
    expect(reason(v0, { 0: (raw) => raw })).toBe(
      'Migration from schema version 0 did not produce version 1.',
    );
  });

  it('reads a missing schemaVersion as 0', () => {
    expect(readSchemaVersion({})).toBe(0);
    expect(readSchemaVersion({ schemaVersion: 1 })).toBe(1);
    expect(readSchemaVersion(null)).toBeNull();
  });
});

describe('attemptV1ToV2', () => {
  const grade = (section: 'task' | 'data', answerHash: string) => ({
    section,
    score: 2,
    answerHash,
    gradedAt: T0,
  });
  const { gradeHistory: _h, selfScores: _s, reviews: _rv, ...v1Shape } = current;
  const v1 = {
    ...v1Shape,
    schemaVersion: 1,
    answers: {
      ...current.answers,
      task: { text: 'graded text', updatedAt: T0 },
      data: { text: 'edited after grading', updatedAt: T0 },
    },
    grades: {
      task: grade('task', hashText('graded text')),
      data: grade('data', hashText('what was graded')),
    },
  };

  it("seeds each section's history with its grade, keeping the text only when it is the graded one", () => {
    expect(attemptV1ToV2(v1)).toEqual({
      ...v1,
      schemaVersion: 2,
      gradeHistory: {
        task: [{ text: 'graded text', grade: v1.grades.task }],
        data: [{ text: '', grade: v1.grades.data, textUnknown: true }],
      },
      selfScores: {},
      reviews: [],
    });
  });

  it('gives an ungraded v1 attempt an empty history that parses as the current schema', () => {
    const { gradeHistory: _g, selfScores: _x, reviews: _y, ...plain } = current;
    const result = migrateRecord({ ...plain, schemaVersion: 1 });
    expect(result).toEqual({ ok: true, value: current, from: 1 });
  });

  it('leaves what is not a record for the schema check to reject', () => {
    expect(attemptV1ToV2('text')).toBe('text');
    expect(migrateRecord({ schemaVersion: 1, grades: 'x' }).ok).toBe(true);
    expect(AttemptSchema.safeParse(attemptV1ToV2({ schemaVersion: 1, grades: 'x' })).success).toBe(false);
  });
});
