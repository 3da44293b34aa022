// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
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
