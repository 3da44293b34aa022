import { useState } from 'react';

/** Says that a paste went over a limit and keeps the part that was cut, so it can be copied elsewhere. */
export function LimitedPasteNotice({
  cut,
  limit,
  onDismiss,
}: {
  cut: string;
  limit: number;
  onDismiss: () => void;
}) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const copy = () =>
    navigator.clipboard
      .writeText(cut)
      .then(() => setCopied('yes'))
      .catch(() => setCopied('failed'));
  return (
    <div className="banner warn stack paste-notice" role="alert">
      <p>
        <strong>Only part of your paste fits.</strong> This box holds {limit.toLocaleString('en-US')}{' '}
        characters, so the last {cut.length.toLocaleString('en-US')} pasted characters were not added. They
        are kept here until you dismiss this notice.
      </p>
      <div className="row">
        <button type="button" onClick={copy}>
          Copy the cut text
        </button>
        <button type="button" onClick={onDismiss}>
          Dismiss
        </button>
        <span aria-live="polite">
          {copied === 'yes'
            ? 'Copied to the clipboard.'
            : copied === 'failed'
              ? 'The clipboard is not available: select the text below and copy it.'
              : ''}
        </span>
      </div>
      {copied === 'failed' && <textarea readOnly value={cut} rows={4} aria-label="Text that did not fit" />}
    </div>
  );
}
