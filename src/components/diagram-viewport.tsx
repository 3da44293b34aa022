import { useRef, useState, type PointerEvent } from 'react';

const ZOOMS = [1, 1.5, 2, 3, 4] as const;

/**
 * A rendered diagram that starts fitted to the width and can be zoomed (the view scrolls, or is dragged,
 * to pan) or opened full screen. `svg` must already be sanitised.
 */
export function DiagramViewport({ svg, title, stale }: { svg: string; title: string; stale: boolean }) {
  const [zoom, setZoom] = useState(0);
  const [full, setFull] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const drag = useRef<{ x: number; y: number; left: number; top: number } | null>(null);
  const factor = ZOOMS[zoom] ?? 1;

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (factor === 1) return;
    const el = e.currentTarget;
    drag.current = { x: e.clientX, y: e.clientY, left: el.scrollLeft, top: el.scrollTop };
    el.setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d) return;
    e.currentTarget.scrollLeft = d.left - (e.clientX - d.x);
    e.currentTarget.scrollTop = d.top - (e.clientY - d.y);
  };
  const open = () => {
    setFull(true);
    dialog.current?.showModal();
  };

  const canvas = (fullScreen: boolean) => (
    <div
      className={[
        'diagram__canvas',
        stale ? 'diagram__canvas--stale' : '',
        factor > 1 || fullScreen ? 'diagram__canvas--zoomed' : '',
      ].join(' ')}
      style={{ ['--zoom' as string]: String(fullScreen ? Math.max(factor, 1) : factor) }}
      role="img"
      aria-label={title}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={() => (drag.current = null)}
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );

  return (
    <>
      <div className="diagram__tools" role="group" aria-label={`${title}: view`}>
        <button type="button" onClick={() => setZoom(0)} aria-pressed={zoom === 0}>
          Fit width
        </button>
        <button type="button" onClick={() => setZoom((z) => Math.max(0, z - 1))} disabled={zoom === 0}>
          Zoom out
        </button>
        <span className="muted" aria-live="polite">
          {Math.round(factor * 100)}%
        </span>
        <button
          type="button"
          onClick={() => setZoom((z) => Math.min(ZOOMS.length - 1, z + 1))}
          disabled={zoom === ZOOMS.length - 1}
        >
          Zoom in
        </button>
        <button type="button" onClick={open}>
          Full screen
        </button>
      </div>
      {canvas(false)}
      <dialog ref={dialog} className="diagram__dialog" aria-label={title} onClose={() => setFull(false)}>
        <div className="diagram__tools">
          <button type="button" onClick={() => setZoom((z) => Math.max(0, z - 1))} disabled={zoom === 0}>
            Zoom out
          </button>
          <button
            type="button"
            onClick={() => setZoom((z) => Math.min(ZOOMS.length - 1, z + 1))}
            disabled={zoom === ZOOMS.length - 1}
          >
            Zoom in
          </button>
          <button type="button" onClick={() => dialog.current?.close()}>
            Close
          </button>
        </div>
        {full && canvas(true)}
      </dialog>
    </>
  );
}
