import { useState } from 'react';
import { MarkdownView } from '@/components/markdown-view';
import { builtInContent } from '@/content/load-content';
import { planPackImport, type PromptChange } from '@/domain/pack/import-plan';
import type { Pack } from '@/domain/pack/pack-schema';
import { hrefOf } from '@/hooks/use-route';
import { packById, packImported, usePacksStore } from '@/stores/packs-store';

function ChangeList({ title, items }: { title: string; items: PromptChange[] }) {
  if (!items.length) return null;
  return (
    <div>
      <h3>
        {title} ({items.length})
      </h3>
      <ul>
        {items.map((p) => (
          <li key={p.id}>
            {p.title} <span className="muted">({p.libraryId})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** What importing a pack would change, and the button that does it. */
export function PackPreview({
  pack,
  source,
  onDone,
}: {
  pack: Pack;
  source: string;
  onDone: (msg: string) => void;
}) {
  const existing = usePacksStore((s) => packById(s, pack.id)?.pack);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const plan = planPackImport(
    pack,
    existing,
    builtInContent().prompts.map((p) => p.id),
  );
  const confirm = async () => {
    setBusy(true);
    const problem = await packImported(pack, source, Date.now());
    setBusy(false);
    if (problem) setError(problem);
    else onDone(`Imported “${pack.title}”: ${pack.prompts.length} prompt(s) are in your library.`);
  };
  return (
    <section className="card stack" aria-labelledby="preview-title">
      <h2 id="preview-title">
        Pack: {pack.title} <span className="muted">by {pack.author}</span>
      </h2>
      {pack.description && <MarkdownView text={pack.description} />}
      {plan.replaces && !plan.noChange && (
        <p className="banner warn">
          You already have a pack with the id “{pack.id}” (“{plan.replaces.title}” by {plan.replaces.author}).
          Importing replaces it.
        </p>
      )}
      {plan.builtInClashes.length > 0 && (
        <p className="banner info">
          {plan.builtInClashes.length} prompt id(s) equal a built-in prompt ({plan.builtInClashes.join(', ')}
          ). They are kept apart under this pack; the built-in prompts stay as they are.
        </p>
      )}
      <ChangeList title="New prompts" items={plan.added} />
      <ChangeList title="Changed prompts" items={plan.changed} />
      <ChangeList title="Unchanged prompts" items={plan.unchanged} />
      <ChangeList title="Removed from the pack (will be deleted)" items={plan.removed} />
      {pack.rubricOverrides.length > 0 && (
        <p>
          Rubric overrides:{' '}
          {pack.rubricOverrides.map((r) => `${r.section} (${r.id}@${r.version})`).join(', ')}
        </p>
      )}
      {error && (
        <p className="banner error" role="alert">
          {error}
        </p>
      )}
      {plan.noChange ? (
        <p role="status">
          This pack is already in your library, unchanged.{' '}
          <a href={hrefOf({ name: 'library' })}>Go to the library</a>
        </p>
      ) : (
        <div className="row">
          <button type="button" className="primary" disabled={busy} onClick={() => void confirm()}>
            {plan.replaces ? 'Replace pack' : 'Import pack'}
          </button>
          <a href={hrefOf({ name: 'library' })}>Cancel</a>
        </div>
      )}
    </section>
  );
}
