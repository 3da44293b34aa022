import { z } from 'zod';
import { MAX_CONTEXT_WINDOW, MIN_CONTEXT_WINDOW } from './context-window';
import { urlHasCredentials } from './failure';
import { DEFAULT_PRICE_TABLE, PriceTableSchema } from './price-table';
import { PROVIDER_IDS, PROVIDER_PRESETS, type ProviderId } from './provider-presets';

/** all-at-once: every section starts together; warm-up: one section first, the rest on its first token. */
export const STRATEGIES = ['all-at-once', 'warm-up'] as const;
export type Strategy = (typeof STRATEGIES)[number];

const DEFAULT_CONCURRENCY = 4;

const baseUrl = z
  .string()
  .trim()
  .min(1, 'enter the base URL of the endpoint, e.g. http://localhost:11434/v1')
  .refine((s) => /^https?:\/\/[^\s/]+/i.test(s) || s.startsWith('/'), 'must start with http:// or https://')
  .refine(
    (s) => !urlHasCredentials(s),
    'must not carry a user name, password or key (they would show up wherever the address is shown): put the key in the API key field',
  );

/** Everything the LLM grader needs to reach one endpoint. The key is held by the caller, never logged. */
export const LlmConfigSchema = z.object({
  provider: z.enum(PROVIDER_IDS),
  baseUrl,
  /** Pin a dated snapshot where the provider has them, so re-grades stay comparable. */
  model: z.string().trim().min(1, 'choose a model'),
  /** May be empty for local servers. */
  apiKey: z.string().default(''),
  /** How long to wait with no byte from the server before giving up on a request. */
  timeoutMs: z.number().int().min(100).max(600_000).default(60_000),
  maxConcurrency: z.number().int().min(1).max(16).default(DEFAULT_CONCURRENCY),
  strategy: z.enum(STRATEGIES).default('all-at-once'),
  maxOutputTokens: z.number().int().min(256).max(32_000).default(2_000),
  /** Retries per section for rate limits, 5xx, dropped connections and timeouts. */
  maxRetries: z.number().int().min(0).max(5).default(2),
  prices: PriceTableSchema.default(DEFAULT_PRICE_TABLE),
  /** Tokens the server keeps (prompt + reply); null means the preset's or the model's documented window. */
  contextWindow: z
    .number()
    .int()
    .min(MIN_CONTEXT_WINDOW, `the context window must be at least ${MIN_CONTEXT_WINDOW} tokens`)
    .max(MAX_CONTEXT_WINDOW)
    .nullable()
    .default(null),
  /** Grades per section; with 3 the median is kept and the spread shown. */
  samples: z.union([z.literal(1), z.literal(3)]).default(1),
});
export type LlmConfig = z.output<typeof LlmConfigSchema>;
export type LlmConfigInput = z.input<typeof LlmConfigSchema>;

/**
 * A starting config for a provider preset (the model is the preset's first example). Local servers get
 * a longer timeout: on a CPU the first token of a long grading prompt can take minutes, and requests
 * beyond the server's own parallel slots wait in its queue.
 */
export function defaultLlmConfig(provider: ProviderId): LlmConfig {
  const preset = PROVIDER_PRESETS[provider];
  return LlmConfigSchema.parse({
    provider,
    baseUrl: preset.baseUrl || 'http://localhost:8000/v1',
    model: preset.exampleModels[0] ?? 'model',
    // Hosted APIs take all eleven sections at once (wall time ≈ one call); local servers have a few
    // parallel slots, and requests queued behind them would only time out.
    ...(preset.local ? { timeoutMs: 300_000 } : { maxConcurrency: 11 }),
  });
}

/** The names Settings shows for each field, so a message never shows an internal name such as `baseUrl`. */
const LLM_FIELD_LABELS: Record<keyof LlmConfig, string> = {
  provider: 'Provider',
  baseUrl: 'Base URL',
  model: 'Model',
  apiKey: 'API key',
  timeoutMs: 'Timeout per request',
  maxConcurrency: 'Sections in flight at once',
  strategy: 'Start strategy',
  maxOutputTokens: 'Output limit',
  maxRetries: 'Retries',
  prices: 'Price table',
  contextWindow: 'Context window',
  samples: 'Grade each section 3 times',
};

/** Why LLM settings do not parse, in the words Settings uses: `Base URL: must start with http://...`. */
export function describeConfigProblem(error: z.ZodError): string {
  const problems = error.issues.map((i) => {
    const field = i.path[0];
    const label =
      typeof field === 'string' && field in LLM_FIELD_LABELS
        ? LLM_FIELD_LABELS[field as keyof LlmConfig]
        : 'A setting';
    return `${label}: ${i.message}`;
  });
  return `The LLM settings are incomplete. ${[...new Set(problems)].join('; ')}. Fix this in Settings, under LLM endpoint.`;
}
