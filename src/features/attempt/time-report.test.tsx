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
    expect(cells('User task')).toEqual(['2:00', '3:36', '1:36 under']);
    expect(cells('Retrieval')).toEqual(['13:00', '5:24', '7:36 over']);
    expect(cells('Evals')).toEqual(['1:00', '5:24', '4:24 under']);
    expect(cells('Rollout')).toEqual(['0:00', '2:42', '2:42 under']);
    expect(cells('Total')).toEqual(['16:00', '45:00', '29:00 unused']);
    expect(screen.getByRole('rowheader', { name: 'Retrieval' }).closest('tr')?.className).toBe(
      'time-report__over',
    );
    expect(screen.getByRole('rowheader', { name: 'Evals' }).closest('tr')?.className).toBe('');
  });

  it('keeps every column adding up when section times have fractions of a second', () => {
    const ms = (m: number, s: number, r = 0) => m * MIN + s * 1000 + r;
    // Three sections of 0:20.4 each: rounding each alone would show 0:20 x 3 = 1:00 against a 1:01 total.
    const uneven: ClockEvent[] = [
      startEvent(T0, 'task'),
      focusEvent(T0 + ms(0, 20, 400), 'data'),
      focusEvent(T0 + ms(0, 40, 800), 'retrieval'),
      endEvent(T0 + ms(1, 1, 200), 'submitted'),
    ];
    render(<TimeReport attempt={{ mode: mockMode({ customMinutes: 2 }, false), clock: uneven }} />);
    const seconds = (text: string | null) => {
      const [m, s] = (text ?? '').split(' ')[0]!.split(':').map(Number);
      return (m ?? 0) * 60 + (s ?? 0);
    };
    const rows = ['User task', 'Data sources', 'Retrieval'].map(cells);
    const spent = rows.reduce((sum, r) => sum + seconds(r[0] ?? null), 0);
    expect(cells('Total')[0]).toBe('1:01');
    expect(spent).toBe(61);
    for (const r of rows) {
      const sign = r[2]?.includes('over') ? -1 : 1;
      expect(seconds(r[1] ?? null) - seconds(r[0] ?? null)).toBe(sign * seconds(r[2] ?? null));
    }
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
