import { expect, it, vi } from 'vitest';

it('the map and share-card modules do no geometry or file work when imported', async () => {
  vi.resetModules();
  const simplified = vi.fn();
  const read = vi.fn();
  vi.doMock('topojson-simplify', async (original) => {
    const m = await original<typeof import('topojson-simplify')>();
    return { ...m, presimplify: (...args: Parameters<typeof m.presimplify>) => (simplified(), m.presimplify(...args)) };
  });
  vi.doMock('node:fs', async (original) => {
    const m = await original<typeof import('node:fs')>();
    return { ...m, default: m, readFileSync: (...args: Parameters<typeof m.readFileSync>) => (read(args[0]), m.readFileSync(...args)) };
  });
  await import('../../src/map/geo/base-map.ts');
  await import('../../src/map/geo/trip-map.ts');
  await import('../../src/map/geo/locator-map.ts');
  await import('../../src/map/layers/registry.ts');
  await import('../../src/outputs/share-card.ts');
  expect(simplified).not.toHaveBeenCalled();
  expect(read).not.toHaveBeenCalled();
  // The spies are live: drawing the base map simplifies the world.
  const { baseMap } = await import('../../src/map/geo/base-map.ts');
  baseMap();
  expect(simplified).toHaveBeenCalled();
  vi.doUnmock('topojson-simplify');
  vi.doUnmock('node:fs');
});
