import { fieldPath } from './problem.ts';

/** A key written twice in the same JSON object. */
export interface DuplicateKey {
  key: string;
  /** Dotted path to the repeated key, e.g. `votes.CHN`. */
  path: string;
  /** 1-based line of the second occurrence. */
  line: number;
}

type Frame = { kind: 'object'; keys: Set<string>; key: string; expectKey: boolean } | { kind: 'array'; index: number };

/**
 * Finds the first key that appears twice in one object of a JSON text that JSON.parse has already accepted
 * (which keeps the last value silently). A small scanner rather than a second parser: valid JSON leaves only
 * strings, brackets, commas and colons to track, and keys are decoded with JSON.parse so escapes compare equal.
 */
export function duplicateJsonKey(text: string): DuplicateKey | undefined {
  const stack: Frame[] = [];
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') line++;
    else if (ch === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      const top = stack.at(-1);
      if (top?.kind === 'object' && top.expectKey) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (top.keys.has(key)) {
          const parents = stack.slice(0, -1).map((frame) => (frame.kind === 'object' ? frame.key : frame.index));
          return { key, line, path: fieldPath([...parents, key]) };
        }
        top.keys.add(key);
        top.key = key;
        top.expectKey = false;
      }
      i = end;
    } else if (ch === '{') stack.push({ kind: 'object', keys: new Set(), key: '', expectKey: true });
    else if (ch === '[') stack.push({ kind: 'array', index: 0 });
    else if (ch === '}' || ch === ']') stack.pop();
    else if (ch === ',') {
      const top = stack.at(-1);
      if (top?.kind === 'object') top.expectKey = true;
      else if (top) top.index++;
    }
  }
  return undefined;
}
