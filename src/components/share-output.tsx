import { useMemo, useState } from 'react';
import { shareOutput, type Outgoing } from '@/domain/pack/incoming';
import { PACK_LIMITS } from '@/domain/pack/limits';
import { secretField } from '@/domain/pack/secrets';

const fmt = (n: number) => n.toLocaleString('en-US');

/** The app's own address (no hash): what a share link is built on. */
function appAddress(): string {
  return `${window.location.origin}${window.location.pathname}`;
}

function download(fileName: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  URL.revokeObjectURL(url);
}

/**
 * A share link when it fits a chat message, and always a file. Only what `output` holds is encoded:
 * never a setting or a key (key-like text in answers is redacted).
 */
export function ShareOutput(props: { output: Outgoing; fileName: string; what: string }) {
  // Packs travel unredacted (their checksum covers every field), so one holding a key is not offered at all.
  const secret = useMemo(
    () => (props.output.kind === 'pack' ? secretField(props.output.pack) : null),
    [props.output],
  );
  if (secret)
    return (
      <p className="banner warn" role="alert">
        No link or file for {props.what}: {secret}. Remove it first; keys are never shared.
      </p>
    );
  return <ShareReady {...props} />;
}

function ShareReady({ output, fileName, what }: { output: Outgoing; fileName: string; what: string }) {
  const share = useMemo(() => shareOutput(output, appAddress()), [output]);
  const [copied, setCopied] = useState<string | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(share.url);
      setCopied('Link copied.');
    } catch {
      setCopied('Copying was refused by the browser: select the link and copy it yourself.');
    }
  };
  return (
    <div className="stack share-output">
      {share.fitsInLink ? (
        <>
          <label className="field">
            Share link for {what} ({fmt(share.url.length)} characters)
            <input type="text" readOnly value={share.url} onFocus={(e) => e.currentTarget.select()} />
          </label>
          <div className="row">
            <button type="button" className="primary" onClick={() => void copy()}>
              Copy link
            </button>
            <button type="button" onClick={() => download(fileName, share.fileText)}>
              Download file
            </button>
          </div>
        </>
      ) : (
        <>
          <p className="banner warn" role="status">
            A link for {what} would be {fmt(share.url.length)} characters, longer than the{' '}
            {fmt(PACK_LIMITS.maxLinkChars)} a chat message takes. Send the file instead; it imports the same
            way.
          </p>
          <div className="row">
            <button type="button" className="primary" onClick={() => download(fileName, share.fileText)}>
              Download file
            </button>
          </div>
        </>
      )}
      <p className="muted" aria-live="polite">
        {copied ?? 'The link and file carry no settings and no API key.'}
      </p>
    </div>
  );
}
