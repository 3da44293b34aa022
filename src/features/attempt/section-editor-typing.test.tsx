// @vitest-environment jsdom
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Profiler, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { SectionEditor } from './section-editor';

/** The editor inside a parent that holds the text, as the attempt store does, counting its own renders. */
function setup(initial = '') {
  const commits: string[] = [];
  let renders = 0;
  let setFromElsewhere: (text: string) => void = () => {};
  function Harness() {
    const [text, setText] = useState(initial);
    setFromElsewhere = setText;
    return (
      <Profiler id="editor" onRender={() => (renders += 1)}>
        <SectionEditor
          section="task"
          text={text}
          rubric={undefined}
          readOnly={false}
          onChange={(next) => {
            commits.push(next);
            setText(next);
          }}
        />
      </Profiler>
    );
  }
  const view = render(<Harness />);
  const box = screen.getByLabelText<HTMLTextAreaElement>('Your answer (Markdown)');
  /** What a keystroke does to the box: its value changes and an `input` event fires. */
  const type = (value: string) => fireEvent.input(box, { target: { value } });
  return {
    view,
    box,
    type,
    commits,
    renders: () => renders,
    setFromElsewhere: (t: string) => act(() => setFromElsewhere(t)),
  };
}

describe('SectionEditor typing', () => {
  it('re-renders nothing on a keystroke and commits the text one frame later, keystrokes of one frame together', async () => {
    const editor = setup('We cache');
    const before = editor.renders();
    editor.type('We cache t');
    editor.type('We cache to');
    editor.type('We cache top');
    expect(editor.renders()).toBe(before);
    expect(editor.commits).toEqual([]);
    await waitFor(() => expect(editor.commits).toEqual(['We cache top']));
    expect(editor.box.value).toBe('We cache top');
  });

  it('commits at once when the box loses focus', () => {
    const editor = setup();
    editor.type('ACL before ranking');
    fireEvent.blur(editor.box);
    expect(editor.commits).toEqual(['ACL before ranking']);
  });

  it('commits what was typed when the editor goes away', () => {
    const editor = setup();
    editor.type('p95 under 800 ms');
    editor.view.unmount();
    expect(editor.commits).toEqual(['p95 under 800 ms']);
  });

  it('commits before listeners registered earlier see the page being left (the journal of unsaved work)', () => {
    const seen: string[][] = [];
    const editor = setup();
    const journal = () => seen.push([...editor.commits]);
    window.addEventListener('pagehide', journal);
    try {
      editor.type('Rerank the top 50');
      window.dispatchEvent(new Event('pagehide'));
      expect(seen).toEqual([['Rerank the top 50']]);
    } finally {
      window.removeEventListener('pagehide', journal);
    }
  });

  it('shows a text changed elsewhere, but never over newer typing that is not committed yet', async () => {
    const editor = setup('mine');
    editor.setFromElsewhere('the other tab');
    expect(editor.box.value).toBe('the other tab');
    editor.type('the other tab, and more');
    editor.setFromElsewhere('a restore');
    expect(editor.box.value).toBe('the other tab, and more');
    await waitFor(() => expect(editor.commits).toEqual(['the other tab, and more']));
  });

  it('counts the words of a long answer once typing pauses, a short one at once', () => {
    vi.useFakeTimers();
    try {
      const editor = setup('one two');
      expect(screen.getByText('2 words')).toBeTruthy();
      editor.setFromElsewhere('one two three');
      expect(screen.getByText('3 words')).toBeTruthy();
      editor.setFromElsewhere('word '.repeat(1000));
      expect(screen.getByText('3 words')).toBeTruthy();
      act(() => vi.advanceTimersByTime(299));
      expect(screen.getByText('3 words')).toBeTruthy();
      act(() => vi.advanceTimersByTime(1));
      expect(screen.getByText('1,000 words')).toBeTruthy();
    } finally {
      vi.useRealTimers();
    }
  });
});
