// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ReviewItem } from '@/domain/progress/review';
import { SECTION_IDS } from '@/domain/sections';
import { DueList } from '@/features/progress/due-list';

const DAY = 86_400_000;
const NOW = 100 * DAY;

/** Seven due sections of one prompt, most overdue first (the schedule's order). */
const due: ReviewItem[] = SECTION_IDS.slice(0, 7).map((section, i) => ({
  promptId: 'legal-rag',
  promptTitle: 'Build a RAG system for legal documents',
  section,
  lastScore: 1,
  lastGradedAt: NOW - 10 * DAY,
  attemptId: 'a1',
  dueAt: NOW - (7 - i) * DAY,
  round: 1,
}));

describe('DueList', () => {
  it('shows the three most overdue sections and the rest on request', async () => {
    const user = userEvent.setup();
    render(<DueList items={due} upcoming={[]} now={NOW} />);
    const list = screen.getByRole('list', { name: 'Due for review' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('strong')?.textContent),
    ).toEqual(['User task', 'Data sources', 'Retrieval']);
    expect(within(list).getAllByRole('listitem')[0]?.textContent).toContain('7 days overdue');
    expect(screen.getByText('Showing 3 of 7 due sections.')).toBeTruthy();

    const more = screen.getByRole('button', { name: 'Show all 7 due' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    await user.click(more);
    expect(within(list).getAllByRole('listitem')).toHaveLength(7);
    expect(screen.queryByText(/Showing 3 of 7/)).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Show the first three' }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
  });

  it('has no toggle when three or fewer are due', () => {
    render(<DueList items={due.slice(0, 3)} upcoming={[]} now={NOW} />);
    expect(
      within(screen.getByRole('list', { name: 'Due for review' })).getAllByRole('listitem'),
    ).toHaveLength(3);
    expect(screen.queryByRole('button', { name: /Show all/ })).toBeNull();
  });
});
