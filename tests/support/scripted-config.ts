import type { LlmConfigInput } from '@/domain/llm/llm-config';

/**
 * An LLM config pointing at a scripted server (the "custom" provider), for integration tests.
 * `base` is read each call, so a test file can build it before its server has started.
 */
export function scriptedConfig(base: () => Partial<LlmConfigInput> & { baseUrl: string }) {
  return (over: Partial<LlmConfigInput> = {}): LlmConfigInput => ({
    provider: 'custom',
    model: 'scripted-grader',
    apiKey: '',
    ...base(),
    ...over,
  });
}
