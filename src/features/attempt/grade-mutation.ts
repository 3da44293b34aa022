import { mutationOptions } from '@tanstack/react-query';
import type { Attempt } from '@/domain/attempt';
import type { Prompt, RubricSet } from '@/domain/content-schema';
import type { GradeAllInput, GradeOutcome } from '@/domain/grading';
import type { Grade } from '@/domain/grade-schema';
import type { LlmConfig } from '@/domain/llm/llm-config';
import { builtInContent } from '@/content/load-content';
import { withRubricSource } from '@/domain/pack/rubric-overrides';
import { SECTION_IDS, type SectionId } from '@/domain/sections';
import type { GradeEvent } from '@/lib/llm/grade-with-llm';
import { createIdbGradeCache } from '@/lib/storage/grade-cache';
import { gradeRecorded } from '@/stores/attempts-store';
import { checkInjectionsOffline, gradeOffline } from './grade-offline';

interface GradeVariables {
  attempt: Attempt;
  prompt: Prompt;
  rubrics: RubricSet;
  sections: readonly SectionId[];
  /** null: the offline rubric check. */
  llm: LlmConfig | null;
  fresh?: boolean;
  signal?: AbortSignal;
  onEvent?: (event: GradeEvent) => void;
}

/**
 * Builds the grader input from an attempt: every section's text is passed so off-section content can be
 * seen, and the other built-in prompts so an answer written for another system is seen as off-prompt.
 */
export function gradeInput(
  vars: Pick<GradeVariables, 'attempt' | 'prompt' | 'rubrics' | 'sections'>,
  now: number,
): GradeAllInput {
  const answers = Object.fromEntries(SECTION_IDS.map((id) => [id, vars.attempt.answers[id].text]));
  return {
    prompt: vars.prompt,
    rubrics: vars.rubrics,
    otherPrompts: builtInContent().prompts.filter((p) => p.id !== vars.prompt.id),
    answers,
    diagram: vars.attempt.diagram.source,
    sections: vars.sections,
    now,
  };
}

const cache = createIdbGradeCache();

/**
 * Grading is a mutation: the user triggers it, and with an LLM it costs money. Each section's grade is
 * recorded as it arrives, so a cancelled or partly failed run keeps what it finished.
 */
export const gradeMutationOptions = () =>
  mutationOptions({
    mutationKey: ['grade'],
    mutationFn: async (vars: GradeVariables): Promise<GradeOutcome[]> => {
      const input = gradeInput(vars, Date.now());
      if (!vars.llm) {
        const outcomes = await gradeOffline(input);
        for (const o of outcomes)
          if (o.ok)
            gradeRecorded(
              vars.attempt.id,
              withRubricSource(o.grade, vars.rubrics),
              input.answers[o.section] ?? '',
            );
        return outcomes;
      }
      // The openai SDK loads only when an LLM grade is asked for, keeping it out of the first load.
      const { gradeWithLlm } = await import('@/lib/llm/grade-with-llm');
      return gradeWithLlm({
        cfg: vars.llm,
        input,
        cache,
        checkInjections: checkInjectionsOffline,
        fresh: vars.fresh ?? false,
        ...(vars.signal ? { signal: vars.signal } : {}),
        onEvent: (event) => {
          if (event.type === 'done') {
            gradeRecorded(
              vars.attempt.id,
              withRubricSource(event.grade, vars.rubrics),
              input.answers[event.section] ?? '',
            );
          }
          vars.onEvent?.(event);
        },
      });
    },
  });

/**
 * Grades one follow-up reply against the rubric of the section it probes. It records nothing: the
 * follow-up round stores the grade on its turn, never over the section's main grade.
 */
export async function gradeFollowUpReply(
  vars: Pick<GradeVariables, 'prompt' | 'rubrics' | 'llm'>,
  turn: { section: SectionId; answer: string },
): Promise<Grade> {
  const input: GradeAllInput = {
    prompt: vars.prompt,
    rubrics: vars.rubrics,
    answers: { [turn.section]: turn.answer },
    diagram: '',
    sections: [turn.section],
    now: Date.now(),
  };
  const outcomes = vars.llm
    ? await (
        await import('@/lib/llm/grade-with-llm')
      ).gradeWithLlm({
        cfg: vars.llm,
        input,
        checkInjections: checkInjectionsOffline,
      })
    : await gradeOffline(input);
  const outcome = outcomes[0];
  if (!outcome?.ok) throw new Error(outcome ? outcome.error : 'The grader returned nothing.');
  return outcome.grade;
}
