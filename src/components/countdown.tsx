import { useEffect, useId, useState } from 'react';
import type { ClockWarning } from '@/domain/timer';
import './countdown.css';

/** Formats a duration as mm:ss, rounding up so 00:00 shows only when time is up; a negative value shows its size. */
export function formatClock(ms: number): string {
  const total = Math.ceil(Math.abs(ms) / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(total / 60))}:${pad(total % 60)}`;
}

/** Re-renders every `intervalMs` and when the tab is shown again; what it shows is still computed from timestamps. */
export function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const tick = () => setNow(Date.now());
    const timer = window.setInterval(tick, intervalMs);
    document.addEventListener('visibilitychange', tick);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [intervalMs]);
  return now;
}

export interface CountdownProps {
  remainingMs: number;
  /** The current section's budget minus its time spent; negative when over; null to hide. */
  sectionRemainingMs: number | null;
  sectionTitle: string;
  paused: boolean;
  warnings: readonly ClockWarning[];
}

export function Countdown({
  remainingMs,
  sectionRemainingMs,
  sectionTitle,
  paused,
  warnings,
}: CountdownProps) {
  const labelId = useId();
  // Thresholds already crossed when the countdown appeared (say, after a reload) are not announced.
  const [crossedAtMount] = useState(warnings);
  const crossedNow = (w: ClockWarning) => warnings.includes(w) && !crossedAtMount.includes(w);
  const announcement = crossedNow('1min') ? '1 minute left' : crossedNow('5min') ? '5 minutes left' : '';
  const level = warnings.includes('1min') ? 'danger' : warnings.includes('5min') ? 'warn' : 'normal';
  const over = sectionRemainingMs !== null && sectionRemainingMs < 0;

  return (
    <div className={`countdown countdown--${level}${paused ? ' countdown--paused' : ''}`}>
      <span className="countdown__label" id={labelId}>
        Time left
      </span>
      <span className="countdown__time" role="timer" aria-labelledby={labelId}>
        {formatClock(remainingMs)}
      </span>
      {paused && <span className="countdown__badge">Paused</span>}
      {sectionRemainingMs !== null && (
        <span className={over ? 'countdown__section countdown__section--over' : 'countdown__section'}>
          {sectionTitle}: {formatClock(sectionRemainingMs)} {over ? 'over budget' : 'left'}
        </span>
      )}
      <span className="visually-hidden" aria-live="assertive">
        {announcement}
      </span>
    </div>
  );
}
