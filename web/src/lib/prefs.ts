import { FR, type MessageKey } from './i18n-fr';
import { EN } from './i18n-en';
import { buildHref, navigate, parseHref, useHref } from './url-state';

import type { Lang } from '#domain/facet-registry.js';

// Display preferences ride in the URL too (lang, presenter), so a shared link opens in the same language and mode.
export type { Lang };
const PREF_KEYS = ['lang', 'presenter'] as const;

export interface Prefs {
  lang: Lang;
  presenter: boolean;
}

export function readPrefs(params: URLSearchParams): Prefs {
  return { lang: params.get('lang') === 'en' ? 'en' : 'fr', presenter: params.get('presenter') === '1' };
}

/** Adds the current display preferences to params bound for another screen of the app. */
export function withPrefs(params: URLSearchParams, prefs: Prefs): URLSearchParams {
  const p = new URLSearchParams(params);
  for (const k of PREF_KEYS) p.delete(k);
  if (prefs.lang === 'en') p.set('lang', 'en');
  if (prefs.presenter) p.set('presenter', '1');
  return p;
}

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

const NUMBER_FORMATS = new Map<Lang, Intl.NumberFormat>();
const numberFormat = (lang: Lang): Intl.NumberFormat => {
  if (!NUMBER_FORMATS.has(lang)) NUMBER_FORMATS.set(lang, new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'fr-FR'));
  return NUMBER_FORMATS.get(lang)!;
};

/** Fills a message's {name} placeholders; numbers are formatted for the language (one formatter per language). */
export function formatMessage(template: string, lang: Lang, vars?: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = vars?.[name];
    return typeof v === 'number' ? numberFormat(lang).format(v) : (v ?? '');
  });
}

const TRANSLATORS = new Map<Lang, Translate>();

/** Message lookup with {name} placeholders. One per language, built once (a keystroke's render makes none). */
export function translator(lang: Lang): Translate {
  if (!TRANSLATORS.has(lang)) {
    const dict = lang === 'en' ? EN : FR;
    TRANSLATORS.set(lang, (key, vars) => formatMessage(dict[key], lang, vars));
  }
  return TRANSLATORS.get(lang)!;
}

/** A feature's own messages in both languages, looked up like the app's (features keep their words beside them). */
export function messages<K extends string>(dicts: { fr: Record<K, string>; en: Record<K, string> }, lang: Lang): (key: K, vars?: Record<string, string | number>) => string {
  return (key, vars) => formatMessage(dicts[lang][key], lang, vars);
}

/** Current preferences, the translator for them, and a setter that keeps the rest of the URL. */
export function usePrefs(): Prefs & { t: Translate; setPrefs: (p: Partial<Prefs>) => void } {
  const href = useHref();
  const { path, params } = parseHref(href);
  const prefs = readPrefs(params);
  const setPrefs = (p: Partial<Prefs>): void => navigate(buildHref(path, withPrefs(params, { ...prefs, ...p })), { replace: true });
  return { ...prefs, t: translator(prefs.lang), setPrefs };
}

/** memo()'s test for a component drawn from the display preferences alone: a keystroke leaves it as it is. */
export const samePrefs = (a: { prefs: Prefs }, b: { prefs: Prefs }): boolean => a.prefs.lang === b.prefs.lang && a.prefs.presenter === b.prefs.presenter;

/** A label in the current language from a taxonomy term. */
export const labelOf = (term: { label: string; labelEn: string }, lang: Lang): string => (lang === 'en' ? term.labelEn : term.label);
