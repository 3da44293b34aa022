import { useId, useState, type FormEvent } from 'react';
import { DRILL_MAX_SECTIONS } from '@/domain/attempt';
import { SECTIONS, type SectionId } from '@/domain/sections';
import { DRILL_MINUTES_PER_SECTION } from '@/domain/timer';

const MINUTE = 60_000;

/** Picks one to three sections and a time per section for a short drill, graded when it ends. */
export function DrillSetup({ onStart }: { onStart: (sections: SectionId[], perSectionMs: number) => void }) {
  const id = useId();
  const [picked, setPicked] = useState<SectionId[]>([]);
  const [minutes, setMinutes] = useState(String(DRILL_MINUTES_PER_SECTION));
  const [error, setError] = useState<string | null>(null);
  const toggle = (s: SectionId, on: boolean) => {
    setError(null);
    setPicked((p) => (on ? [...p, s] : p.filter((x) => x !== s)));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const n = Number(minutes);
    if (picked.length === 0) return setError('Pick at least one section to drill.');
    if (!Number.isInteger(n) || n < 1 || n > 30) return setError('Enter whole minutes from 1 to 30.');
    onStart(picked, n * MINUTE);
  };
  const full = picked.length >= DRILL_MAX_SECTIONS;
  return (
    <form className="drill-setup stack" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Drill</h2>
      <p className="muted">
        Practise up to {DRILL_MAX_SECTIONS} sections on their own against a short clock; they are graded when
        it ends.
      </p>
      <fieldset>
        <legend>Sections (up to {DRILL_MAX_SECTIONS})</legend>
        <div className="drill-setup__sections">
          {SECTIONS.map((s) => (
            <label key={s.id} className="row">
              <input
                type="checkbox"
                checked={picked.includes(s.id)}
                disabled={full && !picked.includes(s.id)}
                onChange={(e) => toggle(s.id, e.target.checked)}
              />
              {s.title}
            </label>
          ))}
        </div>
      </fieldset>
      <label htmlFor={`${id}-minutes`}>Minutes per section</label>
      <input
        id={`${id}-minutes`}
        type="number"
        inputMode="numeric"
        min={1}
        max={30}
        value={minutes}
        onChange={(e) => {
          setError(null);
          setMinutes(e.target.value);
        }}
      />
      {error && (
        <p className="banner error" role="alert">
          {error}
        </p>
      )}
      <button type="submit">Start drill</button>
    </form>
  );
}
