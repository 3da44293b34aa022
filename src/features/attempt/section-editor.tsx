import { useId } from 'react';
import { MarkdownView } from '@/components/markdown-view';
import { MAX_ANSWER_CHARS, wordCount } from '@/domain/attempt';
import type { Rubric } from '@/domain/content-schema';
import { sectionMeta, type SectionId } from '@/domain/sections';

export function SectionEditor({
  section,
  text,
  rubric,
  readOnly,
  onChange,
}: {
  section: SectionId;
  text: string;
  rubric: Rubric | undefined;
  readOnly: boolean;
  onChange: (text: string) => void;
}) {
  const meta = sectionMeta(section);
  const editorId = useId();
  const words = wordCount(text);
  return (
    <section className="section-editor" aria-labelledby={`${editorId}-title`}>
      <h2 id={`${editorId}-title`}>{meta.title}</h2>
      <p className="muted">{meta.purpose}</p>
      {rubric && (
        <details className="expectations" open>
          <summary>What the interviewer expects</summary>
          <ul>
            {rubric.guidingQuestions.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ul>
        </details>
      )}
      <div className="editor-panes">
        <div className="pane">
          <label htmlFor={editorId} className="pane-label">
            Your answer (Markdown)
          </label>
          <textarea
            id={editorId}
            value={text}
            readOnly={readOnly}
            onChange={(e) => onChange(e.target.value)}
            rows={18}
            maxLength={MAX_ANSWER_CHARS}
            spellCheck
            placeholder={`Write your ${meta.title.toLowerCase()} decisions here. Be concrete: choices, reasons, numbers.`}
          />
          <p className="muted word-count" aria-live="off">
            {words} {words === 1 ? 'word' : 'words'}
          </p>
        </div>
        <div className="pane">
          <span className="pane-label" id={`${editorId}-preview`}>
            Preview
          </span>
          <div className="preview card" aria-labelledby={`${editorId}-preview`} tabIndex={0}>
            {text.trim() ? <MarkdownView text={text} /> : <p className="muted">Nothing written yet.</p>}
          </div>
        </div>
      </div>
    </section>
  );
}
