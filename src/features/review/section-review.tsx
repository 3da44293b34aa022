import { MarkdownView } from '@/components/markdown-view';
import type { Rubric } from '@/domain/content-schema';
import { sectionMeta, type SectionId } from '@/domain/sections';

interface SectionDraft {
  score: number | null;
  notes: string;
  checked: string[];
}

/** One section of a partner's answer beside its rubric checklist, a 0-4 score and notes. */
export function SectionReview({
  section,
  text,
  rubric,
  draft,
  onChange,
}: {
  section: SectionId;
  text: string;
  rubric: Rubric;
  draft: SectionDraft;
  onChange: (draft: SectionDraft) => void;
}) {
  const title = sectionMeta(section).title;
  const toggle = (id: string) =>
    onChange({
      ...draft,
      checked: draft.checked.includes(id) ? draft.checked.filter((c) => c !== id) : [...draft.checked, id],
    });
  return (
    <section className="card review-section" aria-labelledby={`rv-${section}`}>
      <div className="review-answer">
        <h2 id={`rv-${section}`}>{title}</h2>
        <MarkdownView text={text} />
      </div>
      <div className="stack review-form">
        <fieldset>
          <legend>Criteria met in “{title}”</legend>
          {rubric.criteria.map((c) => (
            <label key={c.id} className="review-criterion">
              <input type="checkbox" checked={draft.checked.includes(c.id)} onChange={() => toggle(c.id)} />
              <span>
                <strong>{c.label}</strong> <span className="muted">{c.description}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Score for “{title}”</legend>
          <div className="row">
            {[0, 1, 2, 3, 4].map((n) => (
              <label key={n} className="review-score" title={rubric.levels[String(n) as '0']}>
                <input
                  type="radio"
                  name={`score-${section}`}
                  checked={draft.score === n}
                  onChange={() => onChange({ ...draft, score: n })}
                />
                {n}
              </label>
            ))}
          </div>
          {draft.score !== null && <p className="muted">{rubric.levels[String(draft.score) as '0']}</p>}
        </fieldset>
        <label className="field">
          Notes on “{title}”
          <textarea
            rows={3}
            maxLength={5000}
            value={draft.notes}
            onChange={(e) => onChange({ ...draft, notes: e.target.value })}
          />
        </label>
      </div>
    </section>
  );
}
