import { useDeferredValue, useId, useMemo, useState, type ClipboardEvent, type Ref } from 'react';
import { MAX_ANSWER_CHARS, wordCount } from '@/domain/attempt';
import type { Rubric } from '@/domain/content-schema';
import { sectionMeta, type SectionId } from '@/domain/sections';
import { LimitedPasteNotice } from '@/components/limited-paste-notice';
import { pasteWithinLimit } from '@/components/paste-limit';

export function SectionEditor({
  section,
  text,
  rubric,
  readOnly,
  readOnlyReason,
  onChange,
  editorRef,
}: {
  section: SectionId;
  text: string;
  rubric: Rubric | undefined;
  readOnly: boolean;
  /** Shown under the editor while it is read-only. */
  readOnlyReason?: string;
  onChange: (text: string) => void;
  editorRef?: Ref<HTMLTextAreaElement>;
}) {
  const meta = sectionMeta(section);
  const editorId = useId();
  const [cut, setCut] = useState<string | null>(null);
  // Counting words in a long answer takes milliseconds: done on a deferred copy, after the keystroke paints.
  const settledText = useDeferredValue(text);
  const words = useMemo(() => wordCount(settledText), [settledText]);

  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    const pasted = e.clipboardData.getData('text/plain');
    const box = e.currentTarget;
    const result = pasteWithinLimit(
      text,
      { start: box.selectionStart, end: box.selectionEnd },
      pasted,
      MAX_ANSWER_CHARS,
    );
    if (!result.cut) return;
    e.preventDefault();
    onChange(result.text);
    setCut(result.cut);
    requestAnimationFrame(() => box.setSelectionRange(result.caret, result.caret));
  };

  return (
    <section className="section-editor" aria-labelledby={`${editorId}-title`}>
      <h2 id={`${editorId}-title`}>{meta.title}</h2>
      <p className="muted">{meta.purpose}</p>
      {rubric && (
        <details className="expectations">
          <summary>What the interviewer expects</summary>
          <ul>
            {rubric.guidingQuestions.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ul>
        </details>
      )}
      <label htmlFor={editorId} className="pane-label">
        Your answer (Markdown)
      </label>
      <textarea
        ref={editorRef}
        id={editorId}
        className="answer-editor"
        value={text}
        readOnly={readOnly}
        aria-describedby={readOnly && readOnlyReason ? `${editorId}-locked` : undefined}
        onChange={(e) => onChange(e.target.value)}
        onPaste={onPaste}
        rows={20}
        maxLength={MAX_ANSWER_CHARS}
        spellCheck
        placeholder={`Write your ${meta.title.toLowerCase()} decisions here. Be concrete: choices, reasons, numbers.`}
      />
      <div className="row editor-foot">
        <span className="muted word-count" aria-live="off">
          {words.toLocaleString('en-US')} {words === 1 ? 'word' : 'words'}
        </span>
        {readOnly && readOnlyReason && (
          <span id={`${editorId}-locked`} className="muted">
            {readOnlyReason}
          </span>
        )}
      </div>
      {cut !== null && (
        <LimitedPasteNotice cut={cut} limit={MAX_ANSWER_CHARS} onDismiss={() => setCut(null)} />
      )}
    </section>
  );
}
