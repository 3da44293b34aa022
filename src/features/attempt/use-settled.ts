import { useEffect, useState } from 'react';

/** Longer answers wait for a pause in typing before what is derived from them (preview, word count) is redone. */
const SHORT_ANSWER_CHARS = 4000;
const SETTLE_MS = 300;

/**
 * The text, once it has stopped changing for `ms` (at once when ms is 0). While the delay is 0 the
 * settled copy follows the text, so when a growing answer starts waiting it shows what was last shown,
 * not the text it had when the screen opened.
 */
function useSettled(text: string, ms: number): string {
  const [settled, setSettled] = useState(text);
  if (ms === 0 && settled !== text) setSettled(text);
  useEffect(() => {
    if (ms === 0) return;
    const timer = setTimeout(() => setSettled(text), ms);
    return () => clearTimeout(timer);
  }, [text, ms]);
  return ms === 0 ? text : settled;
}

/** `useSettled` with the delay long answers get: none up to SHORT_ANSWER_CHARS, SETTLE_MS above. */
export function useSettledAnswer(text: string): string {
  return useSettled(text, text.length > SHORT_ANSWER_CHARS ? SETTLE_MS : 0);
}
