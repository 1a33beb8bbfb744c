import type { RenderContext } from '../../render/context.ts';
import type { SiteData } from '../../model/records.ts';
import { BLOC_IDS } from '../../model/stances.ts';
import { alignmentLayer } from './alignment-layer.ts';
import { blocLayer } from './bloc-layer.ts';
import { iccLayer } from './icc-layer.ts';
import type { CountryLayer } from './layer.ts';
import { unfriendlyLayer } from './unfriendly-layer.ts';
import { voteLayer } from './vote-layer.ts';
import { wordCache } from '../../render/word-cache.ts';

/**
 * Every map layer, in navigation order. Add a layer here (with its module declaring classes and classification)
 * and it gets its page at /map/<id>/ and its place in the layer navigation; nothing else to register.
 */
export function countryLayers(ctx: RenderContext, data: SiteData): CountryLayer[] {
  return built(ctx, data, () => [iccLayer(ctx, data), unfriendlyLayer(ctx, data), alignmentLayer(ctx, data), ...BLOC_IDS.map((bloc) => blocLayer(ctx, data, bloc)), ...data.resolutions.map((r) => voteLayer(ctx, r))]);
}

/** The route parameters of every layer's pages in an edition (its map page and its embed): ids only, looked up at render. */
export const layerPaths = (ctx: RenderContext, data: SiteData) => countryLayers(ctx, data).map((layer) => ({ layer: layer.id }));

/** A layer by its id; an id no layer has is a mistake in a route and throws. */
export function layerById(ctx: RenderContext, data: SiteData, id: string | undefined): CountryLayer {
  const layer = countryLayers(ctx, data).find((l) => l.id === id);
  if (!layer) throw new Error(`no map layer ${id}`);
  return layer;
}

/** Layers are built once per load of the data and edition: every map page reads them for its navigation. */
const built = wordCache<SiteData, CountryLayer[]>();

/** One link of the layer navigation. */
export interface LayerLink {
  href: string;
  label: string;
  title?: string | undefined;
}

/** The layer navigation: the trip map (its own view), then every country layer, families grouped under a label. */
export function layerNav(ctx: RenderContext, data: SiteData): { label: string; links: LayerLink[]; groups: { label: string; links: LayerLink[] }[] } {
  const t = ctx.t.layers;
  const links: LayerLink[] = [{ href: ctx.urls.tripMap(), label: t.tripsLink }];
  const groups: { label: string; links: LayerLink[] }[] = [];
  for (const layer of countryLayers(ctx, data)) {
    const link = { href: layer.href, label: layer.nav.label, title: layer.nav.title };
    const group = layer.nav.group;
    if (!group) links.push(link);
    else {
      const found = groups.find((g) => g.label === group);
      if (found) found.links.push(link);
      else groups.push({ label: group, links: [link] });
    }
  }
  return { label: t.nav, links, groups };
}
