import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

const STORED = join(import.meta.dirname, '../fixtures/stored');

/** A frozen stored record from tests/fixtures/stored/, as parsed JSON. */
export function storedFixture(name: string): unknown {
  return JSON.parse(readFileSync(join(STORED, name), 'utf8'));
}

export interface Seed {
  attempts?: unknown[];
  quarantine?: unknown[];
  kv?: { key: string; value: unknown }[];
}

/**
 * Writes records straight into the app's IndexedDB, as an earlier build or a damaged disk left them.
 * The app must have opened the database once (so it exists at the app's version); reload afterwards.
 */
export async function seedIndexedDb(page: Page, seed: Seed): Promise<void> {
  await page.evaluate(
    (records) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('design-dojo');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['attempts', 'quarantine', 'kv'], 'readwrite');
          for (const record of records.attempts ?? []) tx.objectStore('attempts').put(record);
          for (const record of records.quarantine ?? []) tx.objectStore('quarantine').put(record);
          for (const { key, value } of records.kv ?? []) tx.objectStore('kv').put(value, key);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(new Error(String(tx.error)));
        };
      }),
    seed,
  );
}
