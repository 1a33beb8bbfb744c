/**
 * Progressive enhancement for /votes/: sort the table by name, votes with or against Russia, or region, and
 * filter it by region or relationship. Without JavaScript the whole table is there, in name order.
 */
import { fill, uiText } from './ui-text.ts';

const form = document.querySelector<HTMLElement>('.matrix-controls');
const body = document.querySelector<HTMLTableSectionElement>('table.matrix tbody');
if (form && body) {
  const rows = [...body.rows];
  const count = form.querySelector<HTMLElement>('.matrix-count')!;
  const ui = uiText<{ count: string }>(form);
  // Sorted as the page's language sorts (its <html lang>), like the list the page was built with.
  const collator = new Intl.Collator(document.documentElement.lang);
  const byName = (a: HTMLTableRowElement, b: HTMLTableRowElement) => collator.compare(a.dataset.name!, b.dataset.name!);
  // By the region's name as the row shows it (data-region holds its id, for the filter).
  const regionName = (r: HTMLTableRowElement) => r.querySelector('td.region')?.textContent ?? '';
  const num = (r: HTMLTableRowElement, key: 'with' | 'against' | 'beyond') => Number(r.dataset[key]);
  const sorts: Record<string, (a: HTMLTableRowElement, b: HTMLTableRowElement) => number> = {
    name: byName,
    with: (a, b) => num(b, 'with') - num(a, 'with') || byName(a, b),
    against: (a, b) => num(b, 'against') - num(a, 'against') || byName(a, b),
    region: (a, b) => collator.compare(regionName(a), regionName(b)) || byName(a, b),
    // Beyond Ukraine: the share of yes/no votes cast with Russia on contested votes (-1 when too few were cast).
    beyond: (a, b) => num(b, 'beyond') - num(a, 'beyond') || byName(a, b),
  };
  const apply = () => {
    const value = (name: string) => form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!.value;
    const region = value('region');
    const relationship = value('relationship');
    let shown = 0;
    for (const r of [...rows].sort(sorts[value('sort')] ?? byName)) {
      r.hidden = Boolean((region && r.dataset.region !== region) || (relationship && r.dataset.relationship !== relationship));
      if (!r.hidden) shown++;
      body.append(r);
    }
    count.textContent = fill(ui.count, { shown, total: rows.length });
  };
  form.addEventListener('change', apply);
  form.hidden = false;
  // The table arrives sorted by name and unfiltered: on load only the count is written, no row is moved.
  count.textContent = fill(ui.count, { shown: rows.length, total: rows.length });
}
