import { useEffect, useMemo, useRef, useState } from 'react';
import { summaryStatus, summaryTotal, type AttemptSummary } from '@/domain/attempt-summary';
import { clockState } from '@/domain/timer';
import { hrefOf } from '@/hooks/use-route';
import {
  attemptDeleted,
  deletionForgotten,
  deletionUndone,
  useAttemptsStore,
  useSummaries,
} from '@/stores/attempts-store';
import { ScoreBadge } from '@/components/score-badge';

const STATUS_TEXT = {
  'in-progress': 'In progress',
  'partly-graded': 'Partly graded',
  graded: 'Graded',
  ended: 'Ended',
} as const;

// One formatter for the whole list: toLocaleString builds a new one on every call.
const STARTED = new Intl.DateTimeFormat(undefined, { dateStyle: 'short', timeStyle: 'short' });
const started = (at: number) => STARTED.format(at);

/** Rows shown at first, and added by each "Show more". */
const PAGE = 50;

const minutes = (ms: number) => `${Math.max(1, Math.round(ms / 60_000))} min`;

/** "Mock, 45 min (strict)" or "Practice", and how long it took: to its end, or to its last edit. */
function timing(a: AttemptSummary): { mode: string; took: string } {
  const { elapsedMs } = clockState(a.mode, a.clock, a.updatedAt);
  if (a.mode.kind === 'practice') return { mode: 'Practice', took: minutes(elapsedMs) };
  return {
    mode:
      a.mode.kind === 'drill'
        ? `Drill, ${minutes(a.mode.totalMs)}`
        : `Mock, ${minutes(a.mode.totalMs)}${a.mode.strict ? ' (strict)' : ''}`,
    took: `${minutes(Math.min(elapsedMs, a.mode.totalMs))} of ${minutes(a.mode.totalMs)}`,
  };
}

/** Every saved attempt, newest first, from their summaries: the list reads no answer text. */
export function AttemptsScreen() {
  const summaries = useSummaries();
  const attempts = useMemo(() => summaries.toSorted((a, b) => b.updatedAt - a.updatedAt), [summaries]);
  const [shown, setShown] = useState(PAGE);
  // After "Show more", the keyboard carries on from the first row it added.
  const firstAdded = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    if (shown > PAGE) firstAdded.current?.focus();
  }, [shown]);
  const recentlyDeleted = useAttemptsStore((s) => s.recentlyDeleted);
  // For each attempt, the one before it at the same prompt: the natural pair to compare.
  const previousAt = useMemo(() => {
    const last = new Map<string, string>();
    const out = new Map<string, string>();
    for (const a of attempts.toReversed()) {
      const before = last.get(a.promptId);
      if (before) out.set(a.id, before);
      last.set(a.promptId, a.id);
    }
    return out;
  }, [attempts]);
  const damaged = useAttemptsStore((s) => s.damaged);

  useEffect(() => {
    if (!recentlyDeleted) return;
    const t = setTimeout(deletionForgotten, 10_000);
    return () => clearTimeout(t);
  }, [recentlyDeleted]);

  return (
    <section aria-labelledby="attempts-title">
      <div className="page-head">
        <h1 id="attempts-title">Your attempts</h1>
        <a href={hrefOf({ name: 'progress' })}>See your progress</a>
      </div>
      {damaged.length > 0 && (
        <p className="banner warn">
          {damaged.length} saved record(s) could not be read and were kept aside, not deleted:{' '}
          {damaged.map((d) => `${d.key} (${d.reason})`).join('; ')}.{' '}
          <a href={hrefOf({ name: 'settings' })}>Export, restore or delete them in Settings</a>.
        </p>
      )}
      {attempts.length === 0 ? (
        <p>
          No attempts yet. <a href={hrefOf({ name: 'library' })}>Pick a prompt</a> to start one.
        </p>
      ) : (
        <table className="attempts-table stack-on-phone">
          <thead>
            <tr>
              <th scope="col">Prompt</th>
              <th scope="col">Started</th>
              <th scope="col">Mode</th>
              <th scope="col">Time taken</th>
              <th scope="col">Status</th>
              <th scope="col">Total</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {attempts.slice(0, shown).map((a, i) => {
              const t = summaryTotal(a);
              const time = timing(a);
              // Someone else's work, imported for review: their clock and grades are shown as sent.
              const sharedBy = a.provenance.importedFrom === null ? null : (a.provenance.author ?? 'someone');
              const previous = previousAt.get(a.id);
              return (
                <tr key={a.id}>
                  <th scope="row">
                    <a
                      href={hrefOf({ name: 'attempt', attemptId: a.id })}
                      ref={i === shown - PAGE ? firstAdded : undefined}
                    >
                      {a.promptTitle}
                    </a>
                    {sharedBy !== null && <span className="shared-by">Shared with you by {sharedBy}</span>}
                  </th>
                  <td data-label="Started">{started(a.createdAt)}</td>
                  <td data-label="Mode">{time.mode}</td>
                  <td data-label="Time taken">
                    {sharedBy === null ? time.took : <span className="muted">–</span>}
                  </td>
                  <td data-label="Status">{STATUS_TEXT[summaryStatus(a)]}</td>
                  <td data-label="Total">
                    {t.graded ? <ScoreBadge score={t.score} max={t.max} /> : <span className="muted">–</span>}
                    {t.graded && sharedBy !== null && <span className="muted"> grades as sent</span>}
                  </td>
                  <td className="row-actions">
                    {previous && (
                      <a
                        href={hrefOf({ name: 'compare', a: previous, b: a.id, attempt: null, section: null })}
                        aria-label={`Compare the attempt at ${a.promptTitle} started ${started(a.createdAt)} with the one before`}
                      >
                        Compare
                      </a>
                    )}
                    <button
                      type="button"
                      className="danger"
                      onClick={() => void attemptDeleted(a.id)}
                      aria-label={`Delete attempt at ${a.promptTitle} started ${started(a.createdAt)}`}
                    >
                      Delete
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {attempts.length > shown && (
        <p className="row">
          <span className="muted">
            Showing the newest {shown} of {attempts.length} attempts.
          </span>
          <button type="button" onClick={() => setShown((n) => n + PAGE)}>
            Show more
          </button>
        </p>
      )}
      {recentlyDeleted && (
        <div className="toast" role="status">
          <span>Deleted the attempt at “{recentlyDeleted.promptTitle}”.</span>
          <button type="button" onClick={deletionUndone}>
            Undo
          </button>
        </div>
      )}
    </section>
  );
}
