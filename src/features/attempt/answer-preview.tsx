import { memo, useDeferredValue, useEffect, useState } from 'react';
import { MarkdownView } from '@/components/markdown-view';

/** Longer answers wait for a pause in typing before the preview is rebuilt. */
const SHORT_ANSWER_CHARS = 4000;
const SETTLE_MS = 350;

/** The text, once it has stopped changing for `ms` (immediately when ms is 0). */
function useSettled(text: string, ms: number): string {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    if (ms === 0) return;
    const timer = setTimeout(() => setSettled(text), ms);
    return () => clearTimeout(timer);
  }, [text, ms]);
  return ms === 0 ? text : settled;
}

const RenderedMarkdown = memo(function RenderedMarkdown({ text }: { text: string }) {
  return text.trim() ? <MarkdownView text={text} /> : <p className="muted">Nothing written yet.</p>;
});

/**
 * The answer's Markdown preview, kept off the typing path: it renders a deferred copy of the text (React
 * may interrupt it for a keystroke), and for long answers only after typing pauses.
 */
export function AnswerPreview({ text, labelId }: { text: string; labelId: string }) {
  const settled = useSettled(text, text.length > SHORT_ANSWER_CHARS ? SETTLE_MS : 0);
  const deferred = useDeferredValue(settled);
  const behind = deferred !== text;
  return (
    <div className="preview" aria-labelledby={labelId} aria-busy={behind} tabIndex={0}>
      <RenderedMarkdown text={deferred} />
    </div>
  );
}
