import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';

/** Runs `task` once the next frame has been rendered (a task queued from its animation frame callback). */
function afterNextPaint(task: () => void): void {
  const queueTask = () => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      task();
    };
    channel.port2.postMessage(null);
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(queueTask);
  else setTimeout(task, 0);
}

/**
 * An uncontrolled answer box whose text reaches `commit` (the attempt store: autosave, rail, word count,
 * preview) one frame after the keystroke. A keystroke costs the browser's own editing and nothing else:
 * React does not re-render, and the box's 70,000-character value is neither read back nor set again
 * per key (a controlled <textarea> does both, and resets its default value each render). Keystrokes
 * within one frame are committed together.
 *
 * Nothing waits longer than that frame: the text is also committed at once when the box loses focus,
 * when the editor unmounts, and when the page is hidden or left, before the storage layer's own
 * listeners (this one listens in the capture phase) take their copy for the journal.
 *
 * A text that changes from elsewhere (another tab's version chosen, a restore) replaces the box's
 * content, unless the candidate has typed something newer that is not committed yet.
 */
export function useUncontrolledText(
  text: string,
  commit: (text: string) => void,
): {
  boxRef: (box: HTMLTextAreaElement) => void;
  edited: () => void;
  flush: () => void;
  replace: (text: string) => void;
} {
  const element = useRef<HTMLTextAreaElement | null>(null);
  const dirty = useRef(false);
  const scheduled = useRef(false);
  const committed = useRef(text);
  const commitRef = useRef(commit);
  useEffect(() => {
    commitRef.current = commit;
  }, [commit]);

  const flush = useCallback(() => {
    const box = element.current;
    if (!dirty.current || !box) return;
    dirty.current = false;
    committed.current = box.value;
    commitRef.current(box.value);
  }, []);

  const edited = useCallback(() => {
    dirty.current = true;
    if (scheduled.current) return;
    scheduled.current = true;
    afterNextPaint(() => {
      scheduled.current = false;
      flush();
    });
  }, [flush]);

  const replace = useCallback((next: string) => {
    const box = element.current;
    if (box) box.value = next;
    dirty.current = false;
    committed.current = next;
    commitRef.current(next);
  }, []);

  // The box keeps its element after unmounting (a detached box still has its value), for the last flush.
  const boxRef = useCallback((box: HTMLTextAreaElement) => {
    if (box === element.current) return;
    element.current = box;
    box.value = committed.current;
  }, []);

  // A text changed elsewhere is shown, unless newer typing here is still to be committed.
  useLayoutEffect(() => {
    const box = element.current;
    if (text === committed.current || dirty.current || !box) return;
    committed.current = text;
    box.value = text;
  }, [text]);

  useEffect(() => {
    const onHide = () => flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', onHide, { capture: true });
    window.addEventListener('visibilitychange', onVisibility, { capture: true });
    return () => {
      window.removeEventListener('pagehide', onHide, { capture: true });
      window.removeEventListener('visibilitychange', onVisibility, { capture: true });
      flush();
    };
  }, [flush]);

  return { boxRef, edited, flush, replace };
}
