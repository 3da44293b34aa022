import { useAttemptsStore } from '@/stores/attempts-store';

export function StorageBanner() {
  const save = useAttemptsStore((s) => s.save);
  const status = useAttemptsStore((s) => s.status);
  const loadError = useAttemptsStore((s) => s.loadError);
  if (status === 'error') {
    return (
      <p className="banner error" role="alert">
        Saved attempts could not be loaded: {loadError}. You can keep practising, but nothing will be saved
        until storage works (private browsing may block it).
      </p>
    );
  }
  if (save.state !== 'error') return null;
  return (
    <p className="banner error" role="alert">
      {save.kind === 'conflict'
        ? 'This attempt was changed in another tab. Your text here is kept on screen but not saved; reload to see the other tab’s version, or export this one first.'
        : `Your latest changes are not saved: ${save.message}. They stay on screen and are retried on your next edit.`}
    </p>
  );
}
