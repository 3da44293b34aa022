// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { newAttempt } from '@/domain/attempt';
import { attemptsStoreStarted, useAttemptsStore } from '@/stores/attempts-store';
import { memoryPersistence } from '../../../tests/fixtures/memory-persistence';
import { AttemptScreen } from './attempt-screen';

const renderScreen = () =>
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { mutations: { retry: false } } })}>
      <AttemptScreen attemptId="a1" />
    </QueryClientProvider>,
  );

describe('AttemptScreen (offline grader, in-memory storage)', () => {
  let storage: ReturnType<typeof memoryPersistence>;
  beforeEach(async () => {
    useAttemptsStore.setState({ status: 'loading', attempts: {}, damaged: [], recentlyDeleted: null });
    storage = memoryPersistence([
      newAttempt({ id: 'a1', promptId: 'legal-rag', promptTitle: 'Legal RAG', now: 1 }),
    ]);
    await attemptsStoreStarted(storage);
  });

  it('edits a section, previews it, grades it and saves both', async () => {
    const user = userEvent.setup();
    renderScreen();
    const editor = screen.getByLabelText('Your answer (Markdown)');
    await user.type(editor, 'Lawyers (900) need **cited** answers in under 8 s p95, because trust matters.');
    expect(screen.getByText('cited').tagName).toBe('STRONG');
    expect(storage.saved.get('a1')?.answers.task.text).toContain('900');

    await user.click(screen.getByRole('button', { name: 'Grade section' }));
    const panel = await screen.findByRole('region', { name: 'Grade' });
    expect(await within(panel).findByText(/Offline rubric check \(not an AI\)/)).toBeTruthy();
    expect(storage.saved.get('a1')?.grades.task?.rubricVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(within(screen.getByRole('navigation', { name: 'Sections' })).getByText(/\/4/)).toBeTruthy();
  });

  it('moves between sections with the rail and with Alt+Arrow keys', async () => {
    const user = userEvent.setup();
    renderScreen();
    await user.click(screen.getByRole('button', { name: /Retrieval/ }));
    expect(screen.getByRole('heading', { name: 'Retrieval', level: 2 })).toBeTruthy();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(screen.getByRole('heading', { name: 'Model choice', level: 2 })).toBeTruthy();
    expect(storage.saved.get('a1')?.currentSection).toBe('model');
  });

  it('says so when the attempt does not exist', () => {
    useAttemptsStore.setState({ attempts: {} });
    renderScreen();
    expect(screen.getByRole('heading', { name: 'Attempt not found' })).toBeTruthy();
  });
});
