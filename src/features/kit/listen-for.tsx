import type { RubricSet } from '@/domain/content-schema';
import { SECTION_IDS, sectionMeta } from '@/domain/sections';

/** Per section, from its rubric: the questions to have in mind, what earns credit, and the red flags. */
export function ListenFor({ rubrics }: { rubrics: RubricSet }) {
  return (
    <section className="card kit-block" aria-labelledby="kit-listen">
      <h2 id="kit-listen">What to listen for</h2>
      <div className="kit-listen">
        {SECTION_IDS.map((id) => {
          const r = rubrics[id];
          return (
            <section key={id} aria-labelledby={`listen-${id}`} className="kit-section">
              <h3 id={`listen-${id}`}>{sectionMeta(id).title}</h3>
              <ul>
                {r.criteria.map((c) => (
                  <li key={c.id}>
                    <strong>{c.label}.</strong> {c.description}
                  </li>
                ))}
              </ul>
              <p className="muted">Red flags: {r.redFlags.map((f) => f.label).join('; ')}</p>
            </section>
          );
        })}
      </div>
    </section>
  );
}
