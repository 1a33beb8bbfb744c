import { EN_GB } from '../../src/i18n/locale.ts';
import { renderContext } from '../../src/render/context.ts';

/** The English edition's render context: its strings, formatters, names and URLs, as its pages get them. */
export const en = renderContext(EN_GB);
