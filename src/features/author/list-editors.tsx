import { SECTIONS } from '@/domain/sections';
import type { AuthorForm, FollowUpRow, ScaleRow } from './author-form';
import { FieldError } from './field-error';

type Change = (change: Partial<AuthorForm>) => void;

export function ScaleEditor({
  rows,
  onChange,
  problems,
}: {
  rows: ScaleRow[];
  onChange: Change;
  problems: Map<string, string>;
}) {
  const set = (i: number, patch: Partial<ScaleRow>) =>
    onChange({ scale: rows.map((r, j) => (j === i ? { ...r, ...patch } : r)) });
  return (
    <fieldset className="stack author-list">
      <legend>Scale (3-12 facts: users, documents, requests, budgets, latency targets)</legend>
      {rows.map((r, i) => {
        const err = ['label', 'value', 'unit'].map((k) => problems.get(`scale.${i}.${k}`)).find(Boolean);
        return (
          <div key={i} className="author-row">
            <label className="field">
              Fact {i + 1} label
              <input
                type="text"
                value={r.label}
                onChange={(e) => set(i, { label: e.target.value })}
                aria-describedby={`scale-${i}-err`}
              />
            </label>
            <label className="field">
              Fact {i + 1} value
              <input type="number" value={r.value} onChange={(e) => set(i, { value: e.target.value })} />
            </label>
            <label className="field">
              Fact {i + 1} unit
              <input type="text" value={r.unit} onChange={(e) => set(i, { unit: e.target.value })} />
            </label>
            <button
              type="button"
              onClick={() => onChange({ scale: rows.filter((_, j) => j !== i) })}
              disabled={rows.length <= 1}
            >
              Remove fact {i + 1}
            </button>
            <FieldError id={`scale-${i}-err`} problem={err} />
          </div>
        );
      })}
      <FieldError id="scale-err" problem={problems.get('scale')} />
      <div>
        <button
          type="button"
          onClick={() => onChange({ scale: [...rows, { label: '', value: '', unit: '' }] })}
          disabled={rows.length >= 12}
        >
          Add a scale fact
        </button>
      </div>
    </fieldset>
  );
}

export function FollowUpEditor({
  rows,
  onChange,
  problems,
}: {
  rows: FollowUpRow[];
  onChange: Change;
  problems: Map<string, string>;
}) {
  const set = (i: number, patch: Partial<FollowUpRow>) =>
    onChange({ followUps: rows.map((r, j) => (j === i ? { ...r, ...patch } : r)) });
  return (
    <fieldset className="stack author-list">
      <legend>Follow-up questions (3-12), each probing one section</legend>
      {rows.map((r, i) => (
        <div key={i} className="author-row author-row-wide">
          <label className="field">
            Follow-up {i + 1} section
            <select
              value={r.section}
              onChange={(e) => set(i, { section: e.target.value as FollowUpRow['section'] })}
            >
              {SECTIONS.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            Follow-up {i + 1} question
            <input
              type="text"
              value={r.question}
              onChange={(e) => set(i, { question: e.target.value })}
              aria-describedby={`fu-${i}-err`}
              aria-invalid={problems.has(`followUps.${i}.question`)}
            />
          </label>
          <button
            type="button"
            onClick={() => onChange({ followUps: rows.filter((_, j) => j !== i) })}
            disabled={rows.length <= 1}
          >
            Remove follow-up {i + 1}
          </button>
          <FieldError id={`fu-${i}-err`} problem={problems.get(`followUps.${i}.question`)} />
        </div>
      ))}
      <FieldError id="fu-err" problem={problems.get('followUps')} />
      <div>
        <button
          type="button"
          onClick={() => onChange({ followUps: [...rows, { section: 'task', question: '' }] })}
          disabled={rows.length >= 12}
        >
          Add a follow-up
        </button>
      </div>
    </fieldset>
  );
}
