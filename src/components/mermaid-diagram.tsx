import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import { onColorSchemeChange, prefersDark } from '@/lib/mermaid/color-scheme';
import { renderMermaid } from '@/lib/mermaid/render-mermaid';
import { DiagramViewport } from './diagram-viewport';
import './diagram.css';

const DEBOUNCE_MS = 300;

interface Rendered {
  source: string;
  svg: string | null;
  error: { message: string; line: number | null } | null;
}

interface MermaidDiagramProps {
  source: string;
  title?: string;
}

export function MermaidDiagram({ source, title = 'Diagram' }: MermaidDiagramProps) {
  const id = useId();
  const [rendered, setRendered] = useState<Rendered>({ source: '', svg: null, error: null });
  const hasRendered = useRef(false);
  const empty = source.trim() === '';
  // Drawn again when the colour scheme flips: a diagram drawn light keeps dark edges on a dark page.
  const dark = useSyncExternalStore(onColorSchemeChange, prefersDark, () => false);

  useEffect(() => {
    if (empty) return;
    let cancelled = false;
    const timer = setTimeout(
      () => {
        void renderMermaid(id, source).then((result) => {
          if (cancelled) return;
          hasRendered.current = true;
          setRendered((prev) =>
            result.ok
              ? { source, svg: result.svg, error: null }
              : { source, svg: prev.svg, error: { message: result.message, line: result.line } },
          );
        });
      },
      hasRendered.current ? DEBOUNCE_MS : 0,
    );
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [id, source, empty, dark]);

  // renderMermaid hands back SVG that is already sanitised.
  const safeSvg = rendered.svg ?? '';
  const loading = !empty && rendered.source !== source;
  const error = empty ? null : rendered.error;

  return (
    <figure className="diagram" aria-busy={loading}>
      <figcaption className="diagram__title">{title}</figcaption>
      {empty ? (
        <p className="diagram__placeholder">Nothing to preview yet.</p>
      ) : safeSvg ? (
        <DiagramViewport svg={safeSvg} title={title} stale={!!error} />
      ) : loading ? (
        <div className="diagram__placeholder">
          <progress aria-label="Rendering diagram" />
          <p>Rendering diagram… The first one loads the diagram renderer and can take a few seconds.</p>
        </div>
      ) : null}
      <div className="diagram__status" aria-live="polite">
        {error && (
          <div className="diagram__error">
            <p className="diagram__error-title">
              {error.line === null ? 'The diagram could not be drawn' : `Syntax error on line ${error.line}`}
              {safeSvg ? ' (showing the last valid diagram)' : ''}
            </p>
            <pre className="diagram__error-message">{error.message}</pre>
          </div>
        )}
      </div>
    </figure>
  );
}
