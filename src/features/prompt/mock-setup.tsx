import { useId, useRef, useState, type FormEvent } from 'react';
import type { Prompt } from '@/domain/content-schema';
import { SECTIONS, SECTION_IDS, type SectionId } from '@/domain/sections';
import {
  CUSTOM_MINUTES,
  MOCK_PRESETS,
  defaultBudgets,
  formatDuration,
  parseDuration,
  reallocateBudget,
  type Budgets,
  type MockMode,
  type MockPreset,
} from '@/domain/timer';

const MINUTE = 60_000;
const PRESETS = Object.keys(MOCK_PRESETS) as MockPreset[];
type Choice = MockPreset | 'suggested' | 'custom';

function customMinutesError(value: string): string | null {
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n) || n < CUSTOM_MINUTES.min || n > CUSTOM_MINUTES.max) {
    return `Enter a whole number of minutes from ${CUSTOM_MINUTES.min} to ${CUSTOM_MINUTES.max}.`;
  }
  return null;
}

const validBudget = (value: string, totalMs: number) => {
  const ms = parseDuration(value);
  return ms !== null && ms <= totalMs;
};

/** Keeps the user's split when the length changes: the same shares of a new total. */
function rescale(budgets: Budgets, fromMs: number, toMs: number): Budgets {
  const first = SECTION_IDS[0];
  return reallocateBudget(budgets, first, (budgets[first] * toMs) / fromMs, toMs);
}

