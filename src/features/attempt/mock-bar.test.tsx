// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { newAttempt } from '@/domain/attempt';
import { mockMode } from '@/domain/timer';
import { useAttempt, useAttemptsStore } from '@/stores/attempts-store';
import { MockBar } from './mock-bar';

const MIN = 60_000;
const T0 = 1_700_000_000_000;

function seed(strict: boolean) {
  const attempt = newAttempt({
    id: 'a1',
    promptId: 'p',
    promptTitle: 'P',
    now: T0,
    mode: mockMode('standard', strict),
  });
  useAttemptsStore.setState({ attempts: { a1: attempt } });
}

function Harness(props: { now: number; onTimeUp: () => void; onFinish?: () => void }) {
  const attempt = useAttempt('a1');
  if (!attempt) return null;
  return (
    <MockBar
      attempt={attempt}
      onTimeUp={props.onTimeUp}
      onFinish={props.onFinish ?? (() => {})}
      now={props.now}
    />
  );
}

const clock = () => useAttemptsStore.getState().attempts.a1!.clock;

beforeEach(() => {
  useAttemptsStore.setState({
    status: 'ready',
    loadError: null,
    attempts: {},
    damaged: [],
    save: { state: 'idle' },
    recentlyDeleted: null,
  });
});

describe('MockBar', () => {
  it('shows the time left and no pause in strict mode', () => {
    seed(true);
    render(<Harness now={T0 + 10 * MIN} onTimeUp={vi.fn()} />);
    expect(screen.getByRole('timer', { name: 'Time left' }).textContent).toBe('35:00');
    expect(screen.queryByRole('button', { name: 'Pause' })).toBeNull();
    expect(screen.getByText('Strict mode: the clock cannot be paused.')).toBeTruthy();
    expect(screen.getByText(/^User task: /)).toBeTruthy();
  });

  it('ends the attempt and calls onTimeUp once when time runs out', () => {
    seed(true);
    const onTimeUp = vi.fn();
    const view = render(
      <StrictMode>
        <Harness now={T0 + 44 * MIN} onTimeUp={onTimeUp} />
      </StrictMode>,
    );
    expect(onTimeUp).not.toHaveBeenCalled();
    view.rerender(
      <StrictMode>
        <Harness now={T0 + 46 * MIN} onTimeUp={onTimeUp} />
      </StrictMode>,
    );
    view.rerender(
      <StrictMode>
        <Harness now={T0 + 47 * MIN} onTimeUp={onTimeUp} />
      </StrictMode>,
    );
    expect(onTimeUp).toHaveBeenCalledTimes(1);
    expect(clock().filter((e) => e.kind === 'end')).toEqual([
      { kind: 'end', at: T0 + 45 * MIN, reason: 'time-up' },
    ]);
    expect(screen.getByRole('status').textContent).toContain('Time is up.');
  });

  it('ends an attempt whose time ran out while the app was closed, back-dated to the moment it ran out', () => {
    seed(false);
    const onTimeUp = vi.fn();
    render(
      <StrictMode>
        <Harness now={T0 + 3 * 60 * MIN} onTimeUp={onTimeUp} />
      </StrictMode>,
    );
    expect(onTimeUp).toHaveBeenCalledTimes(1);
    expect(clock().at(-1)).toEqual({ kind: 'end', at: T0 + 45 * MIN, reason: 'time-up' });
  });

  it('pauses and resumes when the mode allows it', async () => {
    seed(false);
    const view = render(<Harness now={T0 + 5 * MIN} onTimeUp={vi.fn()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(clock().at(-1)).toEqual({ kind: 'pause', at: T0 + 5 * MIN });
    view.rerender(<Harness now={T0 + 20 * MIN} onTimeUp={vi.fn()} />);
    expect(
      screen.getByText(
        'Paused: the clock is stopped and your answer is read-only. Resume when you are ready.',
      ),
    ).toBeTruthy();
    expect(screen.getByRole('timer').textContent).toBe('40:00');
    await userEvent.click(screen.getByRole('button', { name: 'Resume' }));
    expect(clock().at(-1)).toEqual({ kind: 'resume', at: T0 + 20 * MIN });
    expect(screen.queryByText(/Paused:/)).toBeNull();
  });

  it('finishes early after a confirmation', async () => {
    seed(true);
    const onFinish = vi.fn();
    const onTimeUp = vi.fn();
    render(<Harness now={T0 + 30 * MIN} onTimeUp={onTimeUp} onFinish={onFinish} />);
    await userEvent.click(screen.getByRole('button', { name: 'Finish interview' }));
    expect(onFinish).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Yes, finish' }));
    expect(onFinish).toHaveBeenCalledTimes(1);
    expect(clock().at(-1)).toEqual({ kind: 'end', at: T0 + 30 * MIN, reason: 'submitted' });
    expect(screen.getByRole('status').textContent).toContain('Interview finished.');
    expect(onTimeUp).not.toHaveBeenCalled();
  });

  it('renders nothing for a practice attempt', () => {
    useAttemptsStore.setState({
      attempts: { a1: newAttempt({ id: 'a1', promptId: 'p', promptTitle: 'P', now: T0 }) },
    });
    const { container } = render(<Harness now={T0 + 99 * MIN} onTimeUp={vi.fn()} />);
    expect(container.textContent).toBe('');
  });
});
