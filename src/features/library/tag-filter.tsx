import { useRef, useState, type KeyboardEvent } from 'react';

/**
 * The tag chips as one tab stop (roving tabindex): Tab enters and leaves the group, arrow keys, Home and
 * End move between chips, Space or Enter toggles one.
 */
export function TagFilter({
  tags,
  selected,
  onToggle,
}: {
  tags: string[];
  selected: string[];
  onToggle: (tag: string) => void;
}) {
  const [active, setActive] = useState(0);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const current = Math.min(active, Math.max(0, tags.length - 1));
  const move = (to: number) => {
    const next = (to + tags.length) % tags.length;
    setActive(next);
    refs.current[next]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const keys: Record<string, () => void> = {
      ArrowRight: () => move(current + 1),
      ArrowDown: () => move(current + 1),
      ArrowLeft: () => move(current - 1),
      ArrowUp: () => move(current - 1),
      Home: () => move(0),
      End: () => move(tags.length - 1),
    };
    const action = keys[e.key];
    if (!action) return;
    e.preventDefault();
    action();
  };
  return (
    <div
      className="tag-filter"
      role="group"
      aria-label="Filter by tag"
      aria-describedby="tag-hint"
      onKeyDown={onKeyDown}
    >
      <span id="tag-hint" className="visually-hidden">
        Arrow keys move between tags; Space selects.
      </span>
      {tags.map((tag, i) => (
        <button
          key={tag}
          ref={(el) => {
            refs.current[i] = el;
          }}
          type="button"
          className="chip"
          tabIndex={i === current ? 0 : -1}
          aria-pressed={selected.includes(tag)}
          onFocus={() => setActive(i)}
          onClick={() => onToggle(tag)}
        >
          {tag}
        </button>
      ))}
    </div>
  );
}
