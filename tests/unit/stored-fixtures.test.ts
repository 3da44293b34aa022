// @vitest-environment node
// Every frozen stored record in tests/fixtures/stored/ must load through the app's real read path with
// its content intact. A failure here means a change would lose or quarantine data users already have:
// add a version bump and a migration instead of editing the fixture (see the README in that folder).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GradeSchema } from '@/domain/grade-schema';
import { createAttemptRepository } from '@/lib/storage/attempt-repository';
import { createDatabase, STORE, transact, type DojoDatabase } from '@/lib/storage/idb';
import { kvGet } from '@/lib/storage/kv';
import { takeJournal } from '@/lib/storage/pagehide-journal';
import { attemptV1ToV2 } from '@/lib/storage/migrations';
import { listQuarantine } from '@/lib/storage/quarantine';

const DIR = join(import.meta.dirname, '../fixtures/stored');
const FILES = readdirSync(DIR)
  .filter((name) => name.endsWith('.json'))
  .sort();

interface StoredRecord {
  store: 'kv' | 'quarantine' | 'localStorage';
  key: string;
  value: unknown;
}

const read = (name: string): unknown => JSON.parse(readFileSync(join(DIR, name), 'utf8'));
const record = (name: string) => read(name) as StoredRecord;
const textValue = (name: string): string => {
  const { value } = record(name);
  if (typeof value !== 'string') throw new Error(`${name}: expected the stored JSON text`);
  return value;
};

/** Writes a value straight into a store, as an earlier build left it (kv keys are out-of-line). */
async function seed(db: DojoDatabase, store: 'attempts' | 'kv' | 'quarantine', value: unknown, key?: string) {
  await transact(await db.connect(), store, 'readwrite', (tx) => {
    tx.objectStore(store).put(value, key);
    return () => undefined;
  });
}

const AT = Date.UTC(2026, 11, 1, 12, 0, 0);

describe('frozen stored fixtures', () => {
  it('cover every stored shape, each file handled by a case below', () => {
    const kinds = FILES.map((name) => name.split('-v')[0]);
    expect(new Set(kinds)).toEqual(
      new Set(['attempt', 'settings', 'kv-llm-grade-cache', 'quarantine', 'journal']),
    );
  });

  describe.each(FILES.filter((name) => name.startsWith('attempt-')))('%s', (name) => {
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

  describe('settings', () => {
    beforeEach(() => {
      // A fresh module graph and browser database per file: the store hydrates from exactly one record.
      vi.resetModules();
      vi.stubGlobal('indexedDB', new IDBFactory());
    });
    afterEach(() => {
      vi.unstubAllGlobals();
    });

    it.each(FILES.filter((name) => name.startsWith('settings-')))(
      '%s rehydrates the settings store with every saved value',
      async (name) => {
        const { key } = record(name);
        const stored = JSON.parse(textValue(name)) as {
          state: { grader: string; llm: Record<string, unknown>; rememberKey: boolean; apiKey?: string };
        };
        const { defaultDatabase } = await import('@/lib/storage/idb');
        await seed(defaultDatabase(), STORE.kv, textValue(name), key);
        const { useSettingsStore } = await import('@/stores/settings-store');
        await useSettingsStore.persist.rehydrate();
        const state = useSettingsStore.getState();
        expect(state.grader).toBe(stored.state.grader);
        expect(state.llm).toMatchObject(stored.state.llm);
        expect(state.rememberKey).toBe(stored.state.rememberKey);
        expect(state.apiKey).toBe(stored.state.apiKey ?? '');
      },
    );
  });

  it('kv-llm-grade-cache: a cached LLM grade reads back as a grade', async () => {
    const { key, value } = record('kv-llm-grade-cache-v1.json');
    const db = createDatabase({ factory: new IDBFactory() });
    await seed(db, STORE.kv, value, key);
    const grade = await kvGet(key, GradeSchema, { db, now: () => AT });
    expect(grade).toEqual(value);
    expect(grade?.score).toBe(2);
    db.close();
  });

  it.each(FILES.filter((name) => name.startsWith('quarantine-')))(
    '%s: a kept-aside entry is listed with its reason, time and raw value',
    async (name) => {
      const { value } = record(name);
      const db = createDatabase({ factory: new IDBFactory() });
      await seed(db, STORE.quarantine, value);
      const listed = await listQuarantine(db);
      expect(listed).toEqual([value]);
      expect(listed[0]?.reason).toMatch(/could not be read|could not be used|Not a valid saved attempt/);
      db.close();
    },
  );

  it('quarantine-v1-attempt-part: a set-aside grade goes back into its attempt once it reads', async () => {
    const db = createDatabase({ factory: new IDBFactory() });
    const { value } = record('quarantine-v1-attempt-part.json');
    await seed(db, STORE.attempts, read('attempt-v1-practice-graded.json'));
    // Today's grade schema still requires `usage`: the entry stays where it is, listed.
    const repo = createAttemptRepository(db, { now: () => AT });
    await seed(db, STORE.quarantine, value);
    const key = (value as { key: string }).key;
    expect(await repo.restoreQuarantined(key)).toMatchObject({ ok: false });
    // Once the part reads (here: repaired by hand), it goes back where it was.
    const raw = (value as { raw: Record<string, unknown> }).raw;
    await seed(db, STORE.quarantine, { ...(value as object), raw: { ...raw, usage: null } });
    const restored = await repo.restoreQuarantined(key);
    expect(restored.ok && restored.attempt.grades.model?.score).toBe(3);
    db.close();
  });

  it('journal: the pagehide journal in localStorage is folded back', () => {
    const { key } = record('journal-v1-unsaved.json');
    const text = textValue('journal-v1-unsaved.json');
    const items = new Map([[key, text]]);
    const storage = {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
      removeItem: (k: string) => void items.delete(k),
    } as unknown as Storage;
    const { attempts, recovered } = takeJournal([], storage);
    // The journal holds schema-1 attempts: they are lifted to the current schema like stored records.
    const journalled = JSON.parse(text) as { schemaVersion: number }[];
    expect(recovered).toEqual(journalled.map((a) => attemptV1ToV2(a)));
    expect(recovered.map((a) => a.schemaVersion)).toEqual(journalled.map(() => 2));
    expect(attempts[0]?.answers.retrieval.text).toMatch(/the last sentence typed before the tab closed$/);
    expect(items.has(key)).toBe(false);
  });
});
