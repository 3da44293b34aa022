import { useCallback, useId, useMemo, useState, type ClipboardEvent, type Ref } from 'react';
import { MAX_ANSWER_CHARS, wordCount } from '@/domain/attempt';
import type { Rubric } from '@/domain/content-schema';
import { sectionMeta, type SectionId } from '@/domain/sections';
import { LimitedPasteNotice } from '@/components/limited-paste-notice';
import { pasteWithinLimit } from '@/components/paste-limit';
import { Disclosure } from './disclosure';
import { useUncontrolledText } from './use-uncontrolled-text';
import { useSettledAnswer } from './use-settled';

/**
 * Keeps the box's `focusin` from React's root listener. React's `onSelect` support starts following the
 * selection of any text box that gains focus, and from then on reads the box's selectionStart and
 * selectionEnd on every keydown, keyup and selectionchange: in a 10,000-word answer that was the largest
 * part of React's work per keystroke (about 0.25 ms). Nothing on this screen uses `onSelect`; an
 * `onFocus` on an ancestor of the box would not see the box's focus either. `focusout` still reaches
 * React, so the box's `onBlur` works.
 */
const keepFocusFromReact = (e: Event) => e.stopPropagation();

function setRef<T>(ref: Ref<T> | undefined, value: T | null) {
  if (typeof ref === 'function') ref(value);
  else if (ref) ref.current = value;
}

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
  const { boxRef, edited, flush, replace } = useUncontrolledText(text, onChange);
  // Counting the words of a long answer takes milliseconds: done once typing pauses, as the preview is.
  const settledText = useSettledAnswer(text);
  const words = useMemo(() => wordCount(settledText), [settledText]);

  // The box listens to `input` itself and keeps the event from React: React's change handling would read
  // the whole value back and reset the box's default value on every keystroke (see useUncontrolledText).
  const onInput = useCallback(
    (e: Event) => {
      e.stopPropagation();
      edited();
    },
    [edited],
  );
  const attach = useCallback(
    (el: HTMLTextAreaElement | null) => {
      if (!el) return;
      boxRef(el);
      setRef(editorRef, el);
      el.addEventListener('input', onInput);
      el.addEventListener('focusin', keepFocusFromReact);
      return () => {
        el.removeEventListener('input', onInput);
        el.removeEventListener('focusin', keepFocusFromReact);
        setRef(editorRef, null);
      };
    },
    [boxRef, editorRef, onInput],
  );

  const onPaste = useCallback(
    (e: ClipboardEvent<HTMLTextAreaElement>) => {
      const pasted = e.clipboardData.getData('text/plain');
      const el = e.currentTarget;
      const result = pasteWithinLimit(
        el.value,
        { start: el.selectionStart, end: el.selectionEnd },
        pasted,
        MAX_ANSWER_CHARS,
      );
      if (!result.cut) return;
      e.preventDefault();
      replace(result.text);
      el.setSelectionRange(result.caret, result.caret);
      setCut(result.cut);
    },
    [replace],
  );

  const describedBy = readOnly && readOnlyReason ? `${editorId}-locked` : undefined;
  const empty = text === '';
  // The same element while its props stay the same, so React leaves the box alone when the text commits.
  const answerBox = useMemo(
    () => (
      <textarea
        ref={attach}
        id={editorId}
        className="answer-editor"
        readOnly={readOnly}
        aria-describedby={describedBy}
        onPaste={onPaste}
        onBlur={flush}
        rows={20}
        maxLength={MAX_ANSWER_CHARS}
        spellCheck
        // Only while empty: Chromium recalculates the style of a box holding a placeholder on each keystroke.
        placeholder={
          empty
            ? `Write your ${meta.title.toLowerCase()} decisions here. Be concrete: choices, reasons, numbers.`
            : undefined
        }
      />
    ),
    [attach, editorId, readOnly, describedBy, onPaste, flush, meta.title, empty],
  );

  return (
    <section className="section-editor" aria-labelledby={`${editorId}-title`}>
      <h2 id={`${editorId}-title`}>{meta.title}</h2>
      <p className="muted">{meta.purpose}</p>
      {rubric && (
        <Disclosure className="expectations" summary="What the interviewer expects">
          <ul>
            {rubric.guidingQuestions.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ul>
        </Disclosure>
      )}
      <label htmlFor={editorId} className="pane-label">
        Your answer (Markdown)
      </label>
      {answerBox}
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
