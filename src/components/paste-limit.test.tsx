// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { MAX_DIAGRAM_CHARS } from '@/domain/attempt';
import { DiagramEditor } from './diagram-editor';
import { pasteWithinLimit } from './paste-limit';

describe('pasteWithinLimit', () => {
  it('keeps what fits at the caret and returns the rest', () => {
    expect(pasteWithinLimit('abcd', { start: 2, end: 2 }, '123456', 7)).toEqual({
      text: 'ab123cd',
      caret: 5,
      cut: '456',
    });
    expect(pasteWithinLimit('abcd', { start: 1, end: 3 }, '12', 7)).toEqual({
      text: 'a12d',
      caret: 3,
      cut: '',
    });
  });
});

function Harness({ initial }: { initial: string }) {
  const [source, setSource] = useState(initial);
  return <DiagramEditor value={source} onChange={setSource} />;
}

describe('DiagramEditor limit', () => {
  it('stops at the limit where the text is entered and keeps what a paste could not add', () => {
    render(<Harness initial={'%% x\n'.repeat(MAX_DIAGRAM_CHARS / 5 - 2)} />);
    const box = screen.getByLabelText<HTMLTextAreaElement>('Diagram source (mermaid)');
    expect(box.maxLength).toBe(MAX_DIAGRAM_CHARS);
    box.setSelectionRange(box.value.length, box.value.length);
    fireEvent.paste(box, { clipboardData: { getData: () => 'flowchart LR\n  a --> b' } });
    expect(box.value).toHaveLength(MAX_DIAGRAM_CHARS);
    expect(screen.getByRole('alert').textContent).toContain('the last 12 pasted characters were not added');
    expect(screen.getByText(/100,000 of 100,000 characters/)).toBeTruthy();
  });
});
