// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { STARTER_DIAGRAM } from '@/lib/mermaid/starter';
import { DiagramEditor } from './diagram-editor';

vi.mock('@/lib/mermaid/render-mermaid', () => ({
  renderMermaid: vi.fn(async (_id: string, source: string) => ({
    ok: true,
    svg: `<svg><text>${source.split('\n').length} lines</text></svg>`,
  })),
}));

function Harness({ initial = '' }: { initial?: string }) {
  const [value, setValue] = useState(initial);
  return <DiagramEditor value={value} onChange={setValue} />;
}

describe('DiagramEditor', () => {
  it('inserts the starter template when empty and previews it', async () => {
    render(<Harness />);
    const input = screen.getByLabelText('Diagram source (mermaid)');
    expect(screen.getByText('Nothing to preview yet.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Insert starter template' }));
    expect((input as HTMLTextAreaElement).value).toBe(STARTER_DIAGRAM);
    expect(screen.queryByRole('button', { name: 'Insert starter template' })).toBeNull();
    const lines = STARTER_DIAGRAM.split('\n').length;
    expect(await screen.findByText(`${lines} lines`)).toBeTruthy();
  });

  it('edits the source and updates the preview', async () => {
    render(<Harness initial="flowchart LR" />);
    await screen.findByText('1 lines');
    await userEvent.type(screen.getByLabelText('Diagram source (mermaid)'), '\n  a --> b');
    expect(await screen.findByText('2 lines')).toBeTruthy();
  });

  it('is read-only without the starter button when asked', () => {
    const onChange = vi.fn();
    render(<DiagramEditor value="" onChange={onChange} readOnly />);
    expect(screen.getByLabelText('Diagram source (mermaid)').hasAttribute('readonly')).toBe(true);
    expect(screen.queryByRole('button', { name: 'Insert starter template' })).toBeNull();
  });
});
