import { SECTIONS, type SectionId } from '@/domain/sections';
import { FieldError, problemUnder } from './field-error';

/** Reference notes per section: what a strong answer covers (2-8 notes, one per line). */
export function ReferenceEditor({
  reference,
  onChange,
  problems,
}: {
  reference: Record<SectionId, string>;
  onChange: (reference: Record<SectionId, string>) => void;
  problems: Map<string, string>;
}) {
  return (
    <fieldset className="stack author-list">
      <legend>Reference notes: what a strong answer covers, 2-8 notes per section, one per line</legend>
      <div className="author-reference">
        {SECTIONS.map((s) => {
          const problem = problemUnder(problems, `reference.${s.id}`);
          return (
            <div key={s.id} className="field">
              <label htmlFor={`ref-${s.id}`}>Reference notes: {s.title}</label>
              <textarea
                id={`ref-${s.id}`}
                rows={4}
                value={reference[s.id]}
                aria-invalid={!!problem}
                aria-describedby={`ref-${s.id}-err`}
                onChange={(e) => onChange({ ...reference, [s.id]: e.target.value })}
              />
              <FieldError id={`ref-${s.id}-err`} problem={problem} />
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
