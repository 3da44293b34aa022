// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { newAttempt } from '@/domain/attempt';
import { attemptsStoreStarted, useAttemptsStore } from '@/stores/attempts-store';
import { testGrade } from '../../../tests/fixtures/grades';
import { memoryPersistence } from '../../../tests/fixtures/memory-persistence';
import { LibraryScreen } from './library-screen';

const cards = () => within(screen.getByRole('list', { name: 'Prompts' })).getAllByRole('listitem');

describe('LibraryScreen (built-in content)', () => {
  beforeEach(() => {
    window.location.hash = '#/';
    useAttemptsStore.setState({ status: 'ready', attempts: {} });
  });

  it('lists the ten built-in prompts with difficulty, time and tags', () => {
    render(<LibraryScreen />);
    expect(cards().length).toBeGreaterThanOrEqual(10);
    expect(within(cards()[0]!).getByText(/\d+ min/)).toBeTruthy();
  });

  it('narrows by search text and by tag, and says when nothing matches', async () => {
    const user = userEvent.setup();
    render(<LibraryScreen />);
    await user.type(screen.getByLabelText('Search prompts'), 'contract');
    // The search also reads each brief, so a card may match on its body rather than its title.
    expect(cards().length).toBeLessThan(10);
    expect(screen.getByRole('link', { name: /contract review/i })).toBeTruthy();
    await user.type(screen.getByLabelText('Search prompts'), ' zebra-unicorn');
    expect(screen.getByText(/No prompt matches/)).toBeTruthy();
    await user.clear(screen.getByLabelText('Search prompts'));
    await user.click(
      within(screen.getByRole('group', { name: 'Filter by tag' })).getByRole('button', { name: 'sql' }),
    );
    for (const card of cards()) expect(card.textContent).toContain('sql');
  });

  it('searches every visible field and keeps the search in the URL', async () => {
    const user = userEvent.setup();
    render(<LibraryScreen />);
    await user.type(screen.getByLabelText('Search prompts'), 'foundation');
    expect(cards().length).toBe(2);
    for (const card of cards()) expect(card.textContent).toMatch(/foundation/i);
    expect(window.location.hash).toBe('#/?q=foundation');
    await user.clear(screen.getByLabelText('Search prompts'));
    await user.selectOptions(screen.getByLabelText('Difficulty'), 'advanced');
    await user.selectOptions(screen.getByLabelText('Length'), 'long');
    expect(window.location.hash).toBe('#/?difficulty=advanced&length=long');
    for (const card of cards()) expect(card.textContent).toMatch(/advanced.*(5[5-9]|[6-9]\d) min/i);
  });

  it('restores the search from the URL and filters by a card tag', async () => {
    window.location.hash = '#/?q=legal&tag=rag';
    render(<LibraryScreen />);
    expect((screen.getByLabelText('Search prompts') as HTMLInputElement).value).toBe('legal');
    const group = screen.getByRole('group', { name: 'Filter by tag' });
    expect(within(group).getByRole('button', { name: 'rag' }).getAttribute('aria-pressed')).toBe('true');
    const tagLink = within(cards()[0]!).getAllByRole('link', { name: /Show prompts tagged/ })[0]!;
    expect(tagLink.getAttribute('href')).toMatch(/^#\/\?q=legal&tag=rag/);
  });

  it('makes the tag chips one tab stop with arrow keys inside', async () => {
    const user = userEvent.setup();
    render(<LibraryScreen />);
    const chips = within(screen.getByRole('group', { name: 'Filter by tag' })).getAllByRole('button');
    expect(chips.filter((c) => c.tabIndex === 0)).toHaveLength(1);
    chips[0]!.focus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(document.activeElement).toBe(chips[2]);
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(chips[chips.length - 1]);
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(chips[0]);
    await user.keyboard(' ');
    expect(chips[0]!.getAttribute('aria-pressed')).toBe('true');
    await user.tab();
    expect(chips).not.toContain(document.activeElement);
  });

  it('shows attempted, best and latest totals, what is due, and where to continue', async () => {
    const DAY = 86_400_000;
    const now = Date.now();
    const old = newAttempt({ id: 'a1', promptId: 'legal-rag', promptTitle: 'Legal RAG', now: now - 5 * DAY });
    old.grades = {
      task: testGrade('task', { score: 3, gradedAt: now - 5 * DAY }),
      cost: testGrade('cost', { score: 1, gradedAt: now - 5 * DAY }),
    };
    const newer = newAttempt({ id: 'a2', promptId: 'legal-rag', promptTitle: 'Legal RAG', now: now - DAY });
    newer.grades = { task: testGrade('task', { score: 2, gradedAt: now - DAY }) };
    await attemptsStoreStarted(memoryPersistence([old, newer]));
    render(<LibraryScreen />);
    const card = cards().find((c) => /legal/i.test(within(c).getByRole('heading').textContent ?? ''))!;
    expect(card.textContent).toContain('Attempted 2 times');
    expect(card.textContent).toContain('Best 4/44');
    expect(card.textContent).toContain('Latest 2/44');
    expect(card.textContent).not.toContain('LLM');
    expect(card.textContent).toContain('2 sections due for review');
    expect(screen.getByRole('button', { name: 'Drill User task in Legal RAG' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Drill Cost in Legal RAG' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Continue' }).getAttribute('href')).toBe('#/attempts/a2');
  });

  it('says when a total comes from the LLM grader', async () => {
    const a = newAttempt({ id: 'l1', promptId: 'legal-rag', promptTitle: 'Legal RAG', now: 1 });
    a.grades = {
      task: testGrade('task', {
        score: 4,
        grader: { kind: 'llm', model: 'm', endpoint: 'http://127.0.0.1' },
      }),
    };
    await attemptsStoreStarted(memoryPersistence([a]));
    render(<LibraryScreen />);
    const card = cards().find((c) => /legal/i.test(within(c).getByRole('heading').textContent ?? ''))!;
    expect(card.textContent).toContain('Best 4/44 (LLM)');
  });
});
