import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { Attempt } from '@/domain/attempt';
import type { Prompt, RubricSet } from '@/domain/content-schema';
import type { SectionId } from '@/domain/sections';
import type { GradeEvent } from '@/lib/llm/grade-with-llm';
import { currentLlmConfig, useSettingsStore } from '@/stores/settings-store';
import { gradeMutationOptions } from './grade-mutation';
import { summariseGrading } from './summarise-grading';

export type SectionProgress = 'queued' | 'running' | 'streaming' | 'retrying' | 'done' | 'error';

/** Runs the configured grader over sections, with per-section progress and cancellation. */
export function useGrading(attempt: Attempt | undefined, prompt: Prompt | undefined, rubrics: RubricSet) {
  const grader = useSettingsStore((s) => s.grader);
  const llmModel = useSettingsStore((s) => s.llm.model);
  const mutation = useMutation(gradeMutationOptions());
  const [progress, setProgress] = useState<Partial<Record<SectionId, SectionProgress>>>({});
  const [message, setMessage] = useState<{ text: string; tone: 'info' | 'error' } | null>(null);
  const controller = useRef<AbortController | null>(null);

  const onEvent = (e: GradeEvent) => {
    const state: SectionProgress =
      e.type === 'started'
        ? 'running'
        : e.type === 'first-token'
          ? 'streaming'
          : e.type === 'retrying'
            ? 'retrying'
            : e.type;
    setProgress((p) => ({ ...p, [e.section]: state }));
  };

  const run = (sections: readonly SectionId[], fresh = false) => {
    if (!attempt || !prompt) return;
    const abort = new AbortController();
    controller.current = abort;
    setMessage(null);
    setProgress(Object.fromEntries(sections.map((s) => [s, 'queued'])));
    mutation.mutate(
      {
        attempt,
        prompt,
        rubrics,
        sections,
        llm: grader === 'llm' ? currentLlmConfig() : null,
        fresh,
        signal: abort.signal,
        onEvent,
      },
      {
        onSuccess: (outcomes) => {
          const failed = outcomes.some((o) => !o.ok);
          setMessage({
            text: summariseGrading(outcomes, abort.signal.aborted),
            tone: failed && !abort.signal.aborted ? 'error' : 'info',
          });
        },
        onError: (err) => setMessage({ text: `Grading failed: ${err.message}`, tone: 'error' }),
        onSettled: () => setProgress({}),
      },
    );
  };

  return {
    run,
    cancel: () => controller.current?.abort(),
    pending: mutation.isPending,
    progress,
    message,
    graderLabel:
      grader === 'llm' ? `LLM grader (${llmModel})` : 'Offline rubric check — deterministic rules, not an AI',
    grader,
  };
}
