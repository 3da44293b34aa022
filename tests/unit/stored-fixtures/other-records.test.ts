// @vitest-environment node
// Every frozen stored record in tests/fixtures/stored/ must load through the app's real read path with
// its content intact. A failure here means a change would lose or quarantine data users already have:
// add a version bump and a migration instead of editing the fixture (see the README in that folder).
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AttemptSchema } from '@/domain/attempt-schema';
import { GradeSchema } from '@/domain/grade-schema';
import { parsePackValue } from '@/domain/pack/pack-parse';
import { ReviewDraftSchema, reviewDraftKey } from '@/domain/pack/review-draft';
import { createAttemptRepository } from '@/lib/storage/attempt-repository';
import { createDatabase, STORE } from '@/lib/storage/idb';
import { kvGet } from '@/lib/storage/kv';
import { takeJournal } from '@/lib/storage/pagehide-journal';
import { attemptV1ToV2 } from '@/lib/storage/migrations';
import { listQuarantine } from '@/lib/storage/quarantine';

import { AT, FILES, read, record, seed, textValue } from './fixtures';

describe('frozen stored fixtures: packs, settings, kv, quarantine, journal, summaries', () => {
  describe('packs (kv key "packs")', () => {
    beforeEach(() => {
      vi.resetModules();
      vi.stubGlobal('indexedDB', new IDBFactory());
    });
    afterEach(() => {
      vi.unstubAllGlobals();
    });

    it('kv-packs-v1: the packs store loads the imported pack and the authored prompt', async () => {
      const { key, value } = record('kv-packs-v1-imported-and-authored.json');
      expect(key).toBe('packs');
      const { defaultDatabase } = await import('@/lib/storage/idb');
      await seed(defaultDatabase(), STORE.kv, value, key);
      const { usePacksStore, packsStoreStarted, localPackOf } = await import('@/stores/packs-store');
      await packsStoreStarted();
      const state = usePacksStore.getState();
      expect([state.status, state.error]).toEqual(['ready', null]);
      const stored = state.packs['study-group-week-5'];
      expect(stored?.source).toBe('study-group-week-5.dojo-pack.json');
      expect(stored?.pack.prompts.map((p) => p.id)).toEqual(['ticket-triage-agent']);
      expect(stored?.pack.rubricOverrides.map((o) => [o.id, o.section, o.version])).toEqual([
        ['evals-strict', 'evals', '1.2.0'],
      ]);
      // Still a valid pack (checksum included), so it can be shared again as it was imported.
      expect(parsePackValue(stored?.pack)).toMatchObject({ ok: true });
      // The imported attempt's prompt id resolves to this pack's prompt.
      const { importedPromptsOf } = await import('@/content/prompt-lookup');
      expect(importedPromptsOf(stored!.pack).map((p) => p.id)).toEqual([
        (read('attempt-v2-imported-pack-prompt.json') as { promptId: string }).promptId,
      ]);
      expect(state.authored['meeting-notes-summariser']).toMatchObject({ author: 'Sam O.' });
      expect(localPackOf(state.authored).prompts.map((p) => p.title)).toEqual([
        'Design a meeting-notes summariser for a consulting firm',
      ]);
    });
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
          state: {
            grader: string;
            llm: Record<string, unknown> & { contextWindow?: number | null; samples?: number };
            rememberKey: boolean;
            apiKey?: string;
          };
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
        // Version 1 had no context window or samples: the migration writes the defaults in.
        const version = (JSON.parse(textValue(name)) as { version: number }).version;
        expect([state.llm.contextWindow, state.llm.samples]).toEqual(
          version === 1 ? [null, 1] : [stored.state.llm.contextWindow, stored.state.llm.samples],
        );
        expect(state.loadProblem).toBeNull();
      },
    );

    it('settings v2: the context window and samples fields come back as saved', async () => {
      const { defaultDatabase } = await import('@/lib/storage/idb');
      const offline = record('settings-v2-offline-ollama-window.json');
      await seed(defaultDatabase(), STORE.kv, offline.value, offline.key);
      const { useSettingsStore } = await import('@/stores/settings-store');
      await useSettingsStore.persist.rehydrate();
      expect(useSettingsStore.getState()).toMatchObject({
        grader: 'offline',
        rememberKey: false,
        apiKey: '',
        llm: {
          provider: 'ollama',
          model: 'qwen2.5:14b-instruct',
          contextWindow: 16_384,
          samples: 1,
          strategy: 'warm-up',
        },
      });
      const llm = record('settings-v2-llm-openai-samples.json');
      await seed(defaultDatabase(), STORE.kv, llm.value, llm.key);
      await useSettingsStore.persist.rehydrate();
      expect(useSettingsStore.getState()).toMatchObject({
        grader: 'llm',
        rememberKey: true,
        apiKey: 'fixture-remembered-key-1111',
        llm: { provider: 'openai', contextWindow: null, samples: 3, maxConcurrency: 11 },
      });
      expect(useSettingsStore.getState().llm.prices.map((p) => p.model)).toEqual([
        'gpt-4.1-mini*',
        'gpt-5-mini*',
      ]);
    });
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

  it('kv-review-draft: a half-written partner review reads back as it was typed', async () => {
    const { key, value } = record('kv-review-draft-v1-half-written.json');
    const db = createDatabase({ factory: new IDBFactory() });
    await seed(db, STORE.kv, value, key);
    const draft = await kvGet(key, ReviewDraftSchema, { db, now: () => AT });
    expect(draft).toEqual(value);
    expect(key).toBe(reviewDraftKey(draft!.id));
    expect(draft?.sections.evals?.score).toBeNull();
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

  it('journal-own-writes: a closed tab’s own write that landed late is not read as another tab’s', () => {
    const note = record('journal-own-writes-v1-landed.json');
    // The attempt as the late write stored it (revision 23), and the newer typing the journal kept on the
    // revision before it (22).
    const stored = AttemptSchema.parse(read('attempt-v2-practice-history.json'));
    const typedLater = {
      ...stored,
      revision: 22,
      updatedAt: stored.updatedAt + 5_000,
      answers: {
        ...stored.answers,
        task: { text: 'typed after the last save began', updatedAt: stored.updatedAt + 5_000 },
      },
    };
    const items = new Map([
      [note.key, textValue('journal-own-writes-v1-landed.json')],
      ['design-dojo:unsaved-journal', JSON.stringify([typedLater])],
    ]);
    const storage = {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
      removeItem: (k: string) => void items.delete(k),
    } as unknown as Storage;
    const { recovered, conflicts } = takeJournal([stored], storage);
    expect(conflicts).toEqual([]);
    expect(recovered.map((a) => [a.answers.task.text, a.revision])).toEqual([
      ['typed after the last save began', 23],
    ]);
    expect(items.size).toBe(0);
  });

  describe.each(FILES.filter((name) => name.startsWith('summary-v1-')))('%s', (name) => {
    // A stored summary of another shape is rebuilt from its attempt, never lost: but one of today's
    // shape must be used as it is, or every start would read every attempt again.
    it('is used at start-up as stored while its attempt has the same updatedAt', async () => {
      const summary = read(name) as { id: string; updatedAt: number };
      const db = createDatabase({ factory: new IDBFactory() });
      await seed(db, STORE.attempts, { id: summary.id, updatedAt: summary.updatedAt, broken: true });
      await seed(db, STORE.summaries, summary);
      const loaded = await createAttemptRepository(db, { now: () => AT }).loadSummaries();
      expect(loaded).toEqual({ summaries: [summary], damaged: [], skipped: [] });
      db.close();
    });

    it('matches the summary of its frozen attempt', async () => {
      const summary = read(name) as { id: string };
      const source = name.replace(/^summary-v1-/, 'attempt-v2-');
      const db = createDatabase({ factory: new IDBFactory() });
      await seed(db, STORE.attempts, read(source));
      const loaded = await createAttemptRepository(db, { now: () => AT }).loadSummaries();
      expect(loaded.summaries).toEqual([summary]);
      db.close();
    });
  });
});
