import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { attemptStatus, totalScore } from '@/domain/attempt';
import { hrefOf } from '@/hooks/use-route';
import { attemptDeleted, deletionForgotten, deletionUndone, useAttemptsStore } from '@/stores/attempts-store';
import { ScoreBadge } from '@/components/score-badge';

const STATUS_TEXT = {
  'in-progress': 'In progress',
  'partly-graded': 'Partly graded',
  graded: 'Graded',
  ended: 'Ended',
} as const;

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
              return (
                <tr key={a.id}>
                  <td>
                    <a href={hrefOf({ name: 'attempt', attemptId: a.id })}>{a.promptTitle}</a>
                  </td>
                  <td>{new Date(a.createdAt).toLocaleString()}</td>
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
