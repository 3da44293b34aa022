// @vitest-environment node
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { ATTEMPT_SCHEMA_VERSION } from '@/domain/attempt';
import { createAttemptRepository } from './attempt-repository';
import { createDatabase, STORE, transact, type DojoDatabase } from './idb';
import { FAKE_V0_TO_V1 } from '../../../tests/fixtures/migrations';
import {
  T0,
  QUARANTINED_AT,
  at,
  fixture,
  withText,
  v0Record,
  indexedDbHarness,
  memoryHarness,
} from '../../../tests/support/attempt-repository-harness';

describe.each([
  ['IndexedDB', indexedDbHarness],
  ['in-memory fake', memoryHarness],
])('attempt repository (%s)', (_name, makeHarness) => {
  it('saves and loads an attempt unchanged apart from the revision', async () => {
    const repo = makeHarness().tab();
    const attempt = withText(fixture(), 'Agents answering billing questions', T0 + 1000);

    expect(await repo.save(attempt)).toEqual({ ok: true, revision: 1 });
    expect(await repo.loadAll()).toEqual({
      attempts: [{ ...attempt, revision: 1 }],
      damaged: [],
      skipped: [],
    });
    expect(await repo.get('att-1')).toEqual({ attempt: { ...attempt, revision: 1 }, damaged: null });
    expect(await repo.get('missing')).toEqual({ attempt: null, damaged: null });
  });

  it('removes an attempt', async () => {
    const repo = makeHarness().tab();
    await repo.save(fixture('att-1'));
    await repo.save(fixture('att-2'));
    await repo.remove('att-1');
    expect((await repo.loadAll()).attempts.map((a) => a.id)).toEqual(['att-2']);
  });

  it('quarantines a damaged record with its raw value and issues, and reports it once', async () => {
    const harness = makeHarness();
    const damaged = { ...fixture('att-bad'), revision: -1, currentSection: 'nowhere' };
    await harness.seed([fixture('att-good'), damaged]);
    const repo = harness.tab();

    const first = await repo.loadAll();
    expect(first.attempts.map((a) => a.id)).toEqual(['att-good']);
    expect(first.damaged).toHaveLength(1);
    const [record] = first.damaged;
    expect(record).toMatchObject({
      key: `attempts:att-bad:${QUARANTINED_AT}`,
      source: 'attempts',
      id: 'att-bad',
      raw: damaged,
      quarantinedAt: QUARANTINED_AT,
    });
    expect(record?.issues.map((i) => i.path).sort()).toEqual(['currentSection', 'revision']);
    expect(record?.reason).toMatch(/^Not a valid saved attempt: /);

    expect(await repo.listQuarantine()).toEqual(first.damaged);
    const second = await repo.loadAll();
    expect(second).toEqual({ attempts: first.attempts, damaged: [], skipped: [] });

    await repo.discardQuarantined(record?.key ?? '');
    expect(await repo.listQuarantine()).toEqual([]);
  });

  it('reports a damaged record asked for by id', async () => {
    const harness = makeHarness();
    await harness.seed([{ ...fixture('att-bad'), answers: 'lost' }]);
    const { attempt, damaged } = await harness.tab().get('att-bad');
    expect(attempt).toBeNull();
    expect(damaged).toMatchObject({ id: 'att-bad', issues: [{ path: 'answers' }] });
  });

  it('runs migrations before validating: a v0 record gets the defaults', async () => {
    const harness = makeHarness();
    await harness.seed([v0Record('att-old')]);

    const { attempts, damaged } = await harness.tab({ migrations: FAKE_V0_TO_V1 }).loadAll();
    expect(damaged).toEqual([]);
    expect(attempts).toEqual([fixture('att-old')]);
  });

  it('quarantines a record no migration can lift', async () => {
    const harness = makeHarness();
    await harness.seed([v0Record('att-old')]);

    const { attempts, damaged } = await harness.tab().loadAll();
    expect(attempts).toEqual([]);
    expect(damaged.map((d) => [d.id, d.reason])).toEqual([
      ['att-old', 'No migration from schema version 0.'],
    ]);
  });

  it('leaves a record saved by a newer version where it is, reports it, and never overwrites it', async () => {
    const harness = makeHarness();
    const newer = { ...fixture('att-new'), schemaVersion: ATTEMPT_SCHEMA_VERSION + 5, revision: 4 };
    await harness.seed([newer]);
    const repo = harness.tab();

    for (let load = 0; load < 2; load++) {
      const { attempts, damaged, skipped } = await repo.loadAll();
      expect([attempts, damaged]).toEqual([[], []]);
      expect(skipped.map((d) => d.id)).toEqual(['att-new']);
      expect(skipped[0]?.reason).toMatch(/^Saved by a newer version of Design Dojo .*reload/);
    }
    expect(await repo.listQuarantine()).toEqual([]);

    const saved = await repo.save({ ...fixture('att-new'), revision: 9 });
    expect(!saved.ok && saved.error.kind).toBe('unavailable');
    expect(!saved.ok && saved.error.message).toMatch(/newer version/);
    expect((await harness.tab().loadAll()).skipped[0]?.raw).toEqual(newer);
  });

  it('refuses to overwrite a newer revision saved by another tab', async () => {
    const harness = makeHarness();
    await harness.tab().save(fixture());
    const tabA = harness.tab();
    const tabB = harness.tab();
    const [loaded] = (await tabA.loadAll()).attempts;
    await tabB.loadAll();
    if (!loaded) throw new Error('fixture not saved');

    expect(await tabB.save(withText(loaded, 'written in tab B', T0 + 2000))).toEqual({
      ok: true,
      revision: 2,
    });
    const refused = await tabA.save(withText(loaded, 'written in tab A', T0 + 3000));

    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error.kind).toBe('conflict');
    expect((await harness.tab().get('att-1')).attempt?.answers.task.text).toBe('written in tab B');

    // Having read the newer version, tab A may save over it deliberately.
    await tabA.get('att-1');
    expect(await tabA.save(withText(loaded, 'written in tab A', T0 + 4000))).toEqual({
      ok: true,
      revision: 3,
    });
  });

  it('does not conflict with its own earlier saves when the caller keeps an old revision', async () => {
    const repo = makeHarness().tab();
    const attempt = fixture();
    const revisions = [];
    for (const text of ['a', 'ab', 'abc']) {
      const result = await repo.save(withText(attempt, text, T0 + text.length));
      revisions.push(result.ok ? result.revision : result.error.kind);
    }
    expect(revisions).toEqual([1, 2, 3]);
  });

  it('lists attempts newest first, and one prompt’s attempts, through the indexes', async () => {
    const harness = makeHarness();
    const at = (id: string, promptId: string, updatedAt: number) => ({
      ...fixture(id),
      promptId,
      updatedAt,
    });
    await harness.seed([
      at('a', 'legal-rag', T0 + 3),
      at('b', 'support', T0 + 9),
      at('c', 'legal-rag', T0 + 5),
    ]);
    const repo = harness.tab();
    expect((await repo.listByUpdatedAt()).attempts.map((a) => a.id)).toEqual(['b', 'c', 'a']);
    expect((await repo.listByUpdatedAt({ limit: 2 })).attempts.map((a) => a.id)).toEqual(['b', 'c']);
    expect((await repo.listForPrompt('legal-rag')).attempts.map((a) => a.id)).toEqual(['c', 'a']);
    expect((await repo.listForPrompt('nothing')).attempts).toEqual([]);
  });
});

