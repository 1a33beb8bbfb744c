/**
 * The words a script writes come from the page: a component puts its script's part of the UI strings
 * (src/i18n/en.ts, `scripts`) in a `data-ui` attribute as JSON. Numbers are written in the page's language.
 */
export type Forms = { one: string; other: string };

/** The strings a script's root element carries. */
export function uiText<T>(root: HTMLElement): T {
  return JSON.parse(root.dataset.ui ?? '{}') as T;
}

const lang = () => document.documentElement.lang || undefined;

/** A template with its `{slots}` filled; numbers formatted in the page's language. */
export function fill(template: string, slots: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = slots[key];
    return typeof value === 'number' ? value.toLocaleString(lang()) : (value ?? '');
  });
}

/** The plural form for `n` (Intl.PluralRules in the page's language), with `{n}` filled. */
export function plural(forms: Forms, n: number): string {
  return fill(new Intl.PluralRules(lang()).select(n) === 'one' ? forms.one : forms.other, { n });
}
