// How saved settings are read back: versioned migration steps, then a zod parse. A value that cannot
// be migrated or parsed is never dropped silently: the reader reports it with a reason, and the store
// keeps the raw value aside before its defaults are written over it.
import { z } from 'zod';
import { LlmConfigSchema } from '@/domain/llm/llm-config';

/**
 * The version of the persisted settings shape. Bump it with a step in SETTINGS_MIGRATIONS and a frozen
 * fixture of the old shape in tests/fixtures/stored/.
 */
export const SETTINGS_VERSION = 2;

const PersistedSettingsSchema = z.object({
  grader: z.enum(['offline', 'llm']),
  llm: LlmConfigSchema.omit({ apiKey: true }),
  rememberKey: z.boolean(),
  apiKey: z.string().optional(),
});
type PersistedSettings = z.output<typeof PersistedSettingsSchema>;

type Step = (state: unknown) => unknown;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Steps keyed by the version they upgrade from: `SETTINGS_MIGRATIONS[v]` turns version v into v + 1. */
const SETTINGS_MIGRATIONS: Readonly<Partial<Record<number, Step>>> = {
  // v1 -> v2: the LLM settings gained the context window (null: the preset's) and the number of
  // samples per section (1). Written out, so the stored shape names every field it has.
  1: (state) =>
    isRecord(state) && isRecord(state.llm)
      ? { ...state, llm: { contextWindow: null, samples: 1, ...state.llm } }
      : state,
};

/** Settings that could not be read: why, and the value as it was stored. */
export class UnreadableSettings {
  constructor(
    readonly reason: string,
    readonly raw: unknown,
  ) {}
}

/** Runs the steps from `from` up to SETTINGS_VERSION; a gap, a failure or a newer version is reported. */
export function migrateSettings(
  state: unknown,
  from: number,
  steps: Readonly<Partial<Record<number, Step>>> = SETTINGS_MIGRATIONS,
  target: number = SETTINGS_VERSION,
): unknown {
  if (state instanceof UnreadableSettings) return state;
  if (!Number.isInteger(from) || from < 0) {
    return new UnreadableSettings(`they carry no usable version (${String(from)})`, state);
  }
  if (from > target) {
    return new UnreadableSettings(
      `they were saved by a newer version of Design Dojo (settings version ${from}; this one reads up to ${target})`,
      state,
    );
  }
  let value = state;
  for (let version = from; version < target; version++) {
    const step = steps[version];
    if (!step) return new UnreadableSettings(`there is no migration from settings version ${version}`, state);
    try {
      value = step(value);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return new UnreadableSettings(
        `the migration from settings version ${version} failed: ${detail}`,
        state,
      );
    }
  }
  return value;
}

/** Parses what `migrate` produced: settings, nothing stored (null), or a reported failure. */
export function readPersistedSettings(
  persisted: unknown,
): { ok: true; settings: PersistedSettings | null } | { ok: false; problem: UnreadableSettings } {
  if (persisted instanceof UnreadableSettings) return { ok: false, problem: persisted };
  if (persisted === undefined || persisted === null) return { ok: true, settings: null };
  const parsed = PersistedSettingsSchema.safeParse(persisted);
  if (parsed.success) return { ok: true, settings: parsed.data };
  const [first] = parsed.error.issues;
  const where = first?.path.length ? `${first.path.map(String).join('.')}: ` : '';
  const more = parsed.error.issues.length > 1 ? ` and ${parsed.error.issues.length - 1} more problems` : '';
  return {
    ok: false,
    problem: new UnreadableSettings(`${where}${first?.message ?? 'invalid'}${more}`, persisted),
  };
}
