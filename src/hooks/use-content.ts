import { useMemo } from 'react';
import { builtInContent } from '@/content/load-content';
import { allPrompts } from '@/content/prompt-lookup';
import type { Prompt, RubricSet } from '@/domain/content-schema';
import { useImportedPrompts } from '@/stores/packs-store';

/**
 * The full content: built-in prompts (with reference notes and follow-ups) followed by those imported in
 * packs or written in the app (ids `pack:<packId>/<promptId>`, so they never shadow a built-in), and the rubrics.
 */
export function useContent(): { prompts: Prompt[]; rubrics: RubricSet } {
  const imported = useImportedPrompts();
  return useMemo(() => {
    const builtIn = builtInContent();
    return imported.length
      ? { prompts: allPrompts(builtIn.prompts, imported), rubrics: builtIn.rubrics }
      : builtIn;
  }, [imported]);
}

export function usePrompt(promptId: string): Prompt | undefined {
  return useContent().prompts.find((p) => p.id === promptId);
}
