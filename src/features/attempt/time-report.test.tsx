// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ClockEvent } from '@/domain/attempt';
import { endEvent, focusEvent, mockMode, pauseEvent, resumeEvent, startEvent } from '@/domain/timer';
import { TimeReport } from './time-report';

const MIN = 60_000;
const T0 = 1_700_000_000_000;
const clock: ClockEvent[] = [
  startEvent(T0, 'task'),
  focusEvent(T0 + 2 * MIN, 'retrieval'),
  pauseEvent(T0 + 5 * MIN),
  resumeEvent(T0 + 15 * MIN),
  focusEvent(T0 + 25 * MIN, 'evals'),
  endEvent(T0 + 26 * MIN, 'submitted'),
];
const cells = (name: string) =>
  within(screen.getByRole('rowheader', { name }).closest('tr')!)
    .getAllByRole('cell')
    .map((c) => c.textContent);

describe('TimeReport', () => {
  it('shows time spent per section against its budget and highlights overruns', () => {
    // Standard budgets: task 3.6 min, retrieval and evals 5.4 min.
    render(<TimeReport attempt={{ mode: mockMode('standard', false), clock }} now={T0 + 90 * MIN} />);
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Section',
      'Spent',
      'Budget',
      'Difference',
    ]);
    expect(cells('User task')).toEqual(['02:00', '03:36', '01:36 under']);
    expect(cells('Retrieval')).toEqual(['13:00', '05:24', '07:36 over budget']);
    expect(cells('Evals')).toEqual(['01:00', '05:24', '04:24 under']);
    expect(cells('Rollout')).toEqual(['00:00', '02:42', '02:42 under']);
    expect(cells('Total')).toEqual(['16:00', '45:00', '29:00 unused']);
    expect(screen.getByRole('rowheader', { name: 'Retrieval' }).closest('tr')?.className).toBe(
      'time-report__over',
    );
    expect(screen.getByRole('rowheader', { name: 'Evals' }).closest('tr')?.className).toBe('');
  });

  it('shows only the time spent for a practice attempt', () => {
    render(
      <TimeReport attempt={{ mode: { kind: 'practice' }, clock: clock.slice(0, 2) }} now={T0 + 12 * MIN} />,
    );
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Section', 'Spent']);
    expect(cells('Retrieval')).toEqual(['10:00']);
    expect(cells('Total')).toEqual(['12:00']);
  });
});
