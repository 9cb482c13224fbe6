import zhText from '../../../services/contracts/src/main/resources/org/benling/contracts/text/reasons_zh.properties?raw';
import enText from '../../../services/contracts/src/main/resources/org/benling/contracts/text/reasons_en.properties?raw';

/**
 * The reasons the server's rules give — why a year cannot be 优秀, why a cadre may not be nominated, where a score's
 * points came from — worded here from their code and parameters, with the server's own catalogue
 * (`contracts/.../text/reasons_{zh,en}.properties`, read by `ReasonText` there), so the app and the API say the same
 * thing and a change of language needs no new request. A parameter that is itself a reason is worded in turn, a list
 * is joined; a parameter naming an enum value (`grade: 'EXCELLENT'`) is the catalogue's word for it (`Grade.EXCELLENT`).
 */
export interface ReasonLike {
  code?: string | null;
  params?: Record<string, unknown> | null;
}

type Catalogue = Record<string, string>;

/** `key=value` lines; `#` comments; the files are UTF-8 without escapes or continuations. */
export function parseProperties(text: string): Catalogue {
  const entries: Catalogue = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq > 0) entries[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
  }
  return entries;
}

const CATALOGUES: Record<'zh' | 'en', Catalogue> = { zh: parseProperties(zhText), en: parseProperties(enText) };

function catalogue(language: string): { words: Catalogue; separator: string } {
  return language.startsWith('en') ? { words: CATALOGUES.en, separator: '; ' } : { words: CATALOGUES.zh, separator: '；' };
}

function isReason(value: unknown): value is ReasonLike {
  return typeof value === 'object' && value !== null && typeof (value as ReasonLike).code === 'string';
}

/** Does this version of the app know how to word `code`? */
export function knowsReason(code: string | null | undefined): code is string {
  return !!code && code in CATALOGUES.zh && code in CATALOGUES.en;
}

/** The reason in `language` (zh-CN, en-US); `fallback` (the server's words) for a code this version does not know. */
export function reasonText(language: string, reason: ReasonLike, fallback?: string | null): string {
  const { words, separator } = catalogue(language);
  if (!knowsReason(reason.code)) return fallback ?? '';
  const params = reason.params ?? {};
  const word = (name: string, value: unknown): string => {
    if (value === null || value === undefined) return '';
    if (Array.isArray(value)) return value.map((v) => word(name, v)).join(separator);
    if (isReason(value)) return reasonText(language, value, '');
    const enumWord = words[`${name.charAt(0).toUpperCase()}${name.slice(1)}.${String(value)}`];
    return enumWord ?? String(value);
  };
  return words[reason.code].replace(/\{([A-Za-z]+)}/g, (_, name: string) => word(name, params[name]));
}
