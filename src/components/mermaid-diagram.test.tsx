// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderMermaid } from '@/lib/mermaid/render-mermaid';
import { MermaidDiagram } from './mermaid-diagram';

vi.mock('@/lib/mermaid/render-mermaid', () => ({
  renderMermaid: vi.fn(async (_id: string, source: string) => {
    if (source.includes('BROKEN'))
      return { ok: false, message: 'Parse error on line 2: got BROKEN', line: 2 };
    return { ok: true, svg: `<svg><text>${source.split('\n').at(-1)?.trim() ?? ''}</text></svg>` };
  }),
}));

const calls = () => vi.mocked(renderMermaid).mock.calls.map(([, source]) => source);

beforeEach(() => {
  vi.mocked(renderMermaid).mockClear();
});

describe('MermaidDiagram', () => {
  it('shows a loading state, then the rendered diagram', async () => {
    render(<MermaidDiagram source={'flowchart LR\n  a --> b'} title="Architecture" />);
    expect(screen.getByRole('progressbar', { name: 'Rendering diagram' })).toBeTruthy();
    const figure = await screen.findByRole('img', { name: 'Architecture' });
    expect(figure.querySelector('svg text')?.textContent).toBe('a --> b');
  });

  it('fits the diagram to the width, zooms in and out, and opens full screen', async () => {
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
      this.setAttribute('open', '');
    };
    render(<MermaidDiagram source={'flowchart LR\n  a --> b'} title="Architecture" />);
    const figure = await screen.findByRole('img', { name: 'Architecture' });
    expect(figure.className).not.toContain('zoomed');
    fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(screen.getByText('150%')).toBeTruthy();
    expect(figure.className).toContain('diagram__canvas--zoomed');
    expect(figure.style.getPropertyValue('--zoom')).toBe('1.5');
    fireEvent.click(screen.getByRole('button', { name: 'Fit width' }));
    expect(screen.getByText('100%')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Full screen' }));
    expect(screen.getAllByRole('img', { name: 'Architecture' })).toHaveLength(2);
  });

  it('keeps the last good diagram on a syntax error and shows the line', async () => {
    const { rerender } = render(<MermaidDiagram source={'flowchart LR\n  a --> b'} />);
    await screen.findByText('a --> b');
    rerender(<MermaidDiagram source={'flowchart LR\n  BROKEN'} />);
    expect(await screen.findByText(/Syntax error on line 2/)).toBeTruthy();
    expect(screen.getByText(/showing the last valid diagram/)).toBeTruthy();
    expect(screen.getByText('Parse error on line 2: got BROKEN')).toBeTruthy();
    expect(screen.getByText('a --> b')).toBeTruthy();
    expect(
      screen
        .getByText(/Syntax error/)
        .closest('[aria-live]')
        ?.getAttribute('aria-live'),
    ).toBe('polite');

    rerender(<MermaidDiagram source={'flowchart LR\n  a --> c'} />);
    await screen.findByText('a --> c');
    expect(screen.queryByText(/Syntax error/)).toBeNull();
  });

  it('debounces re-renders while typing', async () => {
    const { rerender } = render(<MermaidDiagram source={'flowchart LR\n  a'} />);
    await screen.findByText('a');
    for (const next of ['a -', 'a --', 'a -->', 'a --> b']) {
      rerender(<MermaidDiagram source={`flowchart LR\n  ${next}`} />);
    }
    await screen.findByText('a --> b');
    expect(calls()).toEqual(['flowchart LR\n  a', 'flowchart LR\n  a --> b']);
  });

  it('shows a placeholder and renders nothing for an empty source', async () => {
    render(<MermaidDiagram source={'  \n'} />);
    expect(screen.getByText('Nothing to preview yet.')).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect(calls()).toEqual([]);
  });

  it('shows an error without a diagram when the first render fails', async () => {
    render(<MermaidDiagram source={'flowchart LR\n  BROKEN'} />);
    expect(await screen.findByText('Syntax error on line 2')).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();
  });
});
