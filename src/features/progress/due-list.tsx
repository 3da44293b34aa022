import { drillGroups, dueLabel, type DrillGroup, type ReviewItem } from '@/domain/progress/review';
import { sectionMeta } from '@/domain/sections';
import { navigate } from '@/hooks/use-route';
import { drillStarted } from '@/stores/attempts-store';

/** Starts a five-minute drill of one weak section, linked to the attempt it came from. */
function startDrill(item: ReviewItem, now: number): void {
  const attempt = drillStarted({
    id: crypto.randomUUID(),
    promptId: item.promptId,
    promptTitle: item.promptTitle,
    sections: [item.section],
    now,
    reviewOf: item.attemptId,
  });
  navigate({ name: 'attempt', attemptId: attempt.id });
}

/** Starts one drill of a prompt's weakest due sections (five minutes each). */
function startGroupDrill(group: DrillGroup, now: number): void {
  const attempt = drillStarted({
    id: crypto.randomUUID(),
    promptId: group.promptId,
    promptTitle: group.promptTitle,
    sections: group.sections,
    now,
    reviewOf: group.attemptId,
  });
  navigate({ name: 'attempt', attemptId: attempt.id });
}

/** Sections due for spaced review, each with a button that starts a drill of it. */
export function DueList({
  items,
  now,
  upcoming,
}: {
  items: ReviewItem[];
  now: number;
  upcoming: ReviewItem[];
}) {
  return (
    <>
      {items.length === 0 ? (
        <p className="muted">
          Nothing is due today.
          {upcoming[0] &&
            ` Next: ${sectionMeta(upcoming[0].section).title} in “${upcoming[0].promptTitle}”, ${dueLabel(upcoming[0].dueAt, now)}.`}
        </p>
      ) : (
        <>
          {drillGroups(items).map((g) => (
            <p key={g.promptId} className="row due-group">
              <span>
                {g.sections.map((id) => sectionMeta(id).title).join(', ')} in {g.promptTitle}:{' '}
                {g.sections.length * 5} minutes
              </span>
              <button
                type="button"
                onClick={() => startGroupDrill(g, Date.now())}
                aria-label={`Drill ${g.sections.length} together: ${g.sections.map((id) => sectionMeta(id).title).join(', ')} in ${g.promptTitle}`}
              >
                Drill {g.sections.length} together
              </button>
            </p>
          ))}
          <ul className="due-list" aria-label="Due for review">
            {items.map((item) => {
              const title = sectionMeta(item.section).title;
              return (
                <li key={`${item.promptId}/${item.section}`} className="due-item">
                  <div>
                    <strong>{title}</strong> <span className="muted">in {item.promptTitle}</span>
                    <div className="muted due-meta">
                      last {item.lastScore}/4 · {dueLabel(item.dueAt, now)} · review {Math.min(item.round, 4)}{' '}
                      of 4
                    </div>
                  </div>
                  <button
                    type="button"
                    className="primary"
                    onClick={() => startDrill(item, Date.now())}
                    aria-label={`Drill ${title} in ${item.promptTitle}`}
                  >
                    Drill
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </>
  );
}
