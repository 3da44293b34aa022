import { useEffect, useId, useState } from 'react';
import type { DamagedRecord } from '@/lib/storage/quarantine';
import {
  quarantineDiscardRequested,
  quarantineOpened,
  quarantineRestoreRequested,
  useStorageStore,
} from '@/stores/storage-store';

/** Drops every `apiKey` from a value (also inside JSON text), so an export never carries the key. */
function withoutKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutKeys);
  if (typeof value === 'string' && value.includes('apiKey')) {
    try {
      return JSON.stringify(withoutKeys(JSON.parse(value)));
    } catch {
      return value.replace(/"apiKey"\s*:\s*"[^"]*"/g, '"apiKey":"[removed]"');
    }
  }
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, k === 'apiKey' ? '[removed]' : withoutKeys(v)]),
  );
}

function download(entries: DamagedRecord[], name: string) {
  const text = JSON.stringify(withoutKeys(entries), null, 2);
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

const when = (at: number) => new Date(at).toLocaleString();
const what = (entry: DamagedRecord) =>
  entry.source === 'kv'
    ? entry.id.endsWith(':settings')
      ? 'Saved settings'
      : `Saved value ${entry.id}`
    : entry.field
      ? `Part “${entry.field}” of attempt ${entry.id}`
      : `Attempt ${entry.id}`;

function Entry({ entry }: { entry: DamagedRecord }) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    await work();
    setBusy(false);
  };
  return (
    <li className="card" aria-label={what(entry)}>
      <p>
        <strong>{what(entry)}</strong> <span className="muted">kept aside {when(entry.quarantinedAt)}</span>
      </p>
      <p>{entry.reason}</p>
      <p className="muted">
        <small>Key: {entry.key}</small>
      </p>
      <p>
        <button type="button" onClick={() => download([entry], `design-dojo-kept-aside-${entry.id}.json`)}>
          Export as JSON
        </button>{' '}
        {entry.source === 'attempts' && (
          <button
            type="button"
            disabled={busy}
            onClick={() => void run(() => quarantineRestoreRequested(entry.key))}
          >
            Try to restore
          </button>
        )}{' '}
        {confirming ? (
          <button
            type="button"
            className="danger"
            disabled={busy}
            onClick={() => void run(() => quarantineDiscardRequested(entry.key))}
          >
            Delete for good
          </button>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>
            Delete…
          </button>
        )}
      </p>
    </li>
  );
}

/**
 * Saved records that could not be read, and versions the user chose not to keep: listed with why and
 * when, exportable as JSON (never with an API key), restorable once today's version reads them, and
 * deletable for good.
 */
export function QuarantinePanel() {
  const id = useId();
  const view = useStorageStore((s) => s.quarantine);
  useEffect(() => {
    void quarantineOpened();
  }, []);
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Kept aside</h2>
      <p className="muted">
        Saved data this version could not read, and versions you chose not to keep when two tabs disagreed.
        Nothing here is deleted unless you delete it.
      </p>
      {view.status === 'loading' && <p role="status">Loading…</p>}
      {view.status === 'error' && (
        <p className="banner error" role="alert">
          The kept-aside records could not be read: {view.message}
        </p>
      )}
      {view.status === 'ready' && (
        <>
          {view.message && <p role="status">{view.message}</p>}
          {view.entries.length === 0 ? (
            <p>Nothing is kept aside.</p>
          ) : (
            <>
              <p>
                <button type="button" onClick={() => download(view.entries, 'design-dojo-kept-aside.json')}>
                  Export all as JSON
                </button>
              </p>
              <ul className="stack" style={{ listStyle: 'none', padding: 0 }} aria-label="Kept-aside records">
                {view.entries.map((entry) => (
                  <Entry key={entry.key} entry={entry} />
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
