import type { RenderContext } from './context.ts';

/**
 * A cache for values that hold words or links (a layer's legend, the map's notes, the explainer's lists): one per
 * data object and per render context, so that one edition's words and links never serve another edition's page
 * (English text shown in an edition takes English words with that edition's links: src/render/context.ts
 * englishContextIn). Values with no words (counts, geometry) stay cached per data alone.
 */
export function wordCache<K extends object, V>(): (ctx: RenderContext, key: K, make: () => V) => V {
  const byData = new WeakMap<K, WeakMap<RenderContext, V>>();
  return (ctx, key, make) => {
    let byContext = byData.get(key);
    if (!byContext) byData.set(key, (byContext = new WeakMap()));
    if (!byContext.has(ctx)) byContext.set(ctx, make());
    return byContext.get(ctx)!;
  };
}
