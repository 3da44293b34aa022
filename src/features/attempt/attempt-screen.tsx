import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { rubricsForPrompt } from '@/content/prompt-lookup';
import { attemptSections, hashText, sharedBy, totalScore } from '@/domain/attempt';
import { type SectionId } from '@/domain/sections';
import { clockState } from '@/domain/timer';
import { useContent } from '@/hooks/use-content';
import { hrefOf } from '@/hooks/use-route';
import { DiagramEditor } from '@/components/diagram-editor';
import { warmMermaid } from '@/lib/mermaid/render-mermaid';
import {
  attemptOpened,
  diagramEdited,
  sectionEdited,
  selfScoreGiven,
  useAttempt,
} from '@/stores/attempts-store';
import { sectionFocused } from '@/stores/interview-actions';
import { currentLlmConfig } from '@/stores/settings-store';
import { useGradingEstimate } from '@/hooks/use-grading-estimate';
import { AnswerPreview } from './answer-preview';
import { FollowUpRound } from './follow-up-round';
import { gradeFollowUpReply } from './grade-mutation';
import { MockBar } from './mock-bar';
import { ExportButton } from './export-button';
import { GradePanel } from './grade-panel';
import { GradeToolbar } from './grade-toolbar';
import { Scorecard } from './scorecard';
import { SectionEditor } from './section-editor';
import { SectionRail } from './section-rail';
import { SidePanel, type SideTab } from './side-panel';
import { useGrading } from './use-grading';
import { useSectionKeys } from './use-section-keys';
import './attempt.css';
import './mock.css';

const MODE_LABEL = { practice: 'practice', mock: 'mock interview', drill: 'drill' } as const;

