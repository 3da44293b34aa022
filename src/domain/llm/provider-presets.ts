/** How the grader asks for JSON, from most to least constrained; servers that reject one get the next. */
export const FORMAT_MODES = ['json_schema', 'json_object', 'prompt'] as const;
export type FormatMode = (typeof FORMAT_MODES)[number];

export const PROVIDER_IDS = [
  'openai',
  'ollama',
  'lmstudio',
  'vllm',
  'llamacpp',
  'openrouter',
  'dev-proxy',
  'custom',
] as const;
export type ProviderId = (typeof PROVIDER_IDS)[number];

interface ProviderCapabilities {
  /** Sends `prompt_cache_key` so requests sharing a prefix are routed to the same cache. */
  promptCacheKey: boolean;
  /** OpenAI's newer models refuse `max_tokens`; most local servers only know `max_tokens`. */
  maxTokensParam: 'max_tokens' | 'max_completion_tokens';
  /** The first response format to try. */
  initialFormat: FormatMode;
  /** False where `json_object` is known not to work (LM Studio), so the fallback skips it. */
  jsonObject: boolean;
  /** False where the server ignores the model name (llama.cpp serves whatever it loaded). */
  modelNameChecked: boolean;
}

interface ProviderPreset {
  id: ProviderId;
  label: string;
  /** Default base URL; empty for custom. A path (dev proxy) is resolved against the page's origin. */
  baseUrl: string;
  apiKey: 'required' | 'optional';
  /** Runs on the user's machine: no per-token price, usually slower on CPU. */
  local: boolean;
  exampleModels: readonly string[];
  capabilities: ProviderCapabilities;
  /** How to start the server, for "nothing is listening" errors. */
  startHint: string;
  /** The exact setting that lets a browser page call this server (CORS). */
  corsFix: string;
}

const LOCAL_CAPS: ProviderCapabilities = {
  promptCacheKey: false,
  maxTokensParam: 'max_tokens',
  initialFormat: 'json_schema',
  jsonObject: true,
  modelNameChecked: true,
};

