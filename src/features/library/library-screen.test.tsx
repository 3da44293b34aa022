// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LibraryScreen } from './library-screen';

describe('LibraryScreen (built-in content)', () => {
  it('lists the ten built-in prompts with difficulty, time and tags', () => {
    render(<LibraryScreen />);
    const cards = within(screen.getByRole('list', { name: 'Prompts' })).getAllByRole('listitem');
    expect(cards.length).toBeGreaterThanOrEqual(10);
    expect(within(cards[0]!).getByText(/\d+ min/)).toBeTruthy();
  });

  it('narrows by search text and by tag, and says when nothing matches', async () => {
    const user = userEvent.setup();
    render(<LibraryScreen />);
    await user.type(screen.getByLabelText('Search prompts'), 'contract');
    const cards = within(screen.getByRole('list', { name: 'Prompts' })).getAllByRole('listitem');
    // The search also reads each brief, so a card may match on its body rather than its title.
    expect(cards.length).toBeLessThan(10);
    expect(screen.getByRole('link', { name: /contract review/i })).toBeTruthy();
    await user.type(screen.getByLabelText('Search prompts'), ' zebra-unicorn');
    expect(screen.getByText(/No prompt matches/)).toBeTruthy();
    await user.clear(screen.getByLabelText('Search prompts'));
    await user.click(
      within(screen.getByRole('group', { name: 'Filter by tag' })).getByRole('button', { name: 'sql' }),
    );
    for (const card of within(screen.getByRole('list', { name: 'Prompts' })).getAllByRole('listitem')) {
      expect(card.textContent).toContain('sql');
    }
  });
});
