// Runs before every test file. After each test in a DOM environment (the screen and component tests,
// the ones that use stores) it unmounts what was rendered and puts every store back as it started, so
// no test sees another's state. Store tests in the node environment set up their own state.
import { afterEach } from 'vitest';

interface StoreHook {
  getInitialState(): unknown;
  setState(state: unknown, replace: true): void;
}

const isStore = (value: unknown): value is StoreHook =>
  typeof value === 'function' && 'getInitialState' in value && 'setState' in value;

// Every store module, found by name so that a new store is reset without touching this file.
const STORE_MODULES = import.meta.glob<Record<string, unknown>>([
  '/src/stores/*.ts',
  '!/src/stores/*.test.ts',
]);

// The attempts store keeps its storage connection in module scope; connecting it to this one
// replaces whatever a test connected, so a later test's edits go nowhere.
const NO_PERSISTENCE = {
  loadAtStart: async () => ({ attempts: [], damaged: [] }),
  schedule: () => undefined,
  flush: async () => undefined,
  remove: async () => undefined,
};

/** Puts every zustand store back to its initial state and disconnects the attempts store from storage. */
export async function resetStores(): Promise<void> {
  for (const load of Object.values(STORE_MODULES)) {
    const module = await load();
    const connect = module.attemptsStoreStarted;
    if (typeof connect === 'function') await connect(NO_PERSISTENCE);
    for (const value of Object.values(module)) {
      if (isStore(value)) value.setState(value.getInitialState(), true);
    }
  }
}

afterEach(async () => {
  if (typeof document === 'undefined') return;
  const { cleanup } = await import('@testing-library/react');
  cleanup();
  await resetStores();
});
