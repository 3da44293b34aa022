// @vitest-environment jsdom
import { render, renderHook, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ClockWarning } from '@/domain/timer';
import { Countdown, formatClock, useNow, type CountdownProps } from './countdown';

const MIN = 60_000;
const props = (remainingMs: number, warnings: ClockWarning[], extra: Partial<CountdownProps> = {}) => ({
  remainingMs,
  sectionRemainingMs: 2 * MIN,
  sectionTitle: 'Retrieval',
  paused: false,
  warnings,
  ...extra,
});
const announcer = () => document.querySelector('[aria-live="assertive"]');

describe('Countdown', () => {
  it('shows mm:ss and the section budget', () => {
    render(<Countdown {...props(12 * MIN + 5_000, [], { sectionRemainingMs: -30_000, paused: true })} />);
    expect(screen.getByRole('timer', { name: 'Time left' }).textContent).toBe('12:05');
    expect(screen.getByText('Retrieval: 00:30 over budget')).toBeTruthy();
    expect(screen.getByText('Paused')).toBeTruthy();
  });

  it('styles the 5 and 1 minute warnings', () => {
    const { container, rerender } = render(<Countdown {...props(6 * MIN, [])} />);
    expect(container.firstElementChild?.className).toContain('countdown--normal');
    rerender(<Countdown {...props(5 * MIN, ['5min'])} />);
    expect(container.firstElementChild?.className).toContain('countdown--warn');
    rerender(<Countdown {...props(MIN, ['5min', '1min'])} />);
    expect(container.firstElementChild?.className).toContain('countdown--danger');
  });

  it('announces each threshold once', () => {
    const { rerender } = render(<Countdown {...props(6 * MIN, [])} />);
    const region = announcer();
    expect(region?.textContent).toBe('');
    let changes = 0;
    new MutationObserver((records) => (changes += records.length)).observe(region!, {
      childList: true,
      characterData: true,
      subtree: true,
    });
    rerender(<Countdown {...props(5 * MIN, ['5min'])} />);
    expect(region?.textContent).toBe('5 minutes left');
    rerender(<Countdown {...props(4 * MIN, ['5min'])} />);
    rerender(<Countdown {...props(2 * MIN, ['5min'])} />);
    rerender(<Countdown {...props(MIN, ['5min', '1min'])} />);
    expect(region?.textContent).toBe('1 minute left');
    rerender(<Countdown {...props(30_000, ['5min', '1min'])} />);
    return waitFor(() => expect(changes).toBe(2));
  });

  it('does not announce thresholds already crossed when it appears', () => {
    const { rerender } = render(<Countdown {...props(3 * MIN, ['5min'])} />);
    expect(announcer()?.textContent).toBe('');
    rerender(<Countdown {...props(MIN, ['5min', '1min'])} />);
    expect(announcer()?.textContent).toBe('1 minute left');
  });
});

describe('formatClock', () => {
  it('shows mm:ss, rounding up', () => {
    expect(formatClock(45 * MIN)).toBe('45:00');
    expect(formatClock(59_001)).toBe('01:00');
    expect(formatClock(59_000)).toBe('00:59');
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(-90_000)).toBe('01:30');
  });
});

describe('useNow', () => {
  it('re-renders with a later time', async () => {
    const { result } = renderHook(() => useNow(10));
    const first = result.current;
    await waitFor(() => expect(result.current).toBeGreaterThan(first));
  });
});
