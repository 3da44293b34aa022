import { SECTION_IDS, type SectionId } from '@/domain/sections';
import type { useGrading } from './use-grading';

export function GradeToolbar({
  grading,
  current,
}: {
  grading: ReturnType<typeof useGrading>;
  current: SectionId;
}) {
  if (grading.pending) {
    return (
      <button type="button" onClick={grading.cancel}>
        Cancel grading
      </button>
    );
  }
  return (
    <>
      <button type="button" onClick={() => grading.run([current])}>
        Grade section
      </button>
      <button type="button" className="primary" onClick={() => grading.run(SECTION_IDS)}>
        Grade all
      </button>
      {grading.grader === 'llm' && (
        <button
          type="button"
          onClick={() => grading.run(SECTION_IDS, true)}
          title="Ignore cached grades and ask the model again"
        >
          Fresh re-grade
        </button>
      )}
    </>
  );
}
