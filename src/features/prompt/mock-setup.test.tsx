// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ModeSchema } from '@/domain/attempt-schema';
import { SECTIONS } from '@/domain/sections';
import type { MockMode } from '@/domain/timer';
import { MockSetup } from './mock-setup';

const MIN = 60_000;
const sum = (budgets: Record<string, number>) => Object.values(budgets).reduce((s, ms) => s + ms, 0);
const budgetInputs = () => SECTIONS.map((s) => screen.getByLabelText<HTMLInputElement>(s.title));
const seconds = (text: string) => {
  const [m, s] = text.split(':').map(Number);
  return (m ?? 0) * 60 + (s ?? 0);
};
const shownMinutes = () => budgetInputs().reduce((s, input) => s + seconds(input.value), 0) / 60;
const started = (onStart: ReturnType<typeof vi.fn>) => onStart.mock.calls.at(-1)?.[0] as MockMode;

describe('MockSetup', () => {
  it('starts a standard mock with a budget for all eleven sections that adds up to 45 minutes', async () => {
    const onStart = vi.fn();
    render(<MockSetup prompt={{ minutes: 50 }} onStart={onStart} />);
    expect(screen.getByRole('radio', { name: 'Standard: 45 minutes' })).toHaveProperty('checked', true);
    expect(budgetInputs()).toHaveLength(11);
    expect(shownMinutes()).toBe(45);
    expect(screen.getByLabelText<HTMLInputElement>('Retrieval').value).toBe('5:24');
    await userEvent.click(screen.getByRole('button', { name: 'Start mock interview' }));
    const mode = started(onStart);
    expect(ModeSchema.safeParse(mode).success).toBe(true);
    expect(mode).toMatchObject({ kind: 'mock', preset: 'standard', totalMs: 45 * MIN, strict: false });
    expect(sum(mode.budgets)).toBe(45 * MIN);
    expect(mode.budgets.retrieval).toBeGreaterThan(mode.budgets.rollout);
  });

  it('re-splits the other sections when one budget changes, keeping the total', async () => {
    const onStart = vi.fn();
    render(<MockSetup prompt={{ minutes: 50 }} onStart={onStart} />);
    await userEvent.click(screen.getByRole('radio', { name: 'Speed round: 30 minutes' }));
    const retrieval = screen.getByLabelText<HTMLInputElement>('Retrieval');
    fireEvent.change(retrieval, { target: { value: '10' } });
    fireEvent.blur(retrieval);
    expect(retrieval.value).toBe('10:00');
    expect(shownMinutes()).toBe(30);
    const total = screen.getByRole('rowheader', { name: 'Total' }).nextElementSibling;
    expect(total?.textContent).toBe('30:00');

    fireEvent.change(screen.getByLabelText('Rollout'), { target: { value: '31' } });
    expect(screen.getByRole('alert').textContent).toContain(
      'Enter a time from 0:00 to 30:00 (minutes:seconds).',
    );
    fireEvent.change(screen.getByLabelText('Rollout'), { target: { value: '1:75' } });
    expect(screen.getByRole('alert')).toBeTruthy();
    fireEvent.submit(screen.getByRole('form', { name: 'Mock interview' }));
    expect(onStart).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(screen.getByLabelText('Rollout'));

    await userEvent.click(screen.getByRole('checkbox', { name: /Strict/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Start mock interview' }));
    const mode = started(onStart);
    expect(mode).toMatchObject({ preset: 'speed', totalMs: 30 * MIN, strict: true });
    expect(mode.budgets.retrieval).toBe(10 * MIN);
    expect(sum(mode.budgets)).toBe(30 * MIN);
  });

  it('keeps an edited split in proportion when the length changes', async () => {
    const onStart = vi.fn();
    render(<MockSetup prompt={{ minutes: 50 }} onStart={onStart} />);
    fireEvent.change(screen.getByLabelText('Retrieval'), { target: { value: '15' } });
    await userEvent.click(screen.getByRole('radio', { name: 'Deep dive: 60 minutes' }));
    await userEvent.click(screen.getByRole('button', { name: 'Start mock interview' }));
    const mode = started(onStart);
    expect(mode.budgets.retrieval).toBe(20 * MIN);
    expect(sum(mode.budgets)).toBe(60 * MIN);
  });

  it("offers the prompt's suggested time among the lengths, with seconds-exact budgets", async () => {
    const onStart = vi.fn();
    render(<MockSetup prompt={{ minutes: 55 }} onStart={onStart} />);
    await userEvent.click(screen.getByRole('radio', { name: 'Suggested for this prompt: 55 minutes' }));
    expect(shownMinutes()).toBe(55);
    await userEvent.click(screen.getByRole('button', { name: 'Start mock interview' }));
    const mode = started(onStart);
    expect(mode).toMatchObject({ preset: 'custom', totalMs: 55 * MIN });
    expect(Object.values(mode.budgets).every((ms) => ms % 1000 === 0)).toBe(true);
  });

  it('does not repeat a suggested time that is already a preset', () => {
    render(<MockSetup prompt={{ minutes: 45 }} onStart={vi.fn()} />);
    expect(screen.queryByRole('radio', { name: /Suggested/ })).toBeNull();
  });

  it('validates a custom length and starts with it', async () => {
    const onStart = vi.fn();
    render(<MockSetup prompt={{ minutes: 50 }} onStart={onStart} />);
    await userEvent.click(screen.getByRole('radio', { name: 'Custom length' }));
    const minutes = screen.getByLabelText<HTMLInputElement>('Custom length (minutes)');
    expect(minutes.value).toBe('50');

    for (const bad of ['0', '181', '12.5', '']) {
      fireEvent.change(minutes, { target: { value: bad } });
      expect(minutes.getAttribute('aria-invalid')).toBe('true');
      expect(screen.getByText('Enter a whole number of minutes from 1 to 180.')).toBeTruthy();
      expect(screen.queryByRole('table')).toBeNull();
      await userEvent.click(screen.getByRole('button', { name: 'Start mock interview' }));
    }
    expect(onStart).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(minutes);

    fireEvent.change(minutes, { target: { value: '90' } });
    expect(minutes.hasAttribute('aria-invalid')).toBe(false);
    const table = screen.getByRole('table');
    expect(within(table).getByText('Time per section (the total stays 90 minutes)')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Start mock interview' }));
    const mode = started(onStart);
    expect(ModeSchema.safeParse(mode).success).toBe(true);
    expect(mode).toMatchObject({ preset: 'custom', totalMs: 90 * MIN });
    expect(sum(mode.budgets)).toBe(90 * MIN);
  });
});
