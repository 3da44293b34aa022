import { z } from 'zod';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { defaultLlmConfig, LlmConfigSchema, type LlmConfig } from '@/domain/llm/llm-config';
import type { PriceTable } from '@/domain/llm/price-table';
import type { ProviderId } from '@/domain/llm/provider-presets';
import { PROVIDER_PRESETS } from '@/domain/llm/provider-presets';
import { createIdbStateStorage, persistKey } from '@/lib/storage/kv';

export type GraderChoice = 'offline' | 'llm';

interface SettingsState {
  grader: GraderChoice;
  /** Everything but the key, which lives in `apiKey` (memory) and is saved only when rememberKey is on. */
  llm: Omit<LlmConfig, 'apiKey'>;
  apiKey: string;
  rememberKey: boolean;
}

const initialLlm = (provider: ProviderId = 'ollama') => {
  const { apiKey: _key, ...rest } = defaultLlmConfig(provider);
  return rest;
};

const PersistedSchema = z.object({
  grader: z.enum(['offline', 'llm']),
  llm: LlmConfigSchema.omit({ apiKey: true }),
  rememberKey: z.boolean(),
  apiKey: z.string().optional(),
});

export const useSettingsStore = create<SettingsState>()(
  persist((): SettingsState => ({ grader: 'offline', llm: initialLlm(), apiKey: '', rememberKey: false }), {
    name: persistKey('settings'),
    version: 1,
    storage: createJSONStorage(() => createIdbStateStorage()),
    // The key is written only when the user asked for it to be remembered on this device.
    partialize: (s) => ({
      grader: s.grader,
      llm: s.llm,
      rememberKey: s.rememberKey,
      ...(s.rememberKey ? { apiKey: s.apiKey } : {}),
    }),
    merge: (persisted, current): SettingsState => {
      const parsed = PersistedSchema.safeParse(persisted);
      if (!parsed.success) return current;
      return { ...current, ...parsed.data, apiKey: parsed.data.apiKey ?? current.apiKey };
    },
    migrate: (persisted) => persisted,
  }),
);

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
