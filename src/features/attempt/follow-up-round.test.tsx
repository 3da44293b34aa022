// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { newAttempt, type FollowUpTurn } from '@/domain/attempt';
import type { Grade } from '@/domain/grade-schema';
import { useAttempt, useAttemptsStore } from '@/stores/attempts-store';
import { testGrade } from '../../../tests/fixtures/grades';
import { FollowUpRound } from './follow-up-round';

const T0 = 1_700_000_000_000;
const prompt = {
  followUps: [
    { section: 'safety' as const, question: 'What happens when an email carries hidden instructions?' },
    { section: 'evals' as const, question: 'How do you decide an intent is safe to auto-send?' },
    { section: 'cost' as const, question: 'Drafting costs twice the plan. What do you cut first?' },
  ],
};

const gradeFor = (turn: FollowUpTurn, score = 3): Grade =>
  testGrade(turn.section, { score, answerHash: 'x', gradedAt: T0 + 1 });

function Harness({ now, gradeReply }: { now: number; gradeReply: (turn: FollowUpTurn) => Promise<Grade> }) {
  const attempt = useAttempt('a1');
  if (!attempt) return null;
  return (
    <FollowUpRound attempt={attempt} prompt={prompt} grader="offline" gradeReply={gradeReply} now={now} />
  );
}

const turns = () => useAttemptsStore.getState().attempts.a1!.followUps;

beforeEach(() => {
  useAttemptsStore.setState({
    status: 'ready',
    loadError: null,
    attempts: { a1: newAttempt({ id: 'a1', promptId: 'p', promptTitle: 'P', now: T0 - 60_000 }) },
    damaged: [],
    save: { state: 'idle' },
    recentlyDeleted: null,
  });
});

describe('FollowUpRound', () => {
  it('asks a question, grades the reply and moves on to a summary', async () => {
    const gradeReply = vi.fn(async (turn: FollowUpTurn) => gradeFor(turn));
    render(<Harness now={T0} gradeReply={gradeReply} />);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Safety: What happens when an email carries hidden instructions?',
      'Evals: How do you decide an intent is safe to auto-send?',
      'Cost: Drafting costs twice the plan. What do you cut first?',
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Start follow-up round' }));
    expect(turns().map((t) => t.askedAt)).toEqual([T0, null, null]);
    expect(screen.getByRole('timer').textContent).toBe('03:00');

    const reply = screen.getByLabelText('What happens when an email carries hidden instructions?');
    await userEvent.click(screen.getByRole('button', { name: 'Submit answer' }));
    expect(screen.getByRole('alert').textContent).toContain('Write a reply first');
    expect(gradeReply).not.toHaveBeenCalled();

    await userEvent.type(reply, 'Treat the email as data; tools need approval.');
    await userEvent.click(screen.getByRole('button', { name: 'Submit answer' }));
    expect(await screen.findByText('Quantify it for safety.')).toBeTruthy();
    expect(gradeReply).toHaveBeenCalledTimes(1);
    expect(gradeReply.mock.calls[0]![0]).toMatchObject({
      section: 'safety',
      source: 'prompt',
      answer: 'Treat the email as data; tools need approval.',
      answeredAt: T0,
    });
    expect(turns()[0]).toMatchObject({ answeredAt: T0, grade: { score: 3, section: 'safety' } });
    expect(screen.queryByRole('timer')).toBeNull();

    for (const question of [prompt.followUps[1]!.question, prompt.followUps[2]!.question]) {
      await userEvent.click(screen.getByRole('button', { name: 'Next question' }));
      await userEvent.type(screen.getByLabelText(question), 'An answer.');
      await userEvent.click(screen.getByRole('button', { name: 'Submit answer' }));
    }
    expect((await screen.findByRole('status')).textContent).toBe(
      'Follow-up round complete. Average 3.0/4 over 3 graded replies.',
    );
    expect(gradeReply).toHaveBeenCalledTimes(3);
  });

  it('locks and submits the reply once when its time runs out', async () => {
    const gradeReply = vi.fn(async (turn: FollowUpTurn) => gradeFor(turn, 1));
    const view = render(
      <StrictMode>
        <Harness now={T0} gradeReply={gradeReply} />
      </StrictMode>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Start follow-up round' }));
    await userEvent.type(screen.getByRole('textbox'), 'Half a thought');
    view.rerender(
      <StrictMode>
        <Harness now={T0 + 179_000} gradeReply={gradeReply} />
      </StrictMode>,
    );
    expect(screen.getByRole('timer').textContent).toBe('00:01');
    view.rerender(
      <StrictMode>
        <Harness now={T0 + 200_000} gradeReply={gradeReply} />
      </StrictMode>,
    );
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(await screen.findByText('Quantify it for safety.')).toBeTruthy();
    expect(gradeReply).toHaveBeenCalledTimes(1);
    expect(turns()[0]).toMatchObject({ answer: 'Half a thought', answeredAt: T0 + 180_000 });
  });

  it('keeps the reply and offers a retry when grading fails', async () => {
    const gradeReply = vi
      .fn<(turn: FollowUpTurn) => Promise<Grade>>()
      .mockRejectedValueOnce(new Error('the endpoint timed out'))
      .mockImplementation(async (turn) => gradeFor(turn, 2));
    render(<Harness now={T0} gradeReply={gradeReply} />);
    await userEvent.click(screen.getByRole('button', { name: 'Start follow-up round' }));
    await userEvent.type(screen.getByRole('textbox'), 'My reply');
    await userEvent.click(screen.getByRole('button', { name: 'Submit answer' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Your reply could not be graded: the endpoint timed out. It is kept; try again.',
    );
    expect(screen.getByText('My reply')).toBeTruthy();
    expect(turns()[0]).toMatchObject({ answer: 'My reply', grade: null });
    await userEvent.click(screen.getByRole('button', { name: 'Retry grading' }));
    expect(await screen.findByText('Quantify it for safety.')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
