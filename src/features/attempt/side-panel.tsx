import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

export type SideTab = 'preview' | 'grade';
const TABS: { id: SideTab; label: string }[] = [
  { id: 'preview', label: 'Preview' },
  { id: 'grade', label: 'Grade' },
];

/** The workspace's second column: preview or grade, one at a time, and it can be folded away. */
export function SidePanel({
  tab,
  onTab,
  open,
  onOpen,
  children,
}: {
  tab: SideTab;
  onTab: (tab: SideTab) => void;
  open: boolean;
  onOpen: (open: boolean) => void;
  children: ReactNode;
}) {
  const id = useId();
  const tabRefs = useRef<Partial<Record<SideTab, HTMLButtonElement | null>>>({});
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    e.preventDefault();
    const next = tab === 'preview' ? 'grade' : 'preview';
    onTab(next);
    tabRefs.current[next]?.focus();
  };
  if (!open) {
    return (
      <div className="side-panel side-panel--closed">
        <button type="button" onClick={() => onOpen(true)} aria-expanded={false}>
          Show preview and grade
        </button>
      </div>
    );
  }
  return (
    <div className="side-panel">
      <div className="side-panel__bar">
        <div role="tablist" aria-label="Side panel" className="side-panel__tabs" onKeyDown={onKeyDown}>
          {TABS.map((t) => (
            <button
              key={t.id}
              ref={(el) => {
                tabRefs.current[t.id] = el;
              }}
              type="button"
              role="tab"
              id={`${id}-${t.id}`}
              aria-selected={tab === t.id}
              aria-controls={`${id}-panel`}
              tabIndex={tab === t.id ? 0 : -1}
              onClick={() => onTab(t.id)}
            >
              {t.label}
            </button>
          ))}
        </div>
        <button type="button" className="side-panel__hide" onClick={() => onOpen(false)} aria-expanded>
          Hide panel
        </button>
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-${tab}`} className="side-panel__body">
        {children}
      </div>
    </div>
  );
}
