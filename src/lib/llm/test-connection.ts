// "Test connection" in Settings: lists the endpoint's models (GET /models) or explains what failed, and
// reads the context window where the server reports it (vLLM's max_model_len, llama-server's /props).
import { z } from 'zod';
import { explainFailure, scrubSecret, type FailureKind } from '@/domain/llm/failure';
import {
  describeConfigProblem,
  LlmConfigSchema,
  type LlmConfig,
  type LlmConfigInput,
} from '@/domain/llm/llm-config';
import { PROVIDER_PRESETS } from '@/domain/llm/provider-presets';
import {
  classifyError,
  createChatClient,
  detectRuntime,
  pageOrigin,
  resolveBaseUrl,
  type LlmTransport,
} from './client';

/** A context window the server itself reports, and where it said so. */
export interface ReportedWindow {
  tokens: number;
  source: string;
}

export type ConnectionResult =
  | {
      ok: true;
      models: string[];
      modelListed: boolean;
      latencyMs: number;
      message: string;
      contextWindow: ReportedWindow | null;
    }
  | { ok: false; kind: FailureKind | 'invalid-config'; models: string[]; message: string };

export async function testConnection(
  cfgInput: LlmConfig | LlmConfigInput,
  opts: { signal?: AbortSignal; transport?: LlmTransport } = {},
): Promise<ConnectionResult> {
  const parsed = LlmConfigSchema.safeParse(cfgInput);
  if (!parsed.success) {
    const key = typeof cfgInput.apiKey === 'string' ? cfgInput.apiKey : '';
    return {
      ok: false,
      kind: 'invalid-config',
      models: [],
      message: scrubSecret(describeConfigProblem(parsed.error), key),
    };
  }
  const cfg = parsed.data;
  const runtime = detectRuntime(opts.transport);
  const origin = pageOrigin(opts.transport);
  const preset = PROVIDER_PRESETS[cfg.provider];
  const started = Date.now();
  let models: string[];
  let contextWindow: ReportedWindow | null = null;
  try {
    const client = createChatClient(cfg, opts.transport);
    const page = await client.models.list({
      ...(opts.signal ? { signal: opts.signal } : {}),
      timeout: cfg.timeoutMs,
    });
    // vLLM lists each model's max_model_len.
    const entry =
      page.data.find((m) => m.id === cfg.model) ?? (page.data.length === 1 ? page.data[0] : undefined);
    const maxLen = Number((entry as { max_model_len?: unknown } | undefined)?.max_model_len);
    if (Number.isInteger(maxLen) && maxLen > 0)
      contextWindow = {
        tokens: maxLen,
        source: `max_model_len of ${scrubSecret(String(entry?.id), cfg.apiKey)}`,
      };
    // Model ids come from the endpoint: a hostile one could put the key in them.
    models = page.data.map((m) => scrubSecret(String(m.id), cfg.apiKey)).sort((a, b) => a.localeCompare(b));
  } catch (err) {
    const failure = classifyError(err, {
      timedOut: false,
      userAborted: opts.signal?.aborted ?? false,
      streaming: false,
    });
    // GET /models has no model in it: a 404 there means the base URL is wrong.
    const kind = failure.kind === 'model-not-found' ? 'not-found' : failure.kind;
    const message = explainFailure(
      { ...failure, kind },
      {
        provider: cfg.provider,
        baseUrl: resolveBaseUrl(cfg.baseUrl, opts.transport),
        model: cfg.model,
        runtime,
        ...(origin ? { origin } : {}),
        timeoutMs: cfg.timeoutMs,
        maxOutputTokens: cfg.maxOutputTokens,
        apiKey: cfg.apiKey,
      },
    );
    return { ok: false, kind, models: [], message };
  }
  const latencyMs = Date.now() - started;
  if (!contextWindow && cfg.provider === 'llamacpp') contextWindow = await llamaCppWindow(cfg, opts);
  const modelListed = models.includes(cfg.model);
  if (!modelListed && preset.capabilities.modelNameChecked && models.length > 0) {
    const shown =
      models.slice(0, 20).join(', ') + (models.length > 20 ? `, and ${models.length - 20} more` : '');
    return {
      ok: false,
      kind: 'model-not-found',
      models,
      message: `Connected, but the endpoint has no model named "${cfg.model}". It serves: ${shown}.${
        cfg.provider === 'ollama' ? ` To add it, run \`ollama pull ${cfg.model}\`.` : ''
      }`,
    };
  }
  const note = modelListed
    ? `"${cfg.model}" is available.`
    : models.length === 0
      ? 'The endpoint listed no models; grading will use the model name as typed.'
      : `${preset.label} serves whichever model it loaded, whatever the name ("${models[0]}").`;
  return {
    ok: true,
    models,
    modelListed,
    latencyMs,
    message: `Connected to ${resolveBaseUrl(cfg.baseUrl, opts.transport)} in ${latencyMs} ms: ${models.length} model${
      models.length === 1 ? '' : 's'
    }. ${note}`,
    contextWindow,
  };
}

/** llama-server reports the context it was started with at GET /props (n_ctx), beside /v1. */
async function llamaCppWindow(
  cfg: LlmConfig,
  opts: { signal?: AbortSignal; transport?: LlmTransport },
): Promise<ReportedWindow | null> {
  try {
    const url = new URL('/props', resolveBaseUrl(cfg.baseUrl, opts.transport));
    const doFetch = opts.transport?.fetch ?? fetch;
    const res = await doFetch(url.toString(), {
      signal: opts.signal ?? AbortSignal.timeout(Math.min(cfg.timeoutMs, 10_000)),
    });
    if (!res.ok) return null;
    const props = PropsSchema.safeParse(await res.json());
    if (!props.success) return null;
    const nCtx = props.data.default_generation_settings?.n_ctx ?? props.data.n_ctx;
    return nCtx ? { tokens: nCtx, source: 'n_ctx at /props' } : null;
  } catch {
    return null;
  }
}

const PropsSchema = z.object({
  n_ctx: z.number().int().positive().optional(),
  default_generation_settings: z.object({ n_ctx: z.number().int().positive().optional() }).optional(),
});
