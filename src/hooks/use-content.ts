import { builtInContent } from '@/content/load-content';
import type { Prompt, RubricSet } from '@/domain/content-schema';

/** The built-in prompts and rubrics (parsed once at start-up; errors are shown, not thrown). */
export function useContent(): { prompts: Prompt[]; rubrics: RubricSet; errors: string[] } {
  const { prompts, rubrics, errors } = builtInContent();
  return { prompts, rubrics, errors };
}

export function usePrompt(promptId: string): Prompt | undefined {
  return useContent().prompts.find((p) => p.id === promptId);
}
