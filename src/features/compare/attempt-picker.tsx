import { summaryTotal, type AttemptSummary } from '@/domain/attempt-summary';

const WHEN = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const when = (at: number) => WHEN.format(at);
const label = (a: AttemptSummary) => {
  const t = summaryTotal(a);
  return `${when(a.createdAt)} · ${a.mode.kind} · ${t.graded ? `${t.score}/${t.max}` : 'not graded'}`;
};

/** Two selects: the first attempt (grouped by prompt), then another attempt at the same prompt. */
export function AttemptPicker({
  attempts,
  a,
  b,
  onChoose,
}: {
  attempts: AttemptSummary[];
  a: string | null;
  b: string | null;
  onChoose: (a: string | null, b: string | null) => void;
}) {
  const byPrompt = new Map<string, AttemptSummary[]>();
  for (const x of attempts.toSorted((p, q) => p.createdAt - q.createdAt)) {
    byPrompt.set(x.promptId, [...(byPrompt.get(x.promptId) ?? []), x]);
  }
  const first = attempts.find((x) => x.id === a);
  const sameish = first ? (byPrompt.get(first.promptId) ?? []).filter((x) => x.id !== first.id) : [];
  if (attempts.length < 2) {
    return <p className="muted">Compare needs two saved attempts. Answer a prompt twice to compare them.</p>;
  }
  return (
    <div className="filters-bar" role="group" aria-label="Attempts to compare">
      <label>
        Before
        <select value={a ?? ''} onChange={(e) => onChoose(e.target.value || null, null)}>
          <option value="">Choose an attempt…</option>
          {[...byPrompt.entries()].map(([promptId, list]) => (
            <optgroup key={promptId} label={list[0]!.promptTitle}>
              {list.map((x) => (
                <option key={x.id} value={x.id}>
                  {label(x)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <label>
        After
        <select value={b ?? ''} disabled={!first} onChange={(e) => onChoose(a, e.target.value || null)}>
          <option value="">
            {first && sameish.length === 0 ? 'No other attempt at this prompt' : 'Choose an attempt…'}
          </option>
          {sameish.map((x) => (
            <option key={x.id} value={x.id}>
              {label(x)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
