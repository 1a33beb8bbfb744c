/**
 * The words a script writes come from the page: a component puts its script's part of the UI strings
 * (src/i18n/en.ts, `scripts`) in a `data-ui` attribute as JSON. Numbers are written in the page's language.
 */
/** A phrase per plural category of the page's language (CLDR: zero, one, two, few, many); `other` is required. */
export type Forms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The strings a script's root element carries. */
export function uiText<T>(root: HTMLElement): T {
  return JSON.parse(root.dataset.ui ?? '{}') as T;
}

const lang = () => (typeof document === 'undefined' ? undefined : document.documentElement.lang || undefined);

/** A template with its `{slots}` filled; numbers formatted in the page's language (or `locale`). */
export function fill(template: string, slots: Record<string, string | number>, locale = lang()): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = slots[key];
    return typeof value === 'number' ? value.toLocaleString(locale) : (value ?? '');
  });
}

/** The form for `n` by the plural rules of the page's language (or `locale`), every category, with `{n}` filled. */
export function plural(forms: Forms, n: number, locale = lang()): string {
  return fill(forms[new Intl.PluralRules(locale).select(n)] ?? forms.other, { n }, locale);
}
