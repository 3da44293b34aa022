import { useCallback, useEffect, useState } from 'react';
import { hashText, totalScore } from '@/domain/attempt';
import { SECTION_IDS, type SectionId } from '@/domain/sections';
import { useContent } from '@/hooks/use-content';
import { hrefOf } from '@/hooks/use-route';
import { DiagramEditor } from '@/components/diagram-editor';
import { diagramEdited, sectionEdited, sectionFocused, useAttempt } from '@/stores/attempts-store';
import { currentLlmConfig } from '@/stores/settings-store';
import { FollowUpRound } from './follow-up-round';
import { gradeFollowUpReply } from './grade-mutation';
import { MockBar } from './mock-bar';
import { TimeReport } from './time-report';
import { ExportButton } from './export-button';
import { GradePanel } from './grade-panel';
import { GradeToolbar } from './grade-toolbar';
import { SectionEditor } from './section-editor';
import { SectionRail } from './section-rail';
import { useGrading } from './use-grading';
import './attempt.css';
import './mock.css';

export function AttemptScreen({ attemptId }: { attemptId: string }) {
  const attempt = useAttempt(attemptId);
  const { prompts, rubrics } = useContent();
  const prompt = prompts.find((p) => p.id === attempt?.promptId);
  const grading = useGrading(attempt, prompt, rubrics);
  const [view, setView] = useState<'section' | 'diagram'>('section');
  const ended = !!attempt?.clock.some((e) => e.kind === 'end');

  const current = attempt?.currentSection ?? 'task';
  const select = useCallback(
    (id: SectionId) => {
      if (!attempt) return;
      setView('section');
      const now = Date.now();
      // Focus events feed the per-section time; an ended attempt's clock stays as it was.
      sectionFocused(attempt.id, id, now, ended ? null : { kind: 'focus', at: now, section: id });
    },
    [attempt, ended],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || (e.key !== 'ArrowDown' && e.key !== 'ArrowUp')) return;
      e.preventDefault();
      const i = SECTION_IDS.indexOf(current);
      const next =
        SECTION_IDS[Math.min(SECTION_IDS.length - 1, Math.max(0, i + (e.key === 'ArrowDown' ? 1 : -1)))];
      if (next) select(next);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [current, select]);

  if (!attempt) {
    return (
      <section>
        <h1>Attempt not found</h1>
        <p>
          It may have been deleted. <a href={hrefOf({ name: 'attempts' })}>See your attempts</a>
        </p>
      </section>
    );
  }
  if (!prompt) {
    return (
      <section>
        <h1>{attempt.promptTitle}</h1>
        <p className="banner error">
          The prompt “{attempt.promptId}” of this attempt is not in the library any more, so it cannot be
          graded. Your answers are kept; export them below.
        </p>
        <ExportButton attempt={attempt} />
      </section>
    );
  }

  const sectionGrade = attempt.grades[current];
  const stale = !!sectionGrade && sectionGrade.answerHash !== hashText(attempt.answers[current].text);
  const total = totalScore(attempt);
  const isMock = attempt.mode.kind === 'mock';
  const locked = isMock && ended;
  const gradeAll = () => grading.run(SECTION_IDS);

  return (
    <div className="attempt-layout">
      <header className="attempt-header">
        <div>
          <p className="muted">
            <a href={hrefOf({ name: 'prompt', promptId: prompt.id })}>{prompt.title}</a> ·{' '}
            {isMock ? 'mock interview' : 'practice'}
          </p>
          <h1 className="visually-hidden">{prompt.title}: your answer</h1>
        </div>
        <div className="row">
          <span className="muted" aria-live="polite">
            {total.graded
              ? `Total ${total.score}/${total.max} (${total.graded} of 11 graded)`
              : 'Not graded yet'}
          </span>
          <GradeToolbar grading={grading} current={current} />
          <ExportButton attempt={attempt} />
        </div>
      </header>
      <MockBar attempt={attempt} onTimeUp={gradeAll} onFinish={gradeAll} />
      <p className="grader-note muted">
        Grader: {grading.graderLabel}. <a href={hrefOf({ name: 'settings' })}>Change</a>
      </p>
      {grading.message && (
        <p className={`banner ${grading.message.tone}`} role="status">
          {grading.message.text}
        </p>
      )}
      <div className="attempt-columns">
        <SectionRail
          attempt={attempt}
          current={view === 'section' ? current : null}
          onSelect={select}
          progress={grading.progress}
          onDiagram={() => setView('diagram')}
          diagramOpen={view === 'diagram'}
        />
        {view === 'diagram' ? (
          <section className="diagram-view wide" aria-labelledby="diagram-title">
            <h2 id="diagram-title">Architecture diagram</h2>
            <p className="muted">
              Mermaid source, saved with the attempt and sent to the grader as evidence for the sections it
              supports.
            </p>
            <DiagramEditor
              value={attempt.diagram.source}
              onChange={(source) => diagramEdited(attempt.id, source, Date.now())}
              readOnly={locked}
            />
          </section>
        ) : (
          <SectionEditor
            key={current}
            section={current}
            text={attempt.answers[current].text}
            rubric={rubrics[current]}
            readOnly={locked}
            onChange={(text) => sectionEdited(attempt.id, current, text, Date.now())}
          />
        )}
        {view === 'section' && (
          <GradePanel
            grade={sectionGrade}
            stale={stale}
            reference={sectionGrade ? prompt.reference[current] : []}
          />
        )}
      </div>
      {ended && (
        <div className="stack after-interview">
          <TimeReport attempt={attempt} />
          {total.graded > 0 && !grading.pending && (
            <FollowUpRound
              attempt={attempt}
              prompt={prompt}
              grader={grading.grader}
              gradeReply={(turn) =>
                gradeFollowUpReply(
                  { prompt, rubrics, llm: grading.grader === 'llm' ? currentLlmConfig() : null },
                  turn,
                )
              }
            />
          )}
        </div>
      )}
    </div>
  );
}
