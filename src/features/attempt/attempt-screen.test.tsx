// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { newAttempt, type Attempt } from '@/domain/attempt';
import { drillMode, endEvent, mockMode, pauseEvent } from '@/domain/timer';
import { attemptsStoreStarted, useAttemptsStore } from '@/stores/attempts-store';
import { memoryPersistence } from '../../../tests/fixtures/memory-persistence';
import { AttemptScreen } from './attempt-screen';

const renderScreen = () =>
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { mutations: { retry: false } } })}>
      <AttemptScreen attemptId="a1" />
    </QueryClientProvider>,
  );

// Timed attempts start now: the mock bar follows the wall clock and would end an older one at once.
const T0 = Date.now();
const TASK = 'Lawyers (900) need **cited** answers in under 8 s p95, because trust matters.';

describe('AttemptScreen (offline grader, in-memory storage)', () => {
  let storage: ReturnType<typeof memoryPersistence>;
  const start = async (
    attempt: Attempt = newAttempt({ id: 'a1', promptId: 'legal-rag', promptTitle: 'Legal RAG', now: 1 }),
  ) => {
    useAttemptsStore.setState({ status: 'loading', attempts: {}, damaged: [], recentlyDeleted: null });
    storage = memoryPersistence([attempt]);
    await attemptsStoreStarted(storage);
  };
  beforeEach(() => start());

  it('edits a section, previews it, grades it and saves both', async () => {
    const user = userEvent.setup();
    renderScreen();
    const editor = screen.getByLabelText('Your answer (Markdown)');
    await user.type(editor, TASK);
    expect(screen.getByText('cited').tagName).toBe('STRONG');
    expect(storage.saved.get('a1')?.answers.task.text).toContain('900');

    await user.click(screen.getByRole('button', { name: 'Grade section' }));
    const panel = await screen.findByRole('region', { name: 'Grade' });
    expect(await within(panel).findByText(/Offline rubric check \(not an AI\)/)).toBeTruthy();
    expect(within(panel).getByRole('heading', { name: 'Next step' })).toBeTruthy();
    expect(storage.saved.get('a1')?.grades.task?.rubricVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(within(screen.getByRole('navigation', { name: 'Sections' })).getByText(/\/4/)).toBeTruthy();
  });

  it('moves between sections with the rail and with Alt+Arrow keys, the caret landing in the new editor', async () => {
    const user = userEvent.setup();
    renderScreen();
    await user.click(screen.getByRole('button', { name: /Retrieval/ }));
    expect(screen.getByRole('heading', { name: 'Retrieval', level: 2 })).toBeTruthy();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(screen.getByRole('heading', { name: 'Model choice', level: 2 })).toBeTruthy();
    expect(storage.saved.get('a1')?.currentSection).toBe('model');
    // Focus was on the rail button: after Alt+Down it is in the Model choice editor, so typing lands there.
    expect(document.activeElement).toBe(screen.getByLabelText('Your answer (Markdown)'));
    // Typing reaches the store one frame after the keystroke (see use-uncontrolled-text.ts).
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}GPT');
    await expect.poll(() => storage.saved.get('a1')?.answers.workflow.text).toBe('GPT');
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}x');
    await expect.poll(() => storage.saved.get('a1')?.answers.model.text).toBe('x');
  });

  it('shows "edited since grading" in the rail and "graded an earlier version" in the panel, and keeps every version', async () => {
    const user = userEvent.setup();
    renderScreen();
    const editor = screen.getByLabelText('Your answer (Markdown)');
    await user.type(editor, TASK);
    await user.click(screen.getByRole('button', { name: 'Grade section' }));
    const panel = await screen.findByRole('region', { name: 'Grade' });
    await within(panel).findByText(/Offline rubric check/);
    await user.type(editor, ' We measure acceptance weekly.');
    const rail = screen.getByRole('navigation', { name: 'Sections' });
    expect(within(rail).getByText('edited since grading')).toBeTruthy();
    expect(within(panel).getByText('Graded an earlier version.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Grade section' }));
    await user.click(await within(panel).findByRole('button', { name: 'Graded versions (2)' }));
    expect(within(rail).queryByText('edited since grading')).toBeNull();
    const history = storage.saved.get('a1')?.gradeHistory.task ?? [];
    expect(history.map((v) => v.text)).toEqual([TASK, `${TASK} We measure acceptance weekly.`]);
    expect(within(panel).getByRole('link', { name: 'Compare versions' }).getAttribute('href')).toBe(
      '#/compare?attempt=a1&section=task',
    );
  });

  it('takes a self-score before grading and shows it beside the grader\u2019s', async () => {
    const user = userEvent.setup();
    renderScreen();
    await user.type(screen.getByLabelText('Your answer (Markdown)'), TASK);
    await user.click(screen.getByRole('tab', { name: 'Grade' }));
    const panel = screen.getByRole('region', { name: 'Grade' });
    await user.click(within(panel).getByRole('radio', { name: '3' }));
    expect(storage.saved.get('a1')?.selfScores.task?.score).toBe(3);
    await user.click(screen.getByRole('button', { name: 'Grade section' }));
    const pair = await within(panel).findByLabelText("Your score and the grader's");
    expect(within(pair).getByText('You').nextElementSibling?.textContent).toBe('3/4');
    expect(within(pair).getByText('Grader').nextElementSibling?.textContent).toMatch(/^[0-4]\/4$/);
  });

  it('keeps grades and the outline hidden while a mock runs, and opens on the scorecard when it ends', async () => {
    const mock = newAttempt({
      id: 'a1',
      promptId: 'legal-rag',
      promptTitle: 'Legal RAG',
      now: T0,
      mode: mockMode('standard', false),
    });
    await start(mock);
    renderScreen();
    expect(screen.queryByRole('button', { name: 'Grade section' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Grade all' })).toBeNull();
    fireEvent.click(screen.getByRole('tab', { name: 'Grade' }));
    expect(screen.getByText(/stay hidden until the interview ends/)).toBeTruthy();
    expect(screen.queryByText('Model-answer outline for this prompt')).toBeNull();

    const ended = { ...mock, clock: [...mock.clock, endEvent(T0 + 60_000, 'submitted')] };
    useAttemptsStore.setState({ attempts: { a1: ended } });
    const scorecard = await screen.findByRole('region', { name: 'Interview scorecard' });
    const order = scorecard.compareDocumentPosition(screen.getByLabelText('Your answer (Markdown)'));
    expect(order & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByLabelText('Your answer (Markdown)')).toHaveProperty('readOnly', true);
  });

  it('makes the answer read-only while a mock is paused', async () => {
    const mock = newAttempt({
      id: 'a1',
      promptId: 'legal-rag',
      promptTitle: 'Legal RAG',
      now: T0,
      mode: mockMode('standard', false),
    });
    await start({ ...mock, clock: [...mock.clock, pauseEvent(T0 + 1000)] });
    renderScreen();
    expect(screen.getByLabelText('Your answer (Markdown)')).toHaveProperty('readOnly', true);
    expect(screen.getByText('Paused: resume the clock to keep writing.')).toBeTruthy();
  });

  it('a drill shows only its sections', async () => {
    const drill = newAttempt({
      id: 'a1',
      promptId: 'legal-rag',
      promptTitle: 'Legal RAG',
      now: T0,
      mode: drillMode(['evals', 'cost']),
    });
    await start(drill);
    renderScreen();
    const rail = screen.getByRole('navigation', { name: 'Sections' });
    const items = within(rail).getAllByRole('listitem');
    expect(items.map((li) => within(li).getByRole('button').getAttribute('data-section'))).toEqual([
      'evals',
      'cost',
    ]);
    expect(screen.getByRole('heading', { name: 'Evals', level: 2 })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Drill clock' })).toBeTruthy();
  });

  it('says so when the attempt does not exist', () => {
    useAttemptsStore.setState({ attempts: {} });
    renderScreen();
    expect(screen.getByRole('heading', { name: 'Attempt not found' })).toBeTruthy();
  });
});