export function AttemptScreen({ attemptId }: { attemptId: string }) {
  const attempt = useAttempt(attemptId);
  const { prompts, rubrics: builtInRubrics } = useContent();
  const prompt = prompts.find((p) => p.id === attempt?.promptId);
  // A pack's prompt is graded with the pack's rubric overrides, if it has any.
  const rubrics = useMemo(() => rubricsForPrompt(prompt, builtInRubrics), [prompt, builtInRubrics]);
  const grading = useGrading(attempt, prompt, rubrics);
  const [view, setView] = useState<'section' | 'diagram'>('section');
  const [tab, setTab] = useState<SideTab>(() =>
    attempt?.grades[attempt.currentSection] ? 'grade' : 'preview',
  );
  const [panelOpen, setPanelOpen] = useState(true);
  const editorRef = useRef<HTMLTextAreaElement>(null);
  const previewLabel = useId();
  const ended = !!attempt?.clock.some((e) => e.kind === 'end');
  const sections = attempt ? attemptSections(attempt) : [];
  const estimate = useGradingEstimate(attempt, prompt, rubrics, sections);

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
  useSectionKeys(sections, current, select, editorRef);
  // A new attempt opens with the caret in its first section's editor; reopening an old one leaves focus
  // at the top of the screen as any other route change does.
  useEffect(() => {
    if (attemptOpened(attemptId)) editorRef.current?.focus();
  }, [attemptId]);
  // Diagrams render with mermaid, a large chunk: start fetching it while the candidate reads.
  useEffect(() => warmMermaid(), []);

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

  const timed = attempt.mode.kind !== 'practice';
  const running = timed && !ended;
  const paused = running && clockState(attempt.mode, attempt.clock, attempt.updatedAt).paused;
  const sectionGrade = attempt.grades[current];
  const stale = !!sectionGrade && sectionGrade.answerHash !== hashText(attempt.answers[current].text);
  const total = totalScore(attempt);
  const allGraded = sections.every((s) => attempt.grades[s]);
  const gradeAll = () => grading.run(sections);
  const hiddenReason = running
    ? `Grades and the model-answer outline stay hidden until the ${attempt.mode.kind === 'drill' ? 'drill' : 'interview'} ends.`
    : null;
  // An attempt someone shared with you stays theirs: read, never edited or re-graded here.
  const author = sharedBy(attempt);
  const readOnly = (timed && ended) || paused || author !== null;
  const readOnlyReason =
    author !== null
      ? `Shared with you by ${author}: read-only, with the grades as sent. Start your own attempt from the prompt page.`
      : timed && ended
        ? 'Time is over: this answer is locked.'
        : paused
          ? 'Paused: resume the clock to keep writing.'
          : undefined;
  const followUps = (
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
  );

  return (
    <div className="attempt-layout">
      <header className="attempt-header">
        <div>
          <p className="muted">
            <a href={hrefOf({ name: 'prompt', promptId: prompt.id })}>{prompt.title}</a> ·{' '}
            {MODE_LABEL[attempt.mode.kind]}
          </p>
          <h1 className="visually-hidden">{prompt.title}: your answer</h1>
        </div>
        <div className="row">
          {!running && (
            <span className="muted" aria-live="polite">
              {total.graded
                ? `Total ${total.score}/${total.max} (${total.graded} of ${sections.length} graded)`
                : 'Not graded yet'}
            </span>
          )}
          {!running && author === null && (
            <GradeToolbar
              grading={grading}
              current={current}
              sections={sections}
              estimate={estimate}
              onGrade={(list) => {
                if (list.includes(current)) setTab('grade');
                setPanelOpen(true);
              }}
            />
          )}
          <ExportButton attempt={attempt} />
          {!running && (
            <a href={hrefOf({ name: 'review', attemptId: attempt.id })}>
              {attempt.provenance.importedFrom === null
                ? `Share for review${attempt.reviews.length ? ` (${attempt.reviews.length} received)` : ''}`
                : 'Review this attempt'}
            </a>
          )}
        </div>
      </header>
      <MockBar attempt={attempt} onTimeUp={gradeAll} onFinish={gradeAll} />
      {!running && (
        <p className="grader-note muted">
          Grader: {grading.graderLabel}. <a href={hrefOf({ name: 'settings' })}>Change</a>
        </p>
      )}
      {grading.message && (
        <p className={`banner ${grading.message.tone}`} role="status">
          {grading.message.text}
        </p>
      )}
      {timed && ended && (
        <div className="stack after-interview">
          <Scorecard attempt={attempt} grading={grading.pending} onOpenSection={select} />
          {attempt.mode.kind === 'mock' &&
            author === null &&
            total.graded > 0 &&
            !grading.pending &&
            followUps}
        </div>
      )}
      <div className={panelOpen && view === 'section' ? 'workspace' : 'workspace workspace--wide'}>
        <SectionRail
          attempt={attempt}
          sections={sections}
          current={view === 'section' ? current : null}
          onSelect={select}
          progress={grading.progress}
          onDiagram={() => setView('diagram')}
          diagramOpen={view === 'diagram'}
          hideScores={running}
        />
        {view === 'diagram' ? (
          <section className="diagram-view" aria-labelledby="diagram-title">
            <h2 id="diagram-title">Architecture diagram</h2>
            <p className="muted">
              Mermaid source, saved with the attempt and sent to the grader as evidence for the sections it
              supports.
            </p>
            <DiagramEditor
              value={attempt.diagram.source}
              onChange={(source) => diagramEdited(attempt.id, source, Date.now())}
              readOnly={readOnly}
            />
          </section>
        ) : (
          <>
            <SectionEditor
              key={current}
              section={current}
              text={attempt.answers[current].text}
              rubric={rubrics[current]}
              readOnly={readOnly}
              {...(readOnlyReason ? { readOnlyReason } : {})}
              onChange={(text) => sectionEdited(attempt.id, current, text, Date.now())}
              editorRef={editorRef}
            />
            <SidePanel tab={tab} onTab={setTab} open={panelOpen} onOpen={setPanelOpen}>
              {tab === 'preview' ? (
                <>
                  <span className="visually-hidden" id={previewLabel}>
                    Preview
                  </span>
                  <AnswerPreview text={attempt.answers[current].text} labelId={previewLabel} />
                </>
              ) : (
                <GradePanel
                  attempt={attempt}
                  section={current}
                  stale={stale}
                  reference={sectionGrade && !running ? prompt.reference[current] : []}
                  hiddenReason={hiddenReason}
                  {...(author === null
                    ? {
                        onSelfScore: (score: number) =>
                          selfScoreGiven(attempt.id, current, score, Date.now()),
                      }
                    : {})}
                />
              )}
            </SidePanel>
          </>
        )}
      </div>
      {attempt.mode.kind === 'practice' && author === null && allGraded && !grading.pending && (
        <div className="after-interview">{followUps}</div>
      )}
    </div>
  );
}
