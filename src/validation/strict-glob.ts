import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { parseContentFile } from './parse-file.ts';

/**
 * Astro's glob() loader, with each file's data re-read by our strict parser (see parse-file.ts) so that the
 * collection holds exactly what src/validation/check-content.ts validated: dates as the text the editor wrote.
 * Missing folders, dangling references and cross-file rules are checked before the build starts
 * (src/validation/integration.ts), because Astro 7 only logs them.
 */
export function strictGlob(options: { base: string; pattern: string }): Loader {
  const inner = glob(options);
  return {
    name: 'strict-glob',
    load: (context) =>
      inner.load({
        ...context,
        parseData: <TData extends Record<string, unknown>>(props: Parameters<typeof context.parseData<TData>>[0]) => {
          const parsed = props.filePath ? parseContentFile(props.filePath) : { data: props.data };
          if ('error' in parsed) throw new Error(`${props.filePath}: ${parsed.error}`);
          return context.parseData<TData>({ ...props, data: parsed.data as TData });
        },
      }),
  };
}
