import { PROVIDER_PRESETS, type FormatMode, type ProviderId } from './provider-presets';

/** What one endpoint accepts, learnt from its 400 replies and remembered for the next requests. */
export interface EndpointProfile {
  format: FormatMode;
  temperature: boolean;
  promptCacheKey: boolean;
  streamOptions: boolean;
  maxTokensParam: 'max_tokens' | 'max_completion_tokens';
}

/** Remembers per endpoint (base URL + model) which request shape worked. */
export interface EndpointMemory {
  get(endpointKey: string): EndpointProfile | undefined;
  set(endpointKey: string, profile: EndpointProfile): void;
}

export function endpointKey(baseUrl: string, model: string): string {
  return `${baseUrl.replace(/\/+$/, '')}|${model}`;
}

export function initialProfile(provider: ProviderId): EndpointProfile {
  const caps = PROVIDER_PRESETS[provider].capabilities;
  return {
    format: caps.initialFormat,
    temperature: true,
    promptCacheKey: caps.promptCacheKey,
    streamOptions: true,
    maxTokensParam: caps.maxTokensParam,
  };
}

function nextFormat(format: FormatMode, provider: ProviderId): FormatMode | null {
  if (format === 'json_schema')
    return PROVIDER_PRESETS[provider].capabilities.jsonObject ? 'json_object' : 'prompt';
  if (format === 'json_object') return 'prompt';
  return null;
}

/**
 * The profile to retry with after a 400 whose message names something the server does not accept,
 * or null when the 400 is about something else (then it is an ordinary error).
 */
export function adaptToRejection(
  profile: EndpointProfile,
  message: string,
  provider: ProviderId,
): EndpointProfile | null {
  const m = message.toLowerCase();
  if (profile.promptCacheKey && m.includes('prompt_cache_key')) return { ...profile, promptCacheKey: false };
  if (profile.streamOptions && m.includes('stream_options')) return { ...profile, streamOptions: false };
  if (profile.temperature && m.includes('temperature')) return { ...profile, temperature: false };
  if (m.includes('max_tokens') || m.includes('max_completion_tokens')) {
    const other = profile.maxTokensParam === 'max_tokens' ? 'max_completion_tokens' : 'max_tokens';
    if (
      m.includes(other) ||
      m.includes(`'${profile.maxTokensParam}'`) ||
      m.includes(`"${profile.maxTokensParam}"`)
    ) {
      return { ...profile, maxTokensParam: other };
    }
  }
  if (/response_format|json_schema|json_object|structured output|grammar|schema|format/.test(m)) {
    const format = nextFormat(profile.format, provider);
    return format ? { ...profile, format } : null;
  }
  return null;
}
