// Sample answers and grading inputs built from the built-in prompts' reference notes.
import type { Prompt } from '@/domain/content-schema';
import type { GradeAllInput } from '@/domain/grading';
import { loadContentFromDisk } from '@/lib/node/content-files';
import { SECTION_IDS, type SectionId } from '@/domain/sections';

/** A realistic answer for a prompt, built from its reference notes (every section filled). */
export function sampleAnswers(prompt: Pick<Prompt, 'reference'>): Record<SectionId, string> {
  return Object.fromEntries(
    SECTION_IDS.map((id) => [
      id,
      prompt.reference[id].map((note) => note.replace(/^[a-z]/, (c) => c.toUpperCase())).join('\n\n'),
    ]),
  ) as Record<SectionId, string>;
}

/** A full grading input for a built-in prompt, with an answer built from its reference notes. */
export function sampleGradeInput(promptId?: string): GradeAllInput {
  const content = loadContentFromDisk();
  const prompt = promptId ? content.prompts.find((p) => p.id === promptId) : content.prompts[0];
  if (!prompt) throw new Error(`no prompt ${promptId ?? ''} in prompts/`);
  return {
    prompt,
    rubrics: content.rubrics,
    answers: sampleAnswers(prompt),
    diagram: 'flowchart LR\n  user[Lawyer] --> api[API] --> retriever[Retriever] --> llm[LLM]',
    sections: SECTION_IDS,
    now: 1_750_000_000_000,
  };
}
