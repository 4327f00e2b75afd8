import { z } from 'zod';
import { DEFAULT_EXPORT_SLOTS } from './export/export-slots.js';
import { DEFAULT_RATE_LIMITS, type RateLimitSettings } from './http/rate-limit.js';

// One schema over process.env, read once at start-up; every bad key is listed at once.
const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  MEILI_URL: z.url().optional(),
  MEILI_MASTER_KEY: z.string().min(1).optional(),
  MEILI_INDEX: z.string().regex(/^[A-Za-z0-9_-]{1,200}$/, 'lettres, chiffres, _ ou -').default('examples'),
  MEILI_DATA_DIR: z.string().default('.meili'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // The API's own keys (issue 4): a given search-only key, proxy trust, per-IP budgets, engine deadline.
  MEILI_SEARCH_KEY: z.string().min(1).optional(),
  TRUST_PROXY: z
    .string()
    .regex(/^(false|true|\d+|[\w.:/, -]+)$/, 'false, true, un nombre de proxys, ou une liste d’adresses/réseaux')
    .default('false'),
  // The limiter (docs/decisions.md §18): per visitor cookie, per cookieless address, a ceiling per address.
  RATE_LIMIT_PER_SECOND: z.coerce.number().min(0).default(DEFAULT_RATE_LIMITS.perSecond),
  RATE_LIMIT_ANONYMOUS_PER_SECOND: z.coerce.number().positive().default(DEFAULT_RATE_LIMITS.anonymousPerSecond),
  RATE_LIMIT_IP_PER_SECOND: z.coerce.number().positive().default(DEFAULT_RATE_LIMITS.ipPerSecond),
  RATE_LIMIT_NEW_VISITORS_PER_MINUTE: z.coerce.number().positive().default(DEFAULT_RATE_LIMITS.newVisitorsPerMinute),
  RATE_LIMIT_EXPORT_PER_MINUTE: z.coerce.number().positive().default(DEFAULT_RATE_LIMITS.exportPerMinute),
  // An operator's old setting must not be silently ignored.
  RATE_LIMIT_PER_MINUTE: z.undefined({ error: 'remplacée par RATE_LIMIT_PER_SECOND (par visiteur) et RATE_LIMIT_IP_PER_SECOND (par adresse) : voir le README' }).optional(),
  EXPORT_MAX_CONCURRENT: z.coerce.number().int().min(1).max(64).default(DEFAULT_EXPORT_SLOTS),
  // How long an export still streaming at shutdown may finish before it is cut (keep it below the orchestrator's kill delay).
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(25_000),
  ENGINE_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5_000),
  SEARCH_CACHE_MS: z.coerce.number().int().min(0).max(600_000).default(5_000),
  // The site's public address, for the links exports and feeds carry (issue 14); unset: each request's own host.
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  // Live mode (issue 15): a session nobody presents for this long ends; event streams one address may hold (one office, 250 people).
  LIVE_IDLE_MINUTES: z.coerce.number().int().min(1).max(7 * 24 * 60).default(180),
  LIVE_STREAMS_PER_IP: z.coerce.number().int().min(1).default(1_000),
  // The curators' workspace (issue 12): versions kept for rollback, upload bounds, sessions, login throttling, the removal threshold.
  KEEP_VERSIONS: z.coerce.number().int().min(0).max(50).default(5),
  UPLOAD_MAX_MB: z.coerce.number().int().min(1).max(1_000).default(50),
  // An .xlsx is a zip: what it may inflate to (its sheets as XML are ~10× the file), and how many entries it may hold.
  XLSX_MAX_UNCOMPRESSED_MB: z.coerce.number().int().min(1).max(4_000).default(500),
  ADMIN_SESSION_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).default(30),
  LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  REMOVAL_CONFIRM_PERCENT: z.coerce.number().min(0).max(100).default(20),
  // How often each process reads the live data version, to drop its shared answers after a publication elsewhere.
  DATA_WATCH_MS: z.coerce.number().int().min(100).max(60_000).default(1_000),
});

export type Config = z.infer<typeof EnvSchema>;

/** TRUST_PROXY as Express's `trust proxy` setting: off by default, so X-Forwarded-For is ignored unless told. */
export function trustProxySetting(value: string): boolean | number | string {
  if (value === 'false') return false;
  if (value === 'true') return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}

/** The limiter's budgets as the configuration says them. */
export function rateLimitSettings(config: Config): RateLimitSettings {
  return {
    perSecond: config.RATE_LIMIT_PER_SECOND,
    anonymousPerSecond: config.RATE_LIMIT_ANONYMOUS_PER_SECOND,
    ipPerSecond: config.RATE_LIMIT_IP_PER_SECOND,
    newVisitorsPerMinute: config.RATE_LIMIT_NEW_VISITORS_PER_MINUTE,
    exportPerMinute: config.RATE_LIMIT_EXPORT_PER_MINUTE,
  };
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads the configuration from an environment (process.env by default); empty strings count as unset. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(cleaned, { error: z.locales.fr().localeError });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Configuration invalide :\n${lines.join('\n')}`);
  }
  return parsed.data;
}
