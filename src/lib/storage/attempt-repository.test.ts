// @vitest-environment node
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { ATTEMPT_SCHEMA_VERSION, MAX_DIAGRAM_CHARS, newAttempt, type Attempt } from '@/domain/attempt';
import { describeRefused } from './attempt-records';
import {
  createAttemptRepository,
  type AttemptRepository,
  type AttemptRepositoryOptions,
} from './attempt-repository';
import { createDatabase, STORE, transact, type DojoDatabase } from './idb';
import { createMemoryAttemptRepository, createMemoryBacking } from './memory-fake';
import type { DamagedRecord } from './quarantine';
import { testGrade } from '../../../tests/fixtures/grades';
import { FAKE_V0_TO_V1 } from '../../../tests/fixtures/migrations';

const T0 = Date.UTC(2025, 0, 15, 9, 0, 0);
const QUARANTINED_AT = Date.UTC(2025, 0, 16, 12, 0, 0);
const at = () => QUARANTINED_AT;

function fixture(id = 'att-1', now = T0): Attempt {
  return newAttempt({ id, promptId: 'support-bot', promptTitle: 'Customer support assistant', now });
}

function withText(attempt: Attempt, text: string, now: number): Attempt {
  return { ...attempt, updatedAt: now, answers: { ...attempt.answers, task: { text, updatedAt: now } } };
}

/** A record as an older build (schema 0) would have written it: no schemaVersion, revision or provenance. */
function v0Record(id: string): Record<string, unknown> {
  const { schemaVersion: _v, revision: _r, provenance: _p, ...rest } = fixture(id);
  return rest;
}

interface Harness {
  /** A repository as one browser tab holds it; several share the same storage. */
  tab(options?: AttemptRepositoryOptions): AttemptRepository;
  /** Writes raw values straight into the attempts store, bypassing validation. */
  seed(records: Record<string, unknown>[]): Promise<void>;
  /** Writes an entry straight into the quarantine, as an earlier build (or a fixed bug) left it. */
  seedQuarantine(entry: DamagedRecord): Promise<void>;
}

function indexedDbHarness(): Harness {
  const factory = new IDBFactory();
  const put = async (store: 'attempts' | 'quarantine', records: unknown[]) => {
    const db = createDatabase({ factory });
    await transact(await db.connect(), store, 'readwrite', (tx) => {
      for (const record of records) tx.objectStore(store).put(record);
      return () => undefined;
    });
    db.close();
  };
  return {
    tab: (options) => createAttemptRepository(createDatabase({ factory }), { now: at, ...options }),
    seed: (records) => put(STORE.attempts, records),
    seedQuarantine: (entry) => put(STORE.quarantine, [entry]),
  };
}

function memoryHarness(): Harness {
  const backing = createMemoryBacking();
  return {
    tab: (options) => createMemoryAttemptRepository({ now: at, ...options, backing }),
    async seed(records) {
      for (const record of records) backing.attempts.set(String(record.id), structuredClone(record));
    },
    async seedQuarantine(entry) {
      backing.quarantine.set(entry.key, structuredClone(entry));
    },
  };
}

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
