// "Test connection" in Settings: lists the endpoint's models (GET /models) or explains what failed.
import { explainFailure, scrubSecret, type FailureKind } from '@/domain/llm/failure';
import { LlmConfigSchema, type LlmConfig, type LlmConfigInput } from '@/domain/llm/llm-config';
import { PROVIDER_PRESETS } from '@/domain/llm/provider-presets';
import {
  classifyError,
  createChatClient,
  detectRuntime,
  pageOrigin,
  resolveBaseUrl,
  type LlmTransport,
} from './client';

export type ConnectionResult =
  | { ok: true; models: string[]; modelListed: boolean; latencyMs: number; message: string }
  | { ok: false; kind: FailureKind | 'invalid-config'; models: string[]; message: string };

export async function testConnection(
  cfgInput: LlmConfig | LlmConfigInput,
  opts: { signal?: AbortSignal; transport?: LlmTransport } = {},
): Promise<ConnectionResult> {
  const parsed = LlmConfigSchema.safeParse(cfgInput);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .map((i) => `${i.path.join('.') || 'settings'}: ${i.message}`)
      .join('; ');
    const key = typeof cfgInput.apiKey === 'string' ? cfgInput.apiKey : '';
    return {
      ok: false,
      kind: 'invalid-config',
      models: [],
      message: scrubSecret(`Settings are incomplete: ${issues}.`, key),
    };
  }
  const cfg = parsed.data;
  const runtime = detectRuntime(opts.transport);
  const origin = pageOrigin(opts.transport);
  const preset = PROVIDER_PRESETS[cfg.provider];
  const started = Date.now();
  let models: string[];
  try {
    const client = createChatClient(cfg, opts.transport);
    const page = await client.models.list({
      ...(opts.signal ? { signal: opts.signal } : {}),
      timeout: cfg.timeoutMs,
    });
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
  };
}
