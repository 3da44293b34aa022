import { useId } from 'react';
import { STARTER_DIAGRAM } from '@/lib/mermaid/starter';
import { MermaidDiagram } from './mermaid-diagram';
import './diagram.css';

interface DiagramEditorProps {
  value: string;
  onChange: (value: string) => void;
  readOnly?: boolean;
}

export function DiagramEditor({ value, onChange, readOnly = false }: DiagramEditorProps) {
  const inputId = useId();
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
          readOnly={readOnly}
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          autoCorrect="off"
          rows={16}
        />
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
