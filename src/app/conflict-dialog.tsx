import { useId, useState } from 'react';
import { SECTIONS } from '@/domain/sections';
import { differingParts, partText, type ConflictPart, type Side } from '@/lib/storage/conflict-merge';
import { useAttemptsStore } from '@/stores/attempts-store';
import {
  conflictKeptBoth,
  conflictPartsChosen,
  useStorageStore,
  type StorageConflict,
} from '@/stores/storage-store';

const partTitle = (part: ConflictPart) =>
  part === 'diagram' ? 'Diagram' : (SECTIONS.find((s) => s.id === part)?.title ?? part);

const TEXT_STYLE = { maxHeight: '10em', overflow: 'auto', whiteSpace: 'pre-wrap' } as const;

function Version({ label, text }: { label: string; text: string }) {
  return (
    <div>
      <strong>{label}</strong>
      <div className="card" style={TEXT_STYLE} role="group" aria-label={label}>
        {text === '' ? <span className="muted">(empty)</span> : text}
      </div>
    </div>
  );
}

function ConflictChoice({ conflict }: { conflict: StorageConflict }) {
  const headingId = useId();
  const live = useAttemptsStore((s) => s.attempts[conflict.id]);
  const mine = conflict.from === 'save' && live ? live : conflict.mine;
  const { theirs } = conflict;
  const parts = differingParts(mine, theirs);
  const [choice, setChoice] = useState<Partial<Record<ConflictPart, Side>>>({});
  const [busy, setBusy] = useState(false);
  const chosen = (part: ConflictPart): Side => choice[part] ?? 'mine';

  async function apply() {
    setBusy(true);
    const full = Object.fromEntries(parts.map((p) => [p, chosen(p)])) as Record<ConflictPart, Side>;
    await conflictPartsChosen(conflict.id, full);
    setBusy(false);
  }
  function keepBoth() {
    conflictKeptBoth(conflict.id);
  }

  return (
    <section className="banner warn" role="dialog" aria-labelledby={headingId}>
      <h2 id={headingId}>Two versions of “{theirs.promptTitle}”</h2>
      <p>
        {conflict.from === 'save'
          ? 'Another tab saved this attempt while you were writing here, so nothing you typed here is saved yet.'
          : 'Another tab saved this attempt after a tab was closed or reloaded with typing it had not saved yet.'}{' '}
        Choose which text to keep for each part that differs. The version you do not keep is not deleted: it
        is kept aside in Settings, where you can export it.
      </p>
      {parts.length === 0 && <p>The two versions hold the same text; keeping either loses nothing.</p>}
      {parts.map((part) => (
        <fieldset key={part}>
          <legend>{partTitle(part)}</legend>
          <label>
            <input
              type="radio"
              name={`${conflict.id}-${part}`}
              checked={chosen(part) === 'mine'}
              onChange={() => setChoice((c) => ({ ...c, [part]: 'mine' }))}
            />{' '}
            Keep this tab’s {partTitle(part)}
          </label>
          <label>
            <input
              type="radio"
              name={`${conflict.id}-${part}`}
              checked={chosen(part) === 'theirs'}
              onChange={() => setChoice((c) => ({ ...c, [part]: 'theirs' }))}
            />{' '}
            Keep the other tab’s {partTitle(part)}
          </label>
          <Version label={`This tab’s ${partTitle(part)}`} text={partText(mine, part)} />
          <Version label={`Other tab’s ${partTitle(part)}`} text={partText(theirs, part)} />
        </fieldset>
      ))}
      <p>
        <button type="button" className="primary" disabled={busy} onClick={() => void apply()}>
          Save my choice
        </button>{' '}
        <button type="button" disabled={busy} onClick={keepBoth}>
          Keep both as separate attempts
        </button>
      </p>
    </section>
  );
}

/** Every open disagreement between tabs, each settled on its own. */
export function ConflictDialogs() {
  const conflicts = useStorageStore((s) => s.conflicts);
  return (
    <>
      {Object.values(conflicts).map((conflict) => (
        <ConflictChoice key={conflict.id} conflict={conflict} />
      ))}
    </>
  );
}
