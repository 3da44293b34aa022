// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { createMemoryStateStorage } from '@/lib/storage/memory-fake';
import { migrateSettings, SETTINGS_VERSION, UnreadableSettings } from './settings-persistence';
import { settingsPersistOptions, useSettingsStore } from './settings-store';

const KEY = 'persist:settings';

const V1_STATE = {
  grader: 'llm',
  llm: {
    provider: 'openai',
    baseUrl: 'https://api.openai.com/v1',
    model: 'gpt-4.1-mini-2025-04-14',
    timeoutMs: 45_000,
    maxConcurrency: 11,
    strategy: 'warm-up',
    maxOutputTokens: 2_500,
    maxRetries: 3,
    prices: [{ model: 'gpt-4.1-mini*', inputPerMTok: 0.4, cachedInputPerMTok: 0.1, outputPerMTok: 1.6 }],
  },
  rememberKey: false,
};

/** A settings store on in-memory storage holding `stored` (JSON text as zustand writes it). */
async function storeWith(stored: string | null) {
  const storage = createMemoryStateStorage();
  if (stored !== null) await storage.setItem(KEY, stored);
  const keptAside: { raw: unknown; reason: string }[] = [];
  const store = create(
    persist(
      () => useSettingsStore.getInitialState(),
      settingsPersistOptions(storage, async (raw, reason) => {
        keptAside.push({ raw, reason });
      }),
    ),
  );
  await store.persist.rehydrate();
  return { store, storage, keptAside };
}

describe('migrateSettings', () => {
  it('lifts version 1 to the current version, adding the new LLM fields and keeping every old value', () => {
    expect(SETTINGS_VERSION).toBe(2);
    expect(migrateSettings(V1_STATE, 1)).toEqual({
      ...V1_STATE,
      llm: { ...V1_STATE.llm, contextWindow: null, samples: 1 },
    });
  });

  it('reports a newer version, a missing step or a failing step instead of guessing', () => {
    const reason = (value: unknown) => (value instanceof UnreadableSettings ? value.reason : 'no problem');
    expect(reason(migrateSettings(V1_STATE, 7))).toMatch(/newer version of Design Dojo \(settings version 7/);
    expect(reason(migrateSettings(V1_STATE, 0))).toBe('there is no migration from settings version 0');
    const throwing = {
      1: () => {
        throw new Error('bad llm block');
      },
    };
    expect(reason(migrateSettings(V1_STATE, 1, throwing))).toBe(
      'the migration from settings version 1 failed: bad llm block',
    );
    expect(reason(migrateSettings(V1_STATE, 1))).toBe('no problem');
  });
});

describe('settings persistence', () => {
  it('reads version 1 settings through the migration, then saves them as the current version', async () => {
    const { store, storage, keptAside } = await storeWith(JSON.stringify({ state: V1_STATE, version: 1 }));
    const state = store.getState();
    expect(state.grader).toBe('llm');
    expect(state.llm).toMatchObject(V1_STATE.llm);
    expect(state.loadProblem).toBeNull();
    expect(keptAside).toEqual([]);
    const written = JSON.parse(storage.entries.get(KEY) ?? '{}') as { version: number };
    expect(written.version).toBe(SETTINGS_VERSION);
  });

  it('reports settings that do not parse, keeps the stored value aside, and uses the defaults', async () => {
    const broken = { ...V1_STATE, grader: 'psychic' };
    const { store, keptAside } = await storeWith(JSON.stringify({ state: broken, version: 1 }));
    expect(store.getState().loadProblem?.message).toMatch(/^grader: /);
    expect(store.getState().grader).toBe('offline');
    expect(keptAside).toEqual([
      {
        raw: broken,
        reason: expect.stringMatching(/^grader/),
      },
    ]);
  });

  it('reports settings saved by a newer version and keeps them aside untouched', async () => {
    const newer = { ...V1_STATE, theme: 'dark' };
    const { store, keptAside } = await storeWith(JSON.stringify({ state: newer, version: 9 }));
    expect(store.getState().loadProblem?.message).toMatch(/newer version/);
    expect(keptAside.map((k) => k.raw)).toEqual([newer]);
  });

  it('reports a current-version value that does not parse, too', async () => {
    const broken = { ...V1_STATE, rememberKey: 'yes' };
    const { store, keptAside } = await storeWith(
      JSON.stringify({ state: broken, version: SETTINGS_VERSION }),
    );
    expect(store.getState().loadProblem?.message).toMatch(/^rememberKey: /);
    expect(keptAside.map((k) => k.raw)).toEqual([broken]);
  });

  it('reports nothing when nothing was saved', async () => {
    const { store, keptAside } = await storeWith(null);
    expect(store.getState().loadProblem).toBeNull();
    expect(keptAside).toEqual([]);
  });

  it('never writes the key unless the user asked to remember it', async () => {
    const { store, storage } = await storeWith(null);
    store.setState({ apiKey: 'sk-test-not-remembered' });
    expect(storage.entries.get(KEY)).not.toContain('sk-test-not-remembered');
    store.setState({ rememberKey: true });
    expect(storage.entries.get(KEY)).toContain('sk-test-not-remembered');
  });
});
