import type { SectionComparison, SideOfSection } from '@/domain/progress/compare';
import { unverifiedReason } from '@/domain/evidence';
import { sectionMeta } from '@/domain/sections';
import { WordDiff } from './word-diff';

const mmss = (ms: number) => {
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

function Score({ side }: { side: SideOfSection }) {
  return side.score === null ? (
    <span className="muted">not graded</span>
  ) : (
    <span className={`score-badge score-${side.score}`}>{side.score}/4</span>
  );
}

function Evidence({ side, label }: { side: SideOfSection; label: string }) {
  return (
    <div>
      <h4>{label}</h4>
      <p className="muted grader-line">{side.graderLabel}</p>
      {side.spentMs !== null && (
        <p className="muted">
          Time: {mmss(side.spentMs)}
          {side.budgetMs !== null && ` of ${mmss(side.budgetMs)}`}
        </p>
      )}
      {side.evidence.length === 0 ? (
        <p className="muted">No evidence quoted.</p>
      ) : (
        <ul className="evidence-list">
          {side.evidence.map((e, i) => (
            <li key={i}>
              <q>{e.quote}</q>
              {!e.verified && (
                <span className="muted">
                  {unverifiedReason(e.quote, [side.text]) === 'too-short'
                    ? ' (too short to count as evidence)'
                    : ' (not found in the answer)'}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** One section, two sides: score change, criteria gained and lost, evidence, time and the word diff. */
export function SectionCompare({ row, labels }: { row: SectionComparison; labels: [string, string] }) {
  const title = sectionMeta(row.section).title;
  return (
    <section className="card section-compare" aria-labelledby={`cmp-${row.section}`}>
      <div className="section-compare-head">
        <h3 id={`cmp-${row.section}`}>{title}</h3>
        <span className="row">
          <Score side={row.before} />
          <span aria-hidden="true">→</span>
          <span className="visually-hidden">to</span>
          <Score side={row.after} />
          {row.change !== null && (
            <span className={`change ${row.change > 0 ? 'up' : row.change < 0 ? 'down' : 'same'}`}>
              {row.change > 0 ? `+${row.change}` : row.change === 0 ? '±0' : row.change}
            </span>
          )}
        </span>
      </div>
      {!row.sameScale && (
        <p className="banner warn">
          Graded by different graders ({row.before.graderLabel} vs {row.after.graderLabel}): the change mixes
          two scales.
        </p>
      )}
      {(row.gained.length > 0 || row.lost.length > 0) && (
        <ul className="criteria-change">
          {row.gained.map((c) => (
            <li key={`g-${c}`} className="gained">
              Gained: {c}
            </li>
          ))}
          {row.lost.map((c) => (
            <li key={`l-${c}`} className="lost">
              Lost: {c}
            </li>
          ))}
        </ul>
      )}
      <div className="compare-sides">
        <Evidence side={row.before} label={labels[0]} />
        <Evidence side={row.after} label={labels[1]} />
      </div>
      {row.diff?.every((p) => p.kind === 'same') ? (
        <p className="muted">{row.after.text.trim() ? 'Text unchanged.' : 'No text on either side.'}</p>
      ) : (
        <details open>
          <summary>Changes in the text</summary>
          <WordDiff
            parts={row.diff}
            before={row.before.text}
            after={row.after.text}
            missing={row.textMissing}
          />
        </details>
      )}
    </section>
  );
}
