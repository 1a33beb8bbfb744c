/** The shape of a Rolldown log, as far as the filter needs it. */
interface BuildLog {
  code?: string;
  message: string;
  id?: string;
}

/**
 * Rolldown warns once per MDX profile that the directive `"use astro:head-inject"` "may not be preserved when
 * bundling". Astro writes that directive into every `?astroPropagatedAssets` module
 * (astro/dist/content/vite-plugin-content-assets.js) but no longer reads it: since withastro/astro#17095 head
 * propagation is detected from the module id. Tracked upstream as https://github.com/withastro/astro/issues/18087
 * (open for Astro 7.3.x); drop this filter once Astro stops emitting the directive.
 */
export function isAstroHeadInjectDirectiveWarning(log: BuildLog): boolean {
  return (
    log.code === 'MODULE_LEVEL_DIRECTIVE' &&
    log.message.includes('"use astro:head-inject"') &&
    (log.id ?? log.message).includes('?astroPropagatedAssets')
  );
}

/** Rolldown's `onLog`: drops exactly the known upstream warning above and passes every other message on. */
export function dropKnownUpstreamWarnings(level: string, log: BuildLog, defaultHandler: (level: never, log: never) => void): void {
  if (level === 'warn' && isAstroHeadInjectDirectiveWarning(log)) return;
  defaultHandler(level as never, log as never);
}
