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

/**
 * A long answer for a prompt, about `words` words over all eleven sections: each section is the prompt's
 * own reference notes followed by the other built-in prompts' notes for that section, cut at a sentence.
 */
export function longAnswers(promptId: string, words = 2_400): Record<SectionId, string> {
  const content = loadContentFromDisk();
  const own = content.prompts.find((p) => p.id === promptId);
  if (!own) throw new Error(`no prompt ${promptId} in prompts/`);
  const others = content.prompts.filter((p) => p.id !== promptId);
  const perSection = Math.ceil(words / SECTION_IDS.length);
  return Object.fromEntries(
    SECTION_IDS.map((id) => {
      const notes = [own, ...others].flatMap((p) => p.reference[id]);
      const kept: string[] = [];
      let count = 0;
      for (let i = 0; count < perSection; i++) {
        const note = notes[i % notes.length] ?? '';
        const n = note.split(/\s+/).length;
        kept.push(note.replace(/^[a-z]/, (c) => c.toUpperCase()));
        count += n;
      }
      return [id, kept.join('\n\n')];
    }),
  ) as Record<SectionId, string>;
}
