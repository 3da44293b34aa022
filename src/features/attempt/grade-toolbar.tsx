import type { SectionId } from '@/domain/sections';
import type { useGrading } from './use-grading';

export function GradeToolbar({
  grading,
  current,
  sections,
  estimate,
  onGrade,
}: {
  grading: ReturnType<typeof useGrading>;
  current: SectionId;
  /** The sections "Grade all" grades: all eleven, or a drill's. */
  sections: readonly SectionId[];
  /** What "Grade all" will send and cost with the LLM grader ("about 38k tokens, about $0.006 ..."). */
  estimate?: string | null;
  /** Called before a grading run starts, with the sections it grades. */
  onGrade: (sections: readonly SectionId[]) => void;
}) {
  if (grading.pending) {
    return (
      <button type="button" onClick={grading.cancel}>
        Cancel grading
      </button>
    );
  }
  const run = (list: readonly SectionId[], fresh = false) => {
    onGrade(list);
    grading.run(list, fresh);
  };
  return (
    <>
      <button type="button" onClick={() => run([current])}>
        Grade section
      </button>
      <button
        type="button"
        className="primary"
        onClick={() => run(sections)}
        aria-describedby={estimate ? 'grade-all-estimate' : undefined}
      >
        Grade all
      </button>
      {estimate && (
        <span id="grade-all-estimate" className="muted">
          {estimate}
        </span>
      )}
      {grading.grader === 'llm' && (
        <button
          type="button"
          onClick={() => run(sections, true)}
          title="Ignore cached grades and ask the model again"
        >
          Fresh re-grade
        </button>
      )}
    </>
  );
}
