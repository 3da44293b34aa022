import { sectionState, type Attempt } from '@/domain/attempt';
import { sectionMeta, SECTION_IDS, type SectionId } from '@/domain/sections';
import { ScoreBadge } from '@/components/score-badge';
import type { SectionProgress } from './use-grading';

const PROGRESS_LABEL: Record<SectionProgress, string> = {
  queued: 'queued',
  running: 'grading…',
  streaming: 'receiving…',
  retrying: 'retrying…',
  done: 'done',
  error: 'failed',
};

const STATE_LABEL = {
  empty: 'empty',
  drafted: 'drafted',
  graded: 'graded',
  stale: 'edited since grading',
} as const;

export function SectionRail({
  attempt,
  sections,
  current,
  onSelect,
  progress,
  onDiagram,
  diagramOpen,
  hideScores,
}: {
  attempt: Attempt;
  sections: readonly SectionId[];
  current: SectionId | null;
  onDiagram: () => void;
  diagramOpen: boolean;
  onSelect: (id: SectionId) => void;
  progress: Partial<Record<SectionId, SectionProgress>>;
  /** While a mock's clock runs, scores stay hidden. */
  hideScores: boolean;
}) {
  return (
    <nav className="section-rail" aria-label="Sections">
      <ol>
        {sections.map((id) => {
          const state = sectionState(attempt, id);
          const grade = hideScores ? undefined : attempt.grades[id];
          const p = progress[id];
          return (
            <li key={id}>
              <button
                type="button"
                aria-current={id === current ? 'step' : undefined}
                className={`rail-item rail-${state}`}
                onClick={() => onSelect(id)}
                data-section={id}
              >
                <span className="rail-index">{SECTION_IDS.indexOf(id) + 1}</span>
                <span className="rail-title">
                  {sectionMeta(id).title}
                  {state === 'stale' && !hideScores && (
                    <span className="rail-edited">edited since grading</span>
                  )}
                </span>
                <span className="rail-state">
                  {p && p !== 'done' ? (
                    <span className={`grading-progress grading-progress-${p}`}>{PROGRESS_LABEL[p]}</span>
                  ) : grade ? (
                    <ScoreBadge score={grade.score} />
                  ) : (
                    <span className={`dot dot-${state === 'stale' ? 'drafted' : state}`} aria-hidden="true" />
                  )}
                  {state !== 'stale' && <span className="visually-hidden">, {STATE_LABEL[state]}</span>}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="rail-item rail-diagram"
        aria-current={diagramOpen ? 'step' : undefined}
        onClick={onDiagram}
      >
        <span className="rail-index" aria-hidden="true">
          ◇
        </span>
        <span className="rail-title">Architecture diagram</span>
        <span className="rail-state">
          <span
            className={`dot dot-${attempt.diagram.source.trim() ? 'drafted' : 'empty'}`}
            aria-hidden="true"
          />
        </span>
      </button>
      <p className="muted rail-help">
        <kbd>Alt</kbd>+<kbd>↑</kbd>/<kbd>↓</kbd> moves between sections
      </p>
    </nav>
  );
}
