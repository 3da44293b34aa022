// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { MAX_ANSWER_CHARS } from '@/domain/attempt';
import { SectionEditor } from './section-editor';

function Harness({ initial }: { initial: string }) {
  const [text, setText] = useState(initial);
  return <SectionEditor section="task" text={text} rubric={undefined} readOnly={false} onChange={setText} />;
}

describe('SectionEditor paste over the limit', () => {
  it('says how much was cut and offers it to copy', () => {
    render(<Harness initial={'a'.repeat(MAX_ANSWER_CHARS - 10)} />);
    const editor = screen.getByLabelText<HTMLTextAreaElement>('Your answer (Markdown)');
    editor.setSelectionRange(editor.value.length, editor.value.length);
    fireEvent.paste(editor, { clipboardData: { getData: () => 'x'.repeat(25) } });
    expect(editor.value).toHaveLength(MAX_ANSWER_CHARS);
    expect(editor.value.endsWith('x'.repeat(10))).toBe(true);
    const notice = screen.getByRole('alert');
    expect(notice.textContent).toContain('the last 15 pasted characters were not added');
    expect(screen.getByRole('button', { name: 'Copy the cut text' })).toBeTruthy();
  });
});

describe('SectionEditor per-keystroke work', () => {
  it("does not have React read the box's selection on keys (React's onSelect tracking)", () => {
    render(<Harness initial="We cache the top-k results" />);
    const editor = screen.getByLabelText<HTMLTextAreaElement>('Your answer (Markdown)');
    act(() => editor.focus());
    let reads = 0;
    const proto = HTMLTextAreaElement.prototype;
    const start = Object.getOwnPropertyDescriptor(proto, 'selectionStart')!;
    Object.defineProperty(editor, 'selectionStart', {
      configurable: true,
      get() {
        reads += 1;
        return start.get!.call(this);
      },
    });
    fireEvent.keyDown(editor, { key: 'x' });
    fireEvent.keyUp(editor, { key: 'x' });
    document.dispatchEvent(new Event('selectionchange'));
    expect(reads).toBe(0);
  });

  it('shows the hint only while the answer is empty', () => {
    render(<Harness initial="" />);
    const editor = screen.getByLabelText<HTMLTextAreaElement>('Your answer (Markdown)');
    expect(editor.placeholder).toContain('Be concrete');
    fireEvent.input(editor, { target: { value: 'ACL before ranking' } });
    fireEvent.blur(editor);
    expect(editor.value).toBe('ACL before ranking');
    expect(editor.hasAttribute('placeholder')).toBe(false);
  });
});
