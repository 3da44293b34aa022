import { useId, useState } from 'react';
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

/** How many due sections and prompt groups show before "Show all". */
const FIRST_SHOWN = 3;

/**
 * Sections due for spaced review, each with a button that starts a drill of it. A long backlog shows its
 * first three (the order of the schedule: most overdue first) and a button for the rest, so the page's
 * charts are not pushed below the fold.
 */
export function DueList({
  items,
  now,
  upcoming,
}: {
  items: ReviewItem[];
  now: number;
  upcoming: ReviewItem[];
}) {
  const [expanded, setExpanded] = useState(false);
  const listId = useId();
  const groups = drillGroups(items);
  const shownGroups = expanded ? groups : groups.slice(0, FIRST_SHOWN);
  const shownItems = expanded ? items : items.slice(0, FIRST_SHOWN);
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
          {shownGroups.map((g) => (
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
          <ul className="due-list" aria-label="Due for review" id={listId}>
            {shownItems.map((item) => {
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
          {(items.length > FIRST_SHOWN || groups.length > FIRST_SHOWN) && (
            <p className="row">
              {!expanded && (
                <span className="muted">
                  Showing {shownItems.length} of {items.length} due sections.
                </span>
              )}
              <button
                type="button"
                aria-expanded={expanded}
                aria-controls={listId}
                onClick={() => setExpanded((e) => !e)}
              >
                {expanded ? 'Show the first three' : `Show all ${items.length} due`}
              </button>
            </p>
          )}
        </>
      )}
    </>
  );
}
