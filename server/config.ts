import { z } from 'zod';

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
  // 200 webinar participants behind one office address, typing: ~30 searches/min each.
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(6_000),
  RATE_LIMIT_EXPORT_PER_MINUTE: z.coerce.number().int().min(0).default(120),
  ENGINE_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5_000),
  SEARCH_CACHE_MS: z.coerce.number().int().min(0).max(600_000).default(5_000),
  // The site's public address, for the links exports and feeds carry (issue 14); unset: each request's own host.
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
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
