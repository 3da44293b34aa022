// @vitest-environment node
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createJSONStorage, persist } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { createDatabase, type StorageError } from './idb';
import { createIdbStateStorage, kvDelete, kvGet, kvSet, persistKey } from './kv';
import { listQuarantine } from './quarantine';

const AT = Date.UTC(2025, 0, 16, 12, 0, 0);
const SettingsSchema = z.object({ theme: z.enum(['light', 'dark']), fontSize: z.number().int() });

describe('kv', () => {
  it('round-trips a value through its schema', async () => {
    const db = createDatabase({ factory: new IDBFactory() });
    expect(await kvGet('settings', SettingsSchema, { db })).toBeUndefined();

    await kvSet('settings', { theme: 'dark', fontSize: 16 }, { db });
    expect(await kvGet('settings', SettingsSchema, { db })).toEqual({ theme: 'dark', fontSize: 16 });

    await kvDelete('settings', { db });
    expect(await kvGet('settings', SettingsSchema, { db })).toBeUndefined();
  });

  it('reads an invalid value as undefined and keeps it in the quarantine', async () => {
    const db = createDatabase({ factory: new IDBFactory() });
    await kvSet('settings', { theme: 'sepia', fontSize: 16 }, { db });

    expect(await kvGet('settings', SettingsSchema, { db, now: () => AT })).toBeUndefined();
    expect(await listQuarantine(db)).toEqual([
      {
        key: `kv:settings:${AT}`,
        source: 'kv',
        id: 'settings',
        raw: { theme: 'sepia', fontSize: 16 },
        reason: expect.stringMatching(/^Not a valid value for "settings": theme: /),
        issues: [{ path: 'theme', message: expect.any(String) }],
        quarantinedAt: AT,
      },
    ]);
    // Moved, not copied: the next read sees nothing and reports nothing new.
    expect(await kvGet('settings', SettingsSchema, { db })).toBeUndefined();
    expect(await listQuarantine(db)).toHaveLength(1);
  });

  it('is "unavailable" without IndexedDB', async () => {
    vi.stubGlobal('indexedDB', undefined);
    await expect(kvSet('x', 1, { db: createDatabase() })).rejects.toMatchObject({ kind: 'unavailable' });
    vi.unstubAllGlobals();
  });
});

describe('createIdbStateStorage', () => {
  const makeStore = (storage: ReturnType<typeof createIdbStateStorage>) =>
    createStore<{ theme: string }>()(
      persist(() => ({ theme: 'light' }), {
        name: 'settings',
        version: 1,
        storage: createJSONStorage(() => storage),
      }),
    );

  it('lets a zustand persist store save and rehydrate under its own key', async () => {
    const db = createDatabase({ factory: new IDBFactory() });
    const storage = createIdbStateStorage({ db });

    const first = makeStore(storage);
    await first.persist.rehydrate();
    first.setState({ theme: 'dark' });
    await vi.waitFor(async () =>
      expect(await kvGet(persistKey('settings'), z.string(), { db })).toBe(
        JSON.stringify({ state: { theme: 'dark' }, version: 1 }),
      ),
    );

    const second = makeStore(createIdbStateStorage({ db }));
    await second.persist.rehydrate();
    expect(second.getState().theme).toBe('dark');

    await storage.removeItem('settings');
    expect(await storage.getItem('settings')).toBeNull();
  });

  it('never rejects: failures go to onError and reads fall back to null', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const errors: StorageError[] = [];
    const storage = createIdbStateStorage({ db: createDatabase(), onError: (e) => errors.push(e) });

    expect(await storage.getItem('settings')).toBeNull();
    await storage.setItem('settings', '{}');
    await storage.removeItem('settings');
    expect(errors.map((e) => e.kind)).toEqual(['unavailable', 'unavailable', 'unavailable']);
    vi.unstubAllGlobals();
  });
});
