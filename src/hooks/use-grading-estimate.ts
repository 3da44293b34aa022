import { useDeferredValue, useMemo } from 'react';
import type { Attempt } from '@/domain/attempt';
import type { Prompt, RubricSet } from '@/domain/content-schema';
import { estimateGrading } from '@/domain/llm/grading-estimate';
import { describeEstimate } from '@/domain/llm/token-estimate';
import { SECTION_IDS, type SectionId } from '@/domain/sections';
import { useSettingsStore } from '@/stores/settings-store';

/**
 * "about 38k tokens, about $0.006 at the prices in Settings" for grading these sections with the LLM
 * grader, or null with the offline grader. Computed from a deferred copy of the attempt, so typing
 * never waits for it.
 */
export function useGradingEstimate(
  attempt: Pick<Attempt, 'answers' | 'diagram'> | undefined,
  prompt: Prompt | undefined,
  rubrics: RubricSet,
  sections: readonly SectionId[],
): string | null {
  const grader = useSettingsStore((s) => s.grader);
  const llm = useSettingsStore((s) => s.llm);
  const answers = useDeferredValue(attempt?.answers);
  const diagram = useDeferredValue(attempt?.diagram.source ?? '');
  return useMemo(() => {
    if (grader !== 'llm' || !answers || !prompt) return null;
    const input = {
      prompt,
      rubrics,
      answers: Object.fromEntries(SECTION_IDS.map((id) => [id, answers[id].text])),
      diagram,
      sections,
      now: 0,
    };
    return describeEstimate(estimateGrading(input, llm));
  }, [grader, llm, answers, diagram, prompt, rubrics, sections]);
}
