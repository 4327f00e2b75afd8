import { LIVE_EN } from '../../../lib/i18n-live-en';
import { LIVE_FR, type LiveMessageKey } from '../../../lib/i18n-live-fr';
import { messages, type Lang } from '../../../lib/prefs';

export type LiveTranslate = (key: LiveMessageKey, vars?: Record<string, string | number>) => string;

/** The live mode's strings in the page's language. */
export const liveTranslator = (lang: Lang): LiveTranslate => messages({ fr: LIVE_FR, en: LIVE_EN }, lang);

/** « N participants connectés », with the right form for 0 and 1. */
export const participantsText = (lt: LiveTranslate, n: number): string => (n === 0 ? lt('participantsNone') : n === 1 ? lt('participantsOne') : lt('participantsMany', { n }));
