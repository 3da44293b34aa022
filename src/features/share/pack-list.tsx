import { useState } from 'react';
import { ShareOutput } from '@/components/share-output';
import { buildPack } from '@/domain/pack/pack-parse';
import { hrefOf } from '@/hooks/use-route';
import { localPackOf, packRemoved, usePacksStore } from '@/stores/packs-store';

/** The packs in this library: share one again, or remove it; and the prompts written here as one pack. */
export function PackList() {
  const packs = usePacksStore((s) => s.packs);
  const authored = usePacksStore((s) => s.authored);
  const [sharing, setSharing] = useState<string | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const list = Object.values(packs).toSorted((a, b) => a.pack.title.localeCompare(b.pack.title));
  const local = localPackOf(authored);
  const remove = async (id: string) => {
    setError(await packRemoved(id));
    setRemoving(null);
  };
  return (
    <div className="card stack">
      <h2>Your packs</h2>
      {error && (
        <p className="banner error" role="alert">
          {error}
        </p>
      )}
      {list.length === 0 && <p className="muted">No packs imported yet.</p>}
      <ul className="pack-list">
        {list.map(({ pack, importedAt, source }) => (
          <li key={pack.id} className="stack">
            <div className="row">
              <strong>{pack.title}</strong>
              <span className="muted">
                by {pack.author} · {pack.prompts.length} prompt(s) · imported{' '}
                {new Date(importedAt).toLocaleDateString()} from {source}
              </span>
            </div>
            <div className="row">
              <button
                type="button"
                onClick={() => setSharing(sharing === pack.id ? null : pack.id)}
                aria-expanded={sharing === pack.id}
              >
                Share “{pack.title}”
              </button>
              {removing !== pack.id && (
                <button type="button" onClick={() => setRemoving(pack.id)}>
                  Remove “{pack.title}”…
                </button>
              )}
            </div>
            {removing === pack.id && (
              <div className="row" role="group" aria-label={`Remove “${pack.title}”?`}>
                <span>
                  Remove its {pack.prompts.length} prompt(s) from your library? Your attempts at them stay.
                </span>
                <button type="button" className="danger" onClick={() => void remove(pack.id)}>
                  Remove the pack
                </button>
                <button type="button" onClick={() => setRemoving(null)}>
                  Keep it
                </button>
              </div>
            )}
            {sharing === pack.id && (
              <ShareOutput output={{ kind: 'pack', pack }} fileName={`${pack.id}.json`} what="this pack" />
            )}
          </li>
        ))}
      </ul>
      <h2>Written in this app</h2>
      {local.prompts.length === 0 ? (
        <p className="muted">
          None yet. <a href={hrefOf({ name: 'author', promptId: null })}>Write a prompt</a>
        </p>
      ) : (
        <ul>
          {local.prompts.map((p) => (
            <li key={p.id}>
              <a href={hrefOf({ name: 'author', promptId: p.id })}>{p.title}</a>
            </li>
          ))}
        </ul>
      )}
      {local.prompts.length > 1 && (
        <details>
          <summary>Share all of them as one pack</summary>
          <ShareOutput
            output={{
              kind: 'pack',
              pack: buildPack({ ...local, id: 'my-prompts', title: 'My prompts', author: local.author }),
            }}
            fileName="my-prompts.json"
            what="your prompts"
          />
        </details>
      )}
    </div>
  );
}
