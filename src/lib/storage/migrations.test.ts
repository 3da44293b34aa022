// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { newAttempt } from '@/domain/attempt';
import { AttemptSchema } from '@/domain/attempt-schema';
import { FAKE_V0_TO_V1 } from '../../../tests/fixtures/migrations';
import { ATTEMPT_MIGRATIONS, migrateRecord, readSchemaVersion, type MigrationSteps } from './migrations';

const T0 = Date.UTC(2025, 0, 15, 9, 0, 0);
const current = newAttempt({ id: 'att-1', promptId: 'support-bot', promptTitle: 'Support', now: T0 });
const { schemaVersion: _v, revision: _r, provenance: _p, ...v0 } = current;

describe('migrateRecord', () => {
  it('leaves a current record alone', () => {
    expect(migrateRecord(current)).toEqual({ ok: true, value: current, from: 1 });
    expect(ATTEMPT_MIGRATIONS).toEqual({});
  });

  it('lifts a v0 record (no schemaVersion, revision or provenance) to a valid v1 attempt', () => {
    const result = migrateRecord(v0, FAKE_V0_TO_V1);
    expect(result).toEqual({ ok: true, value: current, from: 0 });
    expect(result.ok && AttemptSchema.safeParse(result.value).success).toBe(true);
  });

  it('keeps values a v0 record already had', () => {
    const result = migrateRecord({ ...v0, revision: 5 }, FAKE_V0_TO_V1);
    expect(result.ok && result.value).toMatchObject({ revision: 5, schemaVersion: 1 });
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
      'Saved by a newer version of Design Dojo (schema 3; this one reads up to 1).',
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