export const PROVIDER_PRESETS: Record<ProviderId, ProviderPreset> = {
  openai: {
    id: 'openai',
    label: 'OpenAI',
    baseUrl: 'https://api.openai.com/v1',
    apiKey: 'required',
    local: false,
    exampleModels: ['gpt-4.1-mini-2025-04-14', 'gpt-4o-2024-08-06', 'gpt-4o-mini-2024-07-18'],
    capabilities: { ...LOCAL_CAPS, promptCacheKey: true, maxTokensParam: 'max_completion_tokens' },
    startHint: 'Check your network connection and https://status.openai.com.',
    corsFix:
      'OpenAI allows browser calls; a refusal usually means a proxy, firewall or browser extension blocked it.',
  },
  ollama: {
    id: 'ollama',
    label: 'Ollama',
    baseUrl: 'http://localhost:11434/v1',
    apiKey: 'optional',
    local: true,
    exampleModels: ['qwen3:8b', 'llama3.1:8b', 'gemma3:12b'],
    capabilities: LOCAL_CAPS,
    startHint: 'Start it with `ollama serve`, or open the Ollama app.',
    corsFix:
      'Ollama only accepts pages from localhost by default. Allow this page with the OLLAMA_ORIGINS environment variable: run `OLLAMA_ORIGINS={origin} ollama serve`, or on macOS run `launchctl setenv OLLAMA_ORIGINS "{origin}"` and restart Ollama.',
  },
  lmstudio: {
    id: 'lmstudio',
    label: 'LM Studio',
    baseUrl: 'http://localhost:1234/v1',
    apiKey: 'optional',
    local: true,
    exampleModels: ['qwen3-8b', 'google/gemma-3-12b'],
    capabilities: { ...LOCAL_CAPS, jsonObject: false },
    startHint: 'Start the server with `lms server start` or the Developer tab in LM Studio.',
    corsFix:
      'LM Studio has CORS off by default: start it with `lms server start --cors`, or turn on "Enable CORS" in the Developer (Local Server) tab.',
  },
  vllm: {
    id: 'vllm',
    label: 'vLLM',
    baseUrl: 'http://localhost:8000/v1',
    apiKey: 'optional',
    local: true,
    exampleModels: ['Qwen/Qwen3-8B', 'meta-llama/Llama-3.1-8B-Instruct'],
    capabilities: LOCAL_CAPS,
    startHint: 'Start it with `vllm serve <model>`.',
    corsFix:
      'vLLM allows every origin unless it was started with a narrower list: add this page with `--allowed-origins \'["{origin}"]\'` (and keep `--allowed-headers` at its default).',
  },
  llamacpp: {
    id: 'llamacpp',
    label: 'llama.cpp server',
    baseUrl: 'http://localhost:8080/v1',
    apiKey: 'optional',
    local: true,
    exampleModels: ['local-model'],
    capabilities: { ...LOCAL_CAPS, modelNameChecked: false },
    startHint: 'Start it with `llama-server -m <model.gguf> --port 8080`.',
    corsFix:
      'llama-server answers preflights with `Access-Control-Allow-Headers: *`, which browsers do not apply to the Authorization header. Leave the API key empty (start llama-server without --api-key), or put a proxy in front of it (e.g. `npm run dev` with OPENAI_BASE_URL set, using the Dev proxy preset).',
  },
  openrouter: {
    id: 'openrouter',
    label: 'OpenRouter',
    baseUrl: 'https://openrouter.ai/api/v1',
    apiKey: 'required',
    local: false,
    exampleModels: ['openai/gpt-4.1-mini', 'openai/gpt-4o-mini'],
    capabilities: { ...LOCAL_CAPS, promptCacheKey: true },
    startHint: 'Check your network connection and https://status.openrouter.ai.',
    corsFix:
      'OpenRouter allows browser calls; a refusal usually means a proxy, firewall or browser extension blocked it.',
  },
  'dev-proxy': {
    id: 'dev-proxy',
    label: 'Dev proxy (npm run dev)',
    baseUrl: '/llm-proxy/v1',
    apiKey: 'optional',
    local: false,
    exampleModels: ['gpt-4.1-mini-2025-04-14', 'gpt-4o-mini-2024-07-18'],
    capabilities: { ...LOCAL_CAPS, promptCacheKey: true, maxTokensParam: 'max_completion_tokens' },
    startHint:
      'Start `npm run dev` with OPENAI_API_KEY set in its environment, and OPENAI_BASE_URL too for a server other than OpenAI.',
    corsFix: 'The dev proxy is same-origin; a refusal means the dev server is not the one serving this page.',
  },
  custom: {
    id: 'custom',
    label: 'Custom (OpenAI-compatible)',
    baseUrl: '',
    apiKey: 'optional',
    local: false,
    exampleModels: [],
    capabilities: LOCAL_CAPS,
    startHint: 'Check that the server is running and that the base URL ends in /v1.',
    corsFix:
      'The server must allow this page ({origin}) in Access-Control-Allow-Origin and list Authorization, Content-Type and the x-stainless-* headers in Access-Control-Allow-Headers; otherwise call it through a proxy.',
  },
};

/** The preset whose default base URL matches, for CLIs given only a URL; custom otherwise. */
export function inferProvider(baseUrl: string): ProviderId {
  const url = baseUrl.replace(/\/+$/, '');
  const hit = Object.values(PROVIDER_PRESETS).find((p) => p.baseUrl && p.baseUrl === url);
  return hit?.id ?? 'custom';
}

/** The CORS fix for a provider with this page's origin filled in. */
export function corsFixFor(provider: ProviderId, origin: string | undefined): string {
  return PROVIDER_PRESETS[provider].corsFix.replaceAll('{origin}', origin ?? 'http://localhost:5173');
}
