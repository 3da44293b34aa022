// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { MarkdownView } from './markdown-view';

vi.mock('@/lib/mermaid/render-mermaid', () => ({
  renderMermaid: vi.fn(async () => ({ ok: true, svg: '<svg><text>diagram</text></svg>' })),
}));

describe('MarkdownView', () => {
  it.each([
    'https://tracker.example/pixel.png',
    'http://tracker.example/pixel.png',
    '//tracker.example/pixel.png',
  ])('shows a remote image (%s) as a link and never loads it', (url) => {
    const { container } = render(<MarkdownView text={`Before ![team photo](${url}) after`} />);
    expect(container.querySelector('img')).toBeNull();
    const note = screen.getByRole('note', { name: 'Image not loaded: team photo' });
    const link = screen.getByRole('link', { name: url });
    expect(note.contains(link)).toBe(true);
    expect(link.getAttribute('target')).toBe('_blank');
  });

  it('shows an image from the app itself', () => {
    render(<MarkdownView text="![logo](/favicon.svg)" />);
    expect(screen.getByRole('img', { name: 'logo' }).getAttribute('src')).toBe('/favicon.svg');
  });

  it('renders no raw HTML and drops script links', () => {
    const { container } = render(
      <MarkdownView text={'<img src="https://tracker.example/x.png"> [click](javascript:alert(1))'} />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.innerHTML).not.toMatch(/tracker\.example|javascript:/);
    expect(screen.getByTitle('Link removed: unsafe address').textContent).toBe('click');
  });
});
