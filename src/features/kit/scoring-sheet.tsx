import type { RubricSet } from '@/domain/content-schema';
import { SECTION_IDS, sectionMeta } from '@/domain/sections';

const LEVELS = ['0', '1', '2', '3', '4'] as const;

/** A sheet to fill in by hand: one row per section, the score boxes and room for notes. */
export function ScoringSheet({ rubrics }: { rubrics: RubricSet }) {
  const task = rubrics.task.levels;
  return (
    <section className="card kit-block kit-sheet" aria-labelledby="kit-sheet">
      <h2 id="kit-sheet">Scoring sheet</h2>
      <p className="muted">
        Circle one score per section. In short:{' '}
        {LEVELS.map((l) => `${l} = ${task[l].split(/[.;:]/)[0]}`).join('; ')}.
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Section</th>
            <th scope="col">Score</th>
            <th scope="col">Notes</th>
          </tr>
        </thead>
        <tbody>
          {SECTION_IDS.map((id) => (
            <tr key={id}>
              <th scope="row">{sectionMeta(id).title}</th>
              <td className="kit-boxes">{LEVELS.join('  ')}</td>
              <td className="kit-notes" />
            </tr>
          ))}
          <tr>
            <th scope="row">Total</th>
            <td>/ 44</td>
            <td className="kit-notes" />
          </tr>
        </tbody>
      </table>
    </section>
  );
}
