import { useId, useState, type ClipboardEvent } from 'react';
import { MAX_DIAGRAM_CHARS } from '@/domain/attempt';
import { STARTER_DIAGRAM } from '@/lib/mermaid/starter';
import { LimitedPasteNotice } from './limited-paste-notice';
import { MermaidDiagram } from './mermaid-diagram';
import { pasteWithinLimit } from './paste-limit';
import './diagram.css';

interface DiagramEditorProps {
  value: string;
  onChange: (value: string) => void;
  readOnly?: boolean;
}

export function DiagramEditor({ value, onChange, readOnly = false }: DiagramEditorProps) {
  const inputId = useId();
  const [cut, setCut] = useState<string | null>(null);
  const nearLimit = value.length > MAX_DIAGRAM_CHARS * 0.8;
  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    const box = e.currentTarget;
    const result = pasteWithinLimit(
      value,
      { start: box.selectionStart, end: box.selectionEnd },
      e.clipboardData.getData('text/plain'),
      MAX_DIAGRAM_CHARS,
    );
    if (!result.cut) return;
    e.preventDefault();
    onChange(result.text);
    setCut(result.cut);
  };
  return (
    <div className="diagram-editor">
      <div className="diagram-editor__source">
        <label className="diagram-editor__label" htmlFor={inputId}>
          Diagram source (mermaid)
        </label>
        <textarea
          id={inputId}
          className="diagram-editor__input"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          onPaste={onPaste}
          maxLength={MAX_DIAGRAM_CHARS}
          aria-describedby={nearLimit ? `${inputId}-count` : undefined}
          readOnly={readOnly}
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          autoCorrect="off"
          rows={16}
        />
        {nearLimit && (
          <p id={`${inputId}-count`} className="diagram-editor__count" aria-live="polite">
            {value.length.toLocaleString('en-US')} of {MAX_DIAGRAM_CHARS.toLocaleString('en-US')} characters
            {value.length >= MAX_DIAGRAM_CHARS ? ': the diagram is full.' : ''}
          </p>
        )}
        {cut !== null && (
          <LimitedPasteNotice cut={cut} limit={MAX_DIAGRAM_CHARS} onDismiss={() => setCut(null)} />
        )}
        {!readOnly && value.trim() === '' && (
          <button type="button" className="diagram-editor__starter" onClick={() => onChange(STARTER_DIAGRAM)}>
            Insert starter template
          </button>
        )}
      </div>
      <MermaidDiagram source={value} title="Architecture diagram preview" />
    </div>
  );
}
