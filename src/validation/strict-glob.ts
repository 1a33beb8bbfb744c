import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { slugFromFileName } from '../model/slug.ts';
import { parseContentFile } from './parse-file.ts';

interface EntryType {
  getEntryInfo(params: { fileUrl: URL; contents: string }): unknown;
}

function withoutByteOrderMark(entryTypes: Map<string, EntryType> | undefined): { entryTypes?: Map<string, EntryType> } {
  if (!entryTypes) return {};
  const strip = (entryType: EntryType): EntryType => ({
    ...entryType,
    getEntryInfo: (params) => entryType.getEntryInfo({ ...params, contents: params.contents.replace(/^\uFEFF/, '') }),
  });
  return { entryTypes: new Map([...entryTypes].map(([extension, entryType]) => [extension, strip(entryType)])) };
}

/**
 * Astro's glob() loader, with each file's data re-read by our strict parser (see parse-file.ts) so that the
 * collection holds exactly what src/validation/check-content.ts validated: dates as the text the editor wrote.
 * Ids come from the project's one slug function (src/model/slug.ts), as the redirects' targets do.
 * Missing folders, dangling references and cross-file rules are checked before the build starts
 * (src/validation/integration.ts), because Astro 7 only logs them.
 */
export function strictGlob(options: { base: string; pattern: string | string[]; id?: (entry: string) => string }): Loader {
  const { id = (entry: string) => slugFromFileName(entry.replace(/\.[^./]+$/, '')), ...globOptions } = options;
  const inner = glob({ ...globOptions, generateId: ({ entry }) => id(entry) });
  return {
    name: 'strict-glob',
    load: (context) =>
      inner.load({
        ...context,
        // Astro's JSON entry type runs JSON.parse on the raw text, which rejects a UTF-8 byte-order mark that
        // editors on Windows save; our parser accepts it, so Astro's pre-parse gets the text without it.
        // (`entryTypes` is passed to glob() by Astro 7 but missing from LoaderContext's public type.)
        ...withoutByteOrderMark((context as typeof context & { entryTypes?: Map<string, EntryType> }).entryTypes),
        parseData: <TData extends Record<string, unknown>>(props: Parameters<typeof context.parseData<TData>>[0]) => {
          const parsed = props.filePath ? parseContentFile(props.filePath) : { data: props.data };
          if ('error' in parsed) throw new Error(`${props.filePath}: ${parsed.error}`);
          return context.parseData<TData>({ ...props, data: parsed.data as TData });
        },
      }),
  };
}
