// Prefix-cache accounting like OpenAI's: prompts already prefilled make shared prefixes cheap.
import { approxTokens, commonPrefixLength } from '@/domain/llm/prefix-stats';

export interface PrefixCache {
  /** Cached tokens a prompt would be billed for, given what was prefilled before it. */
  cachedTokensFor(text: string): number;
  prefill(text: string): void;
  clear(): void;
}

export function prefixCache(): PrefixCache {
  let prefilled: string[] = [];
  return {
    cachedTokensFor(text) {
      let best = 0;
      for (const p of prefilled) best = Math.max(best, commonPrefixLength(p, text));
      const tokens = approxTokens(text.slice(0, best));
      // Like OpenAI: nothing below 1,024 tokens, then in steps of 128.
      return tokens >= 1024 ? Math.floor(tokens / 128) * 128 : 0;
    },
    prefill(text) {
      prefilled.push(text);
    },
    clear() {
      prefilled = [];
    },
  };
}
