/** One thing wrong with the content, phrased so an editor can fix it without reading code. */
export interface Problem {
  /** Path relative to the project root, e.g. `content/visits/2024-05-16-china.yaml`. */
  file: string;
  /** Dotted path to the field, e.g. `cities[0].lat`; empty when the problem is the file or folder itself. */
  field: string;
  /** The offending value, as written; `undefined` when the field is missing. */
  value: unknown;
  /** What the field should hold instead. */
  expected: string;
}

/** Render a value the way an editor wrote it (short, quoted strings, `(missing)` for absent fields). */
export function showValue(value: unknown): string {
  if (value === undefined) return '(missing)';
  const shown = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  return shown.length > 100 ? `${shown.slice(0, 97)}...` : shown;
}

/** One line per problem: `file: field "x" has value … — expected …`. */
export function formatProblem(p: Problem): string {
  const where = p.field ? `${p.file}: field "${p.field}"` : p.file;
  return `${where}: value ${showValue(p.value)} — ${p.expected}`;
}

/** The message a failed build or check prints. */
export function formatReport(problems: readonly Problem[]): string {
  const lines = problems.map((p) => `  ✗ ${formatProblem(p)}`);
  return `Content check failed with ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}

/** `['cities', 0, 'lat']` → `cities[0].lat` */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/** The value at a Zod issue path inside the raw data (so the message shows what the editor wrote). */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
