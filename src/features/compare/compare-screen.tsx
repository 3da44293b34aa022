import { useMemo, useState } from 'react';
import type { Attempt } from '@/domain/attempt';
import {
  compareAttempts,
  comparisonTotals,
  compareVersions,
  sectionVersions,
} from '@/domain/progress/compare';
import { isSectionId, sectionMeta } from '@/domain/sections';
import { hrefOf, navigate, useRoute } from '@/hooks/use-route';
import { useAttemptRead, useSummaries } from '@/stores/attempts-store';
import { AttemptPicker } from './attempt-picker';
import { SectionCompare } from './section-compare';
import './compare.css';

const WHEN = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const when = (at: number) => WHEN.format(at);

/** Reads the attempts in the URL whole, by key (the picker lists summaries); the rest waits for them. */
export function CompareScreen() {
  const route = useRoute();
  const params = route.name === 'compare' ? route : { a: null, b: null, attempt: null, section: null };
  const one = useAttemptRead(params.attempt);
  const a = useAttemptRead(params.attempt === null ? params.a : null);
  const b = useAttemptRead(params.attempt === null ? params.b : null);
  const failed = [one, a, b].find((r) => r.state === 'failed');
  if (failed) return <Missing>The attempt could not be read: {failed.message}</Missing>;
  if ([one, a, b].some((r) => r.state === 'loading')) return <p className="muted">Loading the attempts…</p>;
  if (params.attempt !== null) {
    const attempt = one.attempt;
    const section = params.section !== null && isSectionId(params.section) ? params.section : null;
    if (!attempt || !section) {
      return (
        <Missing>
          {!attempt ? 'That attempt is not saved here.' : `“${params.section ?? ''}” is not a section.`}
        </Missing>
      );
    }
    return <VersionsCompare attempt={attempt} section={section} />;
  }
  return <AttemptsCompare a={a.attempt} b={b.attempt} />;
}

function Missing({ children }: { children: React.ReactNode }) {
  return (
    <section aria-labelledby="compare-title">
      <h1 id="compare-title">Compare</h1>
      <p className="banner warn">{children}</p>
      <p>
        <a href={hrefOf({ name: 'compare', a: null, b: null, attempt: null, section: null })}>
          Choose two attempts
        </a>
      </p>
    </section>
  );
}

function AttemptsCompare({ a, b }: { a: Attempt | undefined; b: Attempt | undefined }) {
  const all = useSummaries();
  const rows = useMemo(() => (a && b ? compareAttempts(a, b) : null), [a, b]);
  const totals = rows ? comparisonTotals(rows) : null;
  const choose = (x: string | null, y: string | null) =>
    navigate({ name: 'compare', a: x, b: y, attempt: null, section: null });
  return (
    <section aria-labelledby="compare-title" className="compare">
      <h1 id="compare-title">Compare two attempts</h1>
      <AttemptPicker attempts={all} a={a?.id ?? null} b={b?.id ?? null} onChoose={choose} />
      {a && b && a.promptId !== b.promptId && (
        <p className="banner warn">
          These attempts answer different prompts; section scores are still shown side by side.
        </p>
      )}
      {rows && totals && a && b && (
        <>
          <p className="compare-total">
            Sections graded in both ({totals.sections}): <strong>{totals.before}</strong> →{' '}
            <strong>{totals.after}</strong>{' '}
            <span
              className={`change ${totals.after > totals.before ? 'up' : totals.after < totals.before ? 'down' : 'same'}`}
            >
              {totals.after - totals.before >= 0 ? '+' : ''}
              {totals.after - totals.before}
            </span>
          </p>
          {totals.mixedScales && (
            <p className="banner warn" role="note">
              Some sections were graded by the offline rubric check on one side and an LLM on the other: those
              changes compare two different scales.
            </p>
          )}
          <div className="stack">
            {rows
              .filter(
                (r) => r.before.score !== null || r.after.score !== null || r.before.text || r.after.text,
              )
              .map((r) => (
                <SectionCompare
                  key={r.section}
                  row={r}
                  labels={[`Before, ${when(a.createdAt)}`, `After, ${when(b.createdAt)}`]}
                />
              ))}
          </div>
        </>
      )}
    </section>
  );
}

function VersionsCompare({
  attempt,
  section,
}: {
  attempt: Attempt;
  section: ReturnType<typeof sectionMeta>['id'];
}) {
  const versions = useMemo(() => sectionVersions(attempt, section), [attempt, section]);
  const [pick, setPick] = useState<[number, number]>([Math.max(0, versions.length - 2), versions.length - 1]);
  const title = sectionMeta(section).title;
  const [i, j] = pick.map((k) => Math.min(Math.max(0, k), versions.length - 1)) as [number, number];
  const before = versions[i];
  const after = versions[j];
  const label = (k: number) => {
    const v = versions[k]!;
    return `Version ${k + 1}: ${v.grade.score}/4, ${v.grade.grader.kind === 'llm' ? 'LLM' : 'offline'}, ${when(v.grade.gradedAt)}`;
  };
  return (
    <section aria-labelledby="compare-title" className="compare">
      <p>
        <a href={hrefOf({ name: 'attempt', attemptId: attempt.id })}>← Back to the attempt</a>
      </p>
      <h1 id="compare-title">{title}: graded versions</h1>
      <p className="muted">{attempt.promptTitle}</p>
      {versions.length < 2 ? (
        <p className="banner info">
          This section has {versions.length === 0 ? 'no grades' : 'one grade'} so far. Edit it and grade it
          again to compare versions.
        </p>
      ) : (
        <>
          <div className="filters-bar">
            {(['Before', 'After'] as const).map((name, side) => (
              <label key={name}>
                {name}
                <select
                  value={side === 0 ? i : j}
                  onChange={(e) => {
                    const k = Number(e.target.value);
                    setPick(side === 0 ? [k, j] : [i, k]);
                  }}
                >
                  {versions.map((_, k) => (
                    <option key={k} value={k}>
                      {label(k)}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </div>
          {before && after && (
            <>
              {(before.textUnknown || after.textUnknown) && (
                <p className="banner info">
                  The text of a version graded before version history existed was not kept, so no text diff is
                  shown for it.
                </p>
              )}
              <SectionCompare
                row={compareVersions(section, before, after)}
                labels={[`Version ${i + 1}`, `Version ${j + 1}`]}
              />
            </>
          )}
        </>
      )}
    </section>
  );
}
