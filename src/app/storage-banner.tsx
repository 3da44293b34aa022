import { describeRefused } from '@/lib/storage/attempt-records';
import { useAttemptsStore } from '@/stores/attempts-store';
import { settingsProblemDismissed, useSettingsStore } from '@/stores/settings-store';
import { useStorageStore } from '@/stores/storage-store';
import { ConflictDialogs } from './conflict-dialog';

function SaveBanner() {
  const save = useAttemptsStore((s) => s.save);
  const status = useAttemptsStore((s) => s.status);
  const loadError = useAttemptsStore((s) => s.loadError);
  const conflicts = useStorageStore((s) => Object.keys(s.conflicts).length);
  if (status === 'error') {
    return (
      <p className="banner error" role="alert">
        Saved attempts could not be loaded: {loadError}. You can keep practising, but nothing will be saved
        until storage works (private browsing may block it).
      </p>
    );
  }
  if (save.state !== 'error') return null;
  // A conflict being settled is explained, with both versions, by its dialog.
  if (save.kind === 'conflict' && conflicts > 0) return null;
  return (
    <p className="banner error" role="alert">
      {save.kind === 'conflict'
        ? 'This attempt was changed in another tab. Your text here is kept on screen but not saved yet.'
        : `Your latest changes are not saved: ${save.message}. They stay on screen and are retried on your next edit.`}
    </p>
  );
}

function RefusedBanner() {
  const refused = useStorageStore((s) => s.refused);
  const titles = useAttemptsStore((s) => s.attempts);
  const entries = Object.entries(refused);
  if (entries.length === 0) return null;
  return (
    <div className="banner error" role="alert">
      {entries.map(([id, parts]) => (
        <p key={id}>
          In “{titles[id]?.promptTitle ?? id}”, {describeRefused(parts)}. Everything else is saved; shorten it
          and it will be saved with your next edit.
        </p>
      ))}
    </div>
  );
}

function SettingsBanner() {
  const problem = useSettingsStore((s) => s.loadProblem);
  if (!problem) return null;
  return (
    <p className="banner warn" role="alert">
      Your saved settings could not be read ({problem.message}), so the defaults are in use. The old value is
      kept aside in Settings, where you can export it.{' '}
      <button type="button" className="link" onClick={settingsProblemDismissed}>
        Dismiss
      </button>
    </p>
  );
}

export function StorageBanner() {
  return (
    <>
      <SaveBanner />
      <RefusedBanner />
      <SettingsBanner />
      <ConflictDialogs />
    </>
  );
}
