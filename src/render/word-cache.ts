import type { Messages } from '../i18n/en.ts';
import type { RenderContext } from './context.ts';

/**
 * A cache for values that hold words (a layer's legend, the map's notes, the explainer's lists): one per data
 * object and per edition's UI strings, so that one language's words never serve another edition's page. Values
 * with no words (counts, geometry) stay cached per data alone.
 */
export function wordCache<K extends object, V>(): (ctx: RenderContext, key: K, make: () => V) => V {
  const byData = new WeakMap<K, WeakMap<Messages, V>>();
  return (ctx, key, make) => {
    let byWords = byData.get(key);
    if (!byWords) byData.set(key, (byWords = new WeakMap()));
    if (!byWords.has(ctx.t)) byWords.set(ctx.t, make());
    return byWords.get(ctx.t)!;
  };
}
