// The confusion matrix as a self-contained SVG heat map, written next to the Markdown report.
import { LEVELS } from './metrics';

function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A 5x5 heat map of the confusion matrix, shaded by each row's share so every human score reads alike. */
export function confusionSvg(
  matrix: readonly (readonly number[])[],
  title = 'Human score by grader score',
): string {
  const cell = 64;
  const left = 92;
  const top = 80;
  const size = cell * LEVELS;
  const width = left + size + 24;
  const height = top + size + 56;
  const els: string[] = [];
  els.push(
    `<text x="${width / 2}" y="26" text-anchor="middle" font-size="16" font-weight="600">${escapeXml(title)}</text>`,
  );
  els.push(
    `<text x="${left + size / 2}" y="${top - 32}" text-anchor="middle" font-size="13">Grader score</text>`,
  );
  els.push(
    `<text x="22" y="${top + size / 2}" text-anchor="middle" font-size="13" transform="rotate(-90 22 ${top + size / 2})">Human score</text>`,
  );
  for (let k = 0; k < LEVELS; k++) {
    els.push(
      `<text x="${left + k * cell + cell / 2}" y="${top - 10}" text-anchor="middle" font-size="13">${k}</text>`,
    );
    els.push(
      `<text x="${left - 12}" y="${top + k * cell + cell / 2 + 5}" text-anchor="end" font-size="13">${k}</text>`,
    );
  }
  for (let i = 0; i < LEVELS; i++) {
    const row = matrix[i] ?? [];
    const total = row.reduce((a, b) => a + b, 0);
    for (let j = 0; j < LEVELS; j++) {
      const count = row[j] ?? 0;
      const shade = total ? count / total : 0;
      const r = Math.round(255 - shade * (255 - 31));
      const g = Math.round(255 - shade * (255 - 94));
      const b = Math.round(255 - shade * (255 - 168));
      const x = left + j * cell;
      const y = top + i * cell;
      const stroke = i === j ? ' stroke="#111" stroke-width="2"' : ' stroke="#ccc" stroke-width="1"';
      els.push(
        `<rect x="${x}" y="${y}" width="${cell}" height="${cell}" fill="rgb(${r},${g},${b})"${stroke}/>`,
      );
      const ink = shade > 0.5 ? '#fff' : '#111';
      els.push(
        `<text x="${x + cell / 2}" y="${y + cell / 2 + 5}" text-anchor="middle" font-size="15" fill="${ink}">${count}</text>`,
      );
    }
  }
  els.push(
    `<text x="${width / 2}" y="${height - 18}" text-anchor="middle" font-size="11" fill="#555">Counts; shade = share of the row; outlined cells agree exactly.</text>`,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" role="img">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    ...els,
    '</svg>',
    '',
  ].join('\n');
}
