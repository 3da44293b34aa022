import { useId, useState, type ReactNode } from 'react';

/**
 * A folded part of the attempt screen: a button that shows or hides what follows it. The screen uses
 * this rather than <details>: Chromium keeps a closed <details>'s content behind a display lock, and
 * while a document holds one, every selection change and text walk in the answer box checks for it,
 * which cost about 1 ms of each keystroke in a 10,000-word answer.
 */
export function Disclosure({
  summary,
  className,
  children,
}: {
  summary: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className={className ? `disclosure ${className}` : 'disclosure'}>
      <button
        type="button"
        className="disclosure__toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        {summary}
      </button>
      <div id={id} hidden={!open}>
        {children}
      </div>
    </div>
  );
}
