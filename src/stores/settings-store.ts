import { create } from 'zustand';
import { createJSONStorage, persist, type PersistOptions, type StateStorage } from 'zustand/middleware';
import { defaultLlmConfig, type LlmConfig } from '@/domain/llm/llm-config';
import type { PriceTable } from '@/domain/llm/price-table';
import type { ProviderId } from '@/domain/llm/provider-presets';
import { PROVIDER_PRESETS } from '@/domain/llm/provider-presets';
import { createIdbStateStorage, keepKvValueAside, persistKey } from '@/lib/storage/kv';
import {
  migrateSettings,
  readPersistedSettings,
  SETTINGS_VERSION,
  UnreadableSettings,
} from './settings-persistence';

export type GraderChoice = 'offline' | 'llm';

interface SettingsState {
  grader: GraderChoice;
  /** Everything but the key, which lives in `apiKey` (memory) and is saved only when rememberKey is on. */
  llm: Omit<LlmConfig, 'apiKey'>;
  apiKey: string;
  rememberKey: boolean;
  /** Set when the saved settings could not be read (the defaults are in use; the old value is kept aside). */
  loadProblem: SettingsLoadProblem | null;
}

const initialLlm = (provider: ProviderId = 'ollama') => {
  const { apiKey: _key, ...rest } = defaultLlmConfig(provider);
  return rest;
};

export interface SettingsLoadProblem {
  message: string;
}

/** Where a settings value that could not be read is kept aside (the quarantine, as a kv record). */
export type KeepAside = (raw: unknown, reason: string) => Promise<void>;

const SETTINGS_KEY = persistKey('settings');

// The kv key the settings live under (the state storage prefixes the store's name once more).
const keepSettingsAside: KeepAside = (raw, reason) =>
  keepKvValueAside(persistKey(SETTINGS_KEY), raw, `Saved settings could not be read: ${reason}.`);

const initialState = (): SettingsState => ({
  grader: 'offline',
  llm: initialLlm(),
  apiKey: '',
  rememberKey: false,
  loadProblem: null,
});

/** The store's persistence options; tests pass their own storage and keep-aside. */
export function settingsPersistOptions(
  storage: StateStorage<Promise<void>>,
  keepAside: KeepAside = keepSettingsAside,
): PersistOptions<SettingsState, Partial<SettingsState>> {
  return {
    name: SETTINGS_KEY,
    version: SETTINGS_VERSION,
    storage: createJSONStorage(() => storage),
    // The key is written only when the user asked for it to be remembered on this device.
    partialize: (s) => ({
      grader: s.grader,
      llm: s.llm,
      rememberKey: s.rememberKey,
      ...(s.rememberKey ? { apiKey: s.apiKey } : {}),
    }),
    // Checked here too, so a value that fails is kept aside as it was stored, not half-migrated;
    // `merge` receives the failure (UnreadableSettings) and reports it.
    migrate: (persisted, version) => {
      const migrated = migrateSettings(persisted, version);
      const read = readPersistedSettings(migrated);
      const result = read.ok ? migrated : new UnreadableSettings(read.problem.reason, persisted);
      return result as Partial<SettingsState>;
    },
    merge: (persisted, current): SettingsState => {
      const read = readPersistedSettings(persisted);
      if (read.ok) {
        if (!read.settings) return current;
        const { apiKey, ...rest } = read.settings;
        return { ...current, ...rest, apiKey: apiKey ?? current.apiKey, loadProblem: null };
      }
      // Reported, and the stored value is kept aside before the defaults are written over it.
      const { reason, raw } = read.problem;
      void keepAside(raw, reason).catch((error: unknown) => {
        console.warn('Design Dojo: the unreadable settings could not be kept aside', error);
      });
      return { ...current, loadProblem: { message: reason } };
    },
  };
}

export const useSettingsStore = create<SettingsState>()(
  persist(initialState, settingsPersistOptions(createIdbStateStorage())),
);

/** The user read the settings problem and dismissed it. */
export function settingsProblemDismissed() {
  useSettingsStore.setState({ loadProblem: null });
}

export function graderChosen(grader: GraderChoice) {
  useSettingsStore.setState({ grader });
}

export function providerChosen(provider: ProviderId) {
  useSettingsStore.setState((s) => ({
    llm: { ...initialLlm(provider), prices: s.llm.prices, timeoutMs: s.llm.timeoutMs },
  }));
}

export function llmSettingsEdited(change: Partial<Omit<LlmConfig, 'apiKey' | 'prices'>>) {
  useSettingsStore.setState((s) => ({ llm: { ...s.llm, ...change } }));
}

export function pricesEdited(prices: PriceTable) {
  useSettingsStore.setState((s) => ({ llm: { ...s.llm, prices } }));
}

export function apiKeyEntered(apiKey: string) {
  useSettingsStore.setState({ apiKey });
}

export function rememberKeyToggled(rememberKey: boolean) {
  useSettingsStore.setState({ rememberKey });
}

/** The full config the LLM adapter takes, key included (never persisted unless remembered). */
export function currentLlmConfig(): LlmConfig {
  const s = useSettingsStore.getState();
  return { ...s.llm, apiKey: s.apiKey };
}

export const providerLabel = (id: ProviderId) => PROVIDER_PRESETS[id].label;
