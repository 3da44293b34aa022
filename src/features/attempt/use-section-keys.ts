import { useEffect, useLayoutEffect, useRef } from 'react';
import type { SectionId } from '@/domain/sections';

/**
 * Alt+Up/Down moves between sections from anywhere on the screen and puts the caret in the new section's
 * editor, so what is typed next lands there. Focus moves in a layout effect, before the browser handles
 * the next key.
 */
export function useSectionKeys(
  sections: readonly SectionId[],
  current: SectionId,
  select: (id: SectionId) => void,
  editor: React.RefObject<HTMLTextAreaElement | null>,
) {
  const focusPending = useRef(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || (e.key !== 'ArrowDown' && e.key !== 'ArrowUp')) return;
      e.preventDefault();
      const i = sections.indexOf(current);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      const next = sections[Math.min(sections.length - 1, Math.max(0, i + step))];
      if (!next) return;
      focusPending.current = true;
      if (next === current) editor.current?.focus();
      else select(next);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [sections, current, select, editor]);

  useLayoutEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    const box = editor.current;
    if (!box) return;
    box.focus();
    box.setSelectionRange(box.value.length, box.value.length);
  }, [current, editor]);
}