/** A database whose writes fail as on a full disk. */
function fullDisk(db: DojoDatabase): DojoDatabase {
  return {
    close: () => db.close(),
    async connect() {
      const connection = await db.connect();
      return new Proxy(connection, {
        get(target, property) {
          if (property === 'transaction') {
            return (stores: string | string[], mode?: IDBTransactionMode) => {
              if (mode === 'readwrite') throw new DOMException('The disk is full.', 'QuotaExceededError');
              return target.transaction(stores, mode);
            };
          }
          const value: unknown = Reflect.get(target, property, target);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    },
  };
}

describe('attempt repository on IndexedDB', () => {
  it('on a full disk, still loads valid attempts, reports damaged ones in place, and saves fail as quota', async () => {
    const factory = new IDBFactory();
    const seedDb = createDatabase({ factory });
    await transact(await seedDb.connect(), STORE.attempts, 'readwrite', (tx) => {
      tx.objectStore(STORE.attempts).put({ ...fixture('att-good'), revision: 1 });
      tx.objectStore(STORE.attempts).put({ ...fixture('att-bad'), clock: null });
      return () => undefined;
    });

    const full = createAttemptRepository(fullDisk(createDatabase({ factory })), { now: at });
    const loaded = await full.loadAll();
    expect(loaded.attempts.map((a) => a.id)).toEqual(['att-good']);
    expect(loaded.damaged.map((d) => d.id)).toEqual(['att-bad']);
    expect(await full.listQuarantine()).toEqual([]);

    const saved = await full.save(fixture('att-good'));
    expect(!saved.ok && saved.error.kind).toBe('quota');

    // Once there is room again, the next load moves it aside.
    const roomy = createAttemptRepository(createDatabase({ factory }), { now: at });
    expect((await roomy.loadAll()).damaged.map((d) => d.id)).toEqual(['att-bad']);
    expect((await roomy.listQuarantine()).map((d) => d.id)).toEqual(['att-bad']);
  });

  it('turns a missing IndexedDB into an "unavailable" error instead of throwing', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const repo = createAttemptRepository(createDatabase());
    await expect(repo.loadAll()).rejects.toMatchObject({ name: 'StorageError', kind: 'unavailable' });
    const saved = await repo.save(fixture());
    expect(!saved.ok && saved.error.kind).toBe('unavailable');
    vi.unstubAllGlobals();
  });
});
