/** What a paste does to a text box with a length limit: the text kept, and the part that did not fit. */
export function pasteWithinLimit(
  text: string,
  selection: { start: number; end: number },
  pasted: string,
  limit: number,
): { text: string; caret: number; cut: string } {
  const room = Math.max(0, limit - (text.length - (selection.end - selection.start)));
  const kept = pasted.slice(0, room);
  return {
    text: text.slice(0, selection.start) + kept + text.slice(selection.end),
    caret: selection.start + kept.length,
    cut: pasted.slice(room),
  };
}
