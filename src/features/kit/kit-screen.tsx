import { MarkdownView } from '@/components/markdown-view';
import type { Prompt, RubricSet } from '@/domain/content-schema';
import { SECTION_IDS, sectionMeta } from '@/domain/sections';
import { defaultBudgets, formatDuration } from '@/domain/timer';
import { useContent } from '@/hooks/use-content';
import { hrefOf } from '@/hooks/use-route';
import { ListenFor } from './listen-for';
import { ScoringSheet } from './scoring-sheet';
import './kit.css';

function FollowUpLadder({ prompt }: { prompt: Prompt }) {
  const order = (id: string) => SECTION_IDS.indexOf(id as (typeof SECTION_IDS)[number]);
  const ladder = prompt.followUps.toSorted((a, b) => order(a.section) - order(b.section));
  return (
    <section className="card kit-block" aria-labelledby="kit-ladder">
      <h2 id="kit-ladder">Follow-up ladder</h2>
      <p className="muted">
        Ask after the candidate finishes, one at a time, about 3 minutes each; go further down only if time
        allows.
      </p>
      <ol>
        {ladder.map((f) => (
          <li key={f.question}>
            <strong>{sectionMeta(f.section).title}:</strong> {f.question}
          </li>
        ))}
      </ol>
    </section>
  );
}

function Timings({ prompt }: { prompt: Prompt }) {
  const budgets = defaultBudgets(prompt.minutes * 60_000);
  return (
    <section className="card kit-block" aria-labelledby="kit-timings">
      <h2 id="kit-timings">Timings ({prompt.minutes} minutes)</h2>
      <table className="kit-timings">
        <thead>
          <tr>
            <th scope="col">Section</th>
            <th scope="col">Time</th>
          </tr>
        </thead>
        <tbody>
          {SECTION_IDS.map((id) => (
            <tr key={id}>
              <th scope="row">{sectionMeta(id).title}</th>
              <td>{formatDuration(budgets[id])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Kit({ prompt, rubrics }: { prompt: Prompt; rubrics: RubricSet }) {
  return (
    <article className="kit stack" aria-labelledby="kit-title">
      <div className="row no-print">
        <a href={hrefOf({ name: 'prompt', promptId: prompt.id })}>← Back to the prompt</a>
        <button type="button" className="primary" onClick={() => window.print()}>
          Print the kit
        </button>
      </div>
      <h1 id="kit-title">Interviewer kit: {prompt.title}</h1>
      <p className="muted">
        For the friend who runs the mock. Read the brief aloud, keep time per section, listen for the points
        below, then score each section 0-4 on the sheet.
      </p>
      <section className="card kit-block" aria-labelledby="kit-brief">
        <h2 id="kit-brief">Brief to read out</h2>
        <MarkdownView text={prompt.body} />
        <h3>Scale</h3>
        <ul>
          {prompt.scale.map((f) => (
            <li key={f.label}>
              {f.label}: {f.value.toLocaleString('en-US')} {f.unit}
            </li>
          ))}
        </ul>
      </section>
      <div className="kit-columns">
        <Timings prompt={prompt} />
        <FollowUpLadder prompt={prompt} />
      </div>
      <ListenFor rubrics={rubrics} />
      <ScoringSheet rubrics={rubrics} />
    </article>
  );
}

/** `#/kit/<promptId>`: everything a friend needs to run a mock interview on a prompt; printable. */
export function KitScreen({ promptId }: { promptId: string }) {
  const { prompts, rubrics } = useContent();
  const prompt = prompts.find((p) => p.id === promptId);
  if (!prompt)
    return (
      <section>
        <h1>Prompt not found</h1>
        <p>
          There is no prompt “{promptId}” in your library.{' '}
          <a href={hrefOf({ name: 'library' })}>Go to the library</a>
        </p>
      </section>
    );
  return <Kit prompt={prompt} rubrics={rubrics} />;
}
