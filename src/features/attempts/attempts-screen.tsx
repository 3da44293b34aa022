import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { attemptStatus, totalScore, type Attempt } from '@/domain/attempt';
import { clockState } from '@/domain/timer';
import { hrefOf } from '@/hooks/use-route';
import { attemptDeleted, deletionForgotten, deletionUndone, useAttemptsStore } from '@/stores/attempts-store';
import { ScoreBadge } from '@/components/score-badge';

const STATUS_TEXT = {
  'in-progress': 'In progress',
  'partly-graded': 'Partly graded',
  graded: 'Graded',
  ended: 'Ended',
} as const;

const minutes = (ms: number) => `${Math.max(1, Math.round(ms / 60_000))} min`;

/** "Mock, 45 min (strict)" or "Practice", and how long it took: to its end, or to its last edit. */
function timing(a: Attempt): { mode: string; took: string } {
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

export function AttemptsScreen() {
  const attempts = useAttemptsStore(
    useShallow((s) => Object.values(s.attempts).toSorted((a, b) => b.updatedAt - a.updatedAt)),
  );
  const recentlyDeleted = useAttemptsStore((s) => s.recentlyDeleted);
  const damaged = useAttemptsStore((s) => s.damaged);

  useEffect(() => {
    if (!recentlyDeleted) return;
    const t = setTimeout(deletionForgotten, 10_000);
    return () => clearTimeout(t);
  }, [recentlyDeleted]);

  return (
    <section aria-labelledby="attempts-title">
      <h1 id="attempts-title">Your attempts</h1>
      {damaged.length > 0 && (
        <p className="banner warn">
          {damaged.length} saved record(s) could not be read and were kept aside, not deleted:{' '}
          {damaged.map((d) => `${d.key} (${d.reason})`).join('; ')}
        </p>
      )}
      {attempts.length === 0 ? (
        <p>
          No attempts yet. <a href={hrefOf({ name: 'library' })}>Pick a prompt</a> to start one.
        </p>
      ) : (
        <table className="attempts-table">
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
            {attempts.map((a) => {
              const t = totalScore(a);
              const time = timing(a);
              return (
                <tr key={a.id}>
                  <td>
                    <a href={hrefOf({ name: 'attempt', attemptId: a.id })}>{a.promptTitle}</a>
                  </td>
                  <td>{new Date(a.createdAt).toLocaleString()}</td>
                  <td>{time.mode}</td>
                  <td>{time.took}</td>
                  <td>{STATUS_TEXT[attemptStatus(a)]}</td>
                  <td>
                    {t.graded ? <ScoreBadge score={t.score} max={t.max} /> : <span className="muted">–</span>}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="danger"
                      onClick={() => void attemptDeleted(a.id)}
                      aria-label={`Delete attempt at ${a.promptTitle} started ${new Date(a.createdAt).toLocaleString()}`}
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