export function MockSetup({
  prompt,
  onStart,
}: {
  prompt: Pick<Prompt, 'minutes'>;
  onStart: (mode: MockMode) => void;
}) {
  const id = useId();
  const customRef = useRef<HTMLInputElement>(null);
  const [choice, setChoice] = useState<Choice>('standard');
  const [customMinutes, setCustomMinutes] = useState(() =>
    String(Math.min(CUSTOM_MINUTES.max, Math.max(CUSTOM_MINUTES.min, prompt.minutes))),
  );
  const [strict, setStrict] = useState(false);
  const suggestedMinutes = Math.min(CUSTOM_MINUTES.max, Math.max(CUSTOM_MINUTES.min, prompt.minutes));
  const suggestedIsPreset = PRESETS.some((p) => MOCK_PRESETS[p].totalMs === suggestedMinutes * MINUTE);
  const [edited, setEdited] = useState<{ totalMs: number; budgets: Budgets } | null>(null);
  const [drafts, setDrafts] = useState<Partial<Record<SectionId, string>>>({});

  const customError = choice === 'custom' ? customMinutesError(customMinutes) : null;
  const totalMs =
    choice === 'custom'
      ? customError
        ? null
        : Number(customMinutes) * MINUTE
      : choice === 'suggested'
        ? suggestedMinutes * MINUTE
        : MOCK_PRESETS[choice].totalMs;
  const budgets =
    totalMs === null
      ? null
      : edited
        ? edited.totalMs === totalMs
          ? edited.budgets
          : rescale(edited.budgets, edited.totalMs, totalMs)
        : defaultBudgets(totalMs);

  const editBudget = (section: SectionId, value: string) => {
    setDrafts((d) => ({ ...d, [section]: value }));
    if (!budgets || totalMs === null || !validBudget(value, totalMs)) return;
    setEdited({ totalMs, budgets: reallocateBudget(budgets, section, parseDuration(value) ?? 0, totalMs) });
  };
  const budgetError = (section: SectionId) => {
    const value = drafts[section];
    if (value === undefined || totalMs === null || validBudget(value, totalMs)) return null;
    return `Enter a time from 0:00 to ${formatDuration(totalMs)} (minutes:seconds).`;
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (choice === 'custom' && customError) {
      customRef.current?.focus();
      return;
    }
    const invalid = SECTION_IDS.find((s) => budgetError(s));
    if (invalid) {
      document.getElementById(`${id}-budget-${invalid}`)?.focus();
      return;
    }
    if (!budgets || totalMs === null) return;
    onStart({ kind: 'mock', preset: choice === 'suggested' ? 'custom' : choice, totalMs, budgets, strict });
  };

  const sumMs = budgets ? Object.values(budgets).reduce((s, ms) => s + ms, 0) : 0;
  return (
    <form className="mock-setup stack" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Mock interview</h2>
      <fieldset className="stack">
        <legend>Length</legend>
        {PRESETS.map((p) => (
          <label key={p} className="row">
            <input type="radio" name={`${id}-length`} checked={choice === p} onChange={() => setChoice(p)} />
            {MOCK_PRESETS[p].label}: {MOCK_PRESETS[p].totalMs / MINUTE} minutes
          </label>
        ))}
        {!suggestedIsPreset && (
          <label className="row">
            <input
              type="radio"
              name={`${id}-length`}
              checked={choice === 'suggested'}
              onChange={() => setChoice('suggested')}
            />
            Suggested for this prompt: {suggestedMinutes} minutes
          </label>
        )}
        <label className="row">
          <input
            type="radio"
            name={`${id}-length`}
            checked={choice === 'custom'}
            onChange={() => setChoice('custom')}
          />
          Custom length
        </label>
        {choice === 'custom' && (
          <div className="stack">
            <label htmlFor={`${id}-custom`}>Custom length (minutes)</label>
            <input
              ref={customRef}
              id={`${id}-custom`}
              type="number"
              inputMode="numeric"
              min={CUSTOM_MINUTES.min}
              max={CUSTOM_MINUTES.max}
              step={1}
              value={customMinutes}
              onChange={(e) => setCustomMinutes(e.target.value)}
              aria-invalid={customError ? true : undefined}
              aria-describedby={`${id}-custom-help`}
            />
            <span
              id={`${id}-custom-help`}
              className={customError ? 'banner error' : 'muted'}
              aria-live="polite"
            >
              {customError ?? `From ${CUSTOM_MINUTES.min} to ${CUSTOM_MINUTES.max} minutes.`}
            </span>
          </div>
        )}
      </fieldset>
      <label className="row">
        <input type="checkbox" checked={strict} onChange={(e) => setStrict(e.target.checked)} />
        Strict: no pausing, as in a real interview
      </label>
      {budgets && totalMs !== null ? (
        <table className="budget-table">
          <caption>Time per section (the total stays {totalMs / MINUTE} minutes)</caption>
          <thead>
            <tr>
              <th scope="col">Section</th>
              <th scope="col">Time (m:ss)</th>
            </tr>
          </thead>
          <tbody>
            {SECTIONS.map((s) => {
              const error = budgetError(s.id);
              return (
                <tr key={s.id}>
                  <th scope="row">
                    <label htmlFor={`${id}-budget-${s.id}`}>{s.title}</label>
                  </th>
                  <td>
                    <input
                      id={`${id}-budget-${s.id}`}
                      type="text"
                      inputMode="decimal"
                      autoComplete="off"
                      size={6}
                      value={drafts[s.id] ?? formatDuration(budgets[s.id])}
                      onChange={(e) => editBudget(s.id, e.target.value)}
                      onBlur={() => setDrafts(({ [s.id]: _done, ...rest }) => rest)}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={error ? `${id}-budget-${s.id}-error` : undefined}
                    />
                    {error && (
                      <span id={`${id}-budget-${s.id}-error`} className="muted" role="alert">
                        {' '}
                        {error}
                      </span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              <td>{formatDuration(sumMs)}</td>
            </tr>
          </tfoot>
        </table>
      ) : (
        <p className="muted">Enter a valid length to see the time per section.</p>
      )}
      {edited && (
        <button
          type="button"
          onClick={() => {
            setEdited(null);
            setDrafts({});
          }}
        >
          Reset to the default split
        </button>
      )}
      <button type="submit" className="primary">
        Start mock interview
      </button>
    </form>
  );
}
