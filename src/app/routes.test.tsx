// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { newAttempt, type Attempt } from '@/domain/attempt';
import { summarizeAttempt } from '@/domain/attempt-summary';
import { attemptsStoreStarted, sectionEdited, useAttemptsStore } from '@/stores/attempts-store';
import { ErrorBoundary } from './error-boundary';
import { Routes } from './routes';

const go = (hash: string) => act(() => void (window.location.hash = hash));

describe('Routes with crafted URLs', () => {
  beforeEach(() => {
    useAttemptsStore.setState({
      status: 'ready',
      attempts: { a1: newAttempt({ id: 'a1', promptId: 'legal-rag', promptTitle: 'Legal RAG', now: 1 }) },
    });
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])(
    'says an attempt called %s does not exist instead of crashing',
    async (id) => {
      window.location.hash = `#/attempts/${id}`;
      render(<Routes />);
      expect(await screen.findByRole('heading', { name: 'Attempt not found' })).toBeTruthy();
    },
  );

  it.each(['#/prompts/%', '#/attempts/%E0%A4%A', '#/%'])('shows "page not found" for %s', async (hash) => {
    window.location.hash = hash;
    render(<Routes />);
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeTruthy();
  });

  it('an edit aimed at a prototype name creates no record', () => {
    sectionEdited('constructor', 'task', 'text', 5);
    sectionEdited('__proto__', 'task', 'text', 5);
    expect(Object.keys(useAttemptsStore.getState().attempts)).toEqual(['a1']);
    expect(Object.hasOwn(useAttemptsStore.getState().attempts, 'constructor')).toBe(false);
  });

  it('compare and progress ignore ids that are not own attempts', async () => {
    window.location.hash = '#/compare?a=constructor&b=__proto__';
    render(<Routes />);
    expect(await screen.findByRole('heading', { name: 'Compare two attempts' })).toBeTruthy();
    await go('#/compare?attempt=toString&section=retrieval');
    expect(await screen.findByText('That attempt is not saved here.')).toBeTruthy();
    await go('#/compare?attempt=a1&section=constructor');
    expect(await screen.findByText('“constructor” is not a section.')).toBeTruthy();
  });
});

describe('Routes reading an attempt by key', () => {
  it('shows a loading line until the attempt is read, and says why a read failed', async () => {
    const saved = newAttempt({ id: 's1', promptId: 'legal-rag', promptTitle: 'Legal RAG', now: 1 });
    let release: (attempt: Attempt) => void = () => undefined;
    await attemptsStoreStarted({
      loadAtStart: async () => ({ attempts: [], summaries: [summarizeAttempt(saved)], damaged: [] }),
      get: (id) =>
        id === 's1'
          ? new Promise<Attempt>((resolve) => (release = resolve))
          : Promise.reject(new Error('The disk is gone.')),
      schedule: () => undefined,
      flush: async () => undefined,
      remove: async () => undefined,
    });
    window.location.hash = '#/compare?attempt=s1&section=task';
    render(<Routes />);
    expect(await screen.findByText('Loading the attempts…')).toBeTruthy();
    await act(async () => release(saved));
    expect(await screen.findByRole('heading', { name: 'User task: graded versions' })).toBeTruthy();
    await go('#/attempts/s2');
    expect(await screen.findByRole('heading', { name: 'Attempt not opened' })).toBeTruthy();
    expect(screen.getByText(/could not be read: The disk is gone\./)).toBeTruthy();
  });
});

function Boom({ message }: { message: string }): never {
  throw new Error(message);
}

describe('ErrorBoundary', () => {
  it('shows the error with a way back, hides key-like text, and recovers on navigation', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { rerender } = render(
      <ErrorBoundary resetKey="#/x">
        <Boom message="boom with sk-abcdef1234567890 inside" />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('heading', { name: 'This screen stopped working' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to the library' }).getAttribute('href')).toBe('#/');
    const details = screen.getByLabelText('Error details') as HTMLTextAreaElement;
    expect(details.value).toContain('Error: boom with [redacted] inside');
    expect(details.value).not.toContain('sk-abcdef');
    rerender(
      <ErrorBoundary resetKey="#/y">
        <p>fine again</p>
      </ErrorBoundary>,
    );
    expect(screen.getByText('fine again')).toBeTruthy();
    vi.restoreAllMocks();
  });
});
