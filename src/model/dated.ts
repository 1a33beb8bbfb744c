import { byCodePoint } from './order.ts';
/**
 * Order for the dated lists on profiles (agreements, support, leaders, what changed): by date in the given
 * direction, undated entries last in the order they were written, so a list never runs 2025, 2024, undated, 2025.
 */
export function sortDated<T extends { date?: string | undefined }>(items: readonly T[], order: 'newest-first' | 'oldest-first'): T[] {
  const dated = items.filter((i) => i.date).sort((a, b) => (order === 'newest-first' ? byCodePoint(b.date!, a.date!) : byCodePoint(a.date!, b.date!)));
  return [...dated, ...items.filter((i) => !i.date)];
}
