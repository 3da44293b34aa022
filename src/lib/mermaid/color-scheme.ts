// The page's colour scheme as the diagram renderer sees it, kept apart from the renderer so screens can
// follow it without loading mermaid.
const DARK_QUERY = '(prefers-color-scheme: dark)';

/** Whether the page is drawn dark: diagrams then use mermaid's dark theme (light edges and arrowheads). */
export const prefersDark = () => typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches;

/**
 * Calls `onChange` when the colour scheme flips (the system switching to dark at dusk, say), so a diagram
 * drawn for the other scheme can be drawn again. Returns the unsubscribe function.
 */
export function onColorSchemeChange(onChange: () => void): () => void {
  if (typeof matchMedia !== 'function') return () => undefined;
  const query = matchMedia(DARK_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}
