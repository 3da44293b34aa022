// Shared by the frozen stored-fixture tests: where the fixtures live and how to seed them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transact, type DojoDatabase } from '@/lib/storage/idb';

const DIR = join(import.meta.dirname, '../../fixtures/stored');
export const FILES = readdirSync(DIR)
  .filter((name) => name.endsWith('.json'))
  .sort();

interface StoredRecord {
  store: 'kv' | 'quarantine' | 'localStorage';
  key: string;
  value: unknown;
}

export const read = (name: string): unknown => JSON.parse(readFileSync(join(DIR, name), 'utf8'));
export const record = (name: string) => read(name) as StoredRecord;
export const textValue = (name: string): string => {
  const { value } = record(name);
  if (typeof value !== 'string') throw new Error(`${name}: expected the stored JSON text`);
  return value;
};

/** Writes a value straight into a store, as an earlier build left it (kv keys are out-of-line). */
export async function seed(
  db: DojoDatabase,
  store: 'attempts' | 'summaries' | 'kv' | 'quarantine',
  value: unknown,
  key?: string,
) {
  await transact(await db.connect(), store, 'readwrite', (tx) => {
    tx.objectStore(store).put(value, key);
    return () => undefined;
  });
}

/** The fixed clock of every fixture test. */
export const AT = Date.UTC(2026, 11, 1, 12, 0, 0);
