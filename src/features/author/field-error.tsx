/** The problem with one field, announced with it (aria-describedby points here). */
export function FieldError({ id, problem }: { id: string; problem: string | undefined }) {
  return problem ? (
    <span id={id} className="field-error">
      {problem}
    </span>
  ) : null;
}

/** Problems for a field and everything under it (`scale` also reports `scale.0.label`). */
export function problemUnder(problems: Map<string, string>, path: string): string | undefined {
  if (problems.has(path)) return problems.get(path);
  for (const [k, v] of problems) if (k.startsWith(`${path}.`)) return `${k.slice(path.length + 1)}: ${v}`;
  return undefined;
}
