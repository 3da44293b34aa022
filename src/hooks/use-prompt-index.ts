import { useMemo } from 'react';
import { builtInPromptIndex, type PromptIndex } from '@/content/load-prompt-index';
import { useImportedPrompts } from '@/stores/packs-store';

/**
 * The prompt cards for the library and any content-file errors (first-load sized): the built-in prompts,
 * then those imported in packs or written in the app (each carries its `pack`: id, title, author).
 */
export function usePromptIndex(): PromptIndex {
  const imported = useImportedPrompts();
  return useMemo(() => {
    const index = builtInPromptIndex();
    return imported.length ? { ...index, prompts: [...index.prompts, ...imported] } : index;
  }, [imported]);
}
