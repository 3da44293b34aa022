import { PROVIDER_PRESETS, type ProviderId } from './provider-presets';

/**
 * Context windows in tokens, where the numbers come from. Local servers: what they load a model with
 * unless told otherwise (Ollama uses 4,096 below 24 GiB of VRAM and its OpenAI endpoint ignores
 * num_ctx; LM Studio and llama-server load with 4,096 by default). Hosted: the model's documented window.
 */
export const PRESET_CONTEXT_WINDOW: Record<ProviderId, number> = {
  openai: 128_000,
  ollama: 4_096,
  lmstudio: 4_096,
  vllm: 32_768,
  llamacpp: 4_096,
  openrouter: 128_000,
  'dev-proxy': 128_000,
  custom: 8_192,
};

/** Documented windows of hosted models (prefix match, longest wins), used when the user set none. */
const MODEL_WINDOWS: readonly [prefix: string, tokens: number][] = [
  ['gpt-4o', 128_000],
  ['gpt-4.1', 1_047_576],
  ['gpt-5', 400_000],
  ['o3', 200_000],
  ['o4-mini', 200_000],
];

export const MIN_CONTEXT_WINDOW = 2_048;
export const MAX_CONTEXT_WINDOW = 10_000_000;

/** The window a request must fit: the user's setting, else the model's documented one, else the preset's. */
export function effectiveContextWindow(cfg: {
  provider: ProviderId;
  model: string;
  contextWindow?: number | null | undefined;
}): number {
  if (cfg.contextWindow) return cfg.contextWindow;
  if (!PROVIDER_PRESETS[cfg.provider].local) {
    const name = cfg.model.slice(cfg.model.lastIndexOf('/') + 1);
    const hit = MODEL_WINDOWS.filter(([p]) => name.startsWith(p)).sort(
      (a, b) => b[0].length - a[0].length,
    )[0];
    if (hit) return hit[1];
  }
  return PRESET_CONTEXT_WINDOW[cfg.provider];
}

/** The least room a grade reply needs: evidence, reasoning and a verdict per criterion. */
const MIN_REPLY_TOKENS = 768;

/**
 * Tokens kept free for the reply (sent as max_tokens): the configured output limit, but at most a
 * quarter of a small window so the prompt still fits, and never under MIN_REPLY_TOKENS.
 */
export function replyReserve(contextWindow: number, maxOutputTokens: number): number {
  return Math.max(MIN_REPLY_TOKENS, Math.min(maxOutputTokens, Math.floor(contextWindow / 4)));
}

/** How to start or load a local server with a window of `bigger` tokens; null for hosted endpoints. */
export function raiseContextHint(provider: ProviderId, bigger: number): string | null {
  switch (provider) {
    case 'ollama':
      return `start Ollama with OLLAMA_CONTEXT_LENGTH=${bigger} (e.g. \`OLLAMA_CONTEXT_LENGTH=${bigger} ollama serve\`)`;
    case 'lmstudio':
      return `load the model with a larger context length (\`lms load <model> --context-length ${bigger}\`)`;
    case 'llamacpp':
      return `start llama-server with \`-c ${bigger}\``;
    case 'vllm':
      return `start vLLM with \`--max-model-len ${bigger}\``;
    default:
      return null;
  }
}

/** How to give a server a larger window, for errors that say the prompt did not fit. */
export function contextFix(provider: ProviderId, contextWindow: number): string {
  const raise =
    raiseContextHint(provider, Math.max(16_384, contextWindow * 2)) ??
    'use a model with a larger context window';
  return `${raise} or lower the context window in Settings`;
}

/**
 * The fix when a server kept fewer tokens than the window in Settings: start it with that window, or
 * set the window in Settings to what the server keeps.
 */
export function promptCutFix(provider: ProviderId, settingsWindow: number, kept: number): string {
  const raise = raiseContextHint(provider, settingsWindow) ?? 'use a model with a larger context window';
  return `${raise} or lower the context window in Settings to ${kept.toLocaleString('en-US')}`;
}
