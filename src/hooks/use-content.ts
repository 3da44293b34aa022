import { builtInContent } from '@/content/load-content';
import type { Prompt, RubricSet } from '@/domain/content-schema';

/** The full built-in content: prompts with reference notes and follow-ups, and the rubrics. */
export function useContent(): { prompts: Prompt[]; rubrics: RubricSet } {
  return builtInContent();
}

export function usePrompt(promptId: string): Prompt | undefined {
  return useContent().prompts.find((p) => p.id === promptId);
}
