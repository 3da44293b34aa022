import { sectionState, type Attempt } from '@/domain/attempt';
import { SECTIONS, type SectionId } from '@/domain/sections';
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
  current,
  onSelect,
  progress,
  onDiagram,
  diagramOpen,
}: {
  attempt: Attempt;
  current: SectionId | null;
  onDiagram: () => void;
  diagramOpen: boolean;
  onSelect: (id: SectionId) => void;
  progress: Partial<Record<SectionId, SectionProgress>>;
}) {
  return (
    <nav className="section-rail" aria-label="Sections">
      <ol>
        {SECTIONS.map((s, i) => {
          const state = sectionState(attempt, s.id);
          const grade = attempt.grades[s.id];
          const p = progress[s.id];
          return (
            <li key={s.id}>
              <button
                type="button"
                aria-current={s.id === current ? 'step' : undefined}
                className={`rail-item rail-${state}`}
                onClick={() => onSelect(s.id)}
                data-section={s.id}
              >
                <span className="rail-index">{i + 1}</span>
                <span className="rail-title">{s.title}</span>
                <span className="rail-state">
                  {p && p !== 'done' ? (
                    <span className={`progress progress-${p}`}>{PROGRESS_LABEL[p]}</span>
                  ) : grade ? (
                    <ScoreBadge score={grade.score} />
                  ) : (
                    <span className={`dot dot-${state}`} aria-hidden="true" />
                  )}
                  <span className="visually-hidden">, {STATE_LABEL[state]}</span>
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
