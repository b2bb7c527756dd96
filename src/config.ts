import { z } from "zod";

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const boolish = z
  .enum(["true", "false", "1", "0"], { message: "must be true, false, 1 or 0" })
  .transform((v) => v === "true" || v === "1");

/** Every setting Gigawatt reads from the environment, validated in one place. */
const schema = z.object({
  PORT: z.coerce
    .number({ message: "must be a whole number from 0 to 65535" })
    .int("must be a whole number from 0 to 65535")
    .min(0, "must be a whole number from 0 to 65535")
    .max(65535, "must be a whole number from 0 to 65535")
    .default(4000),
  HOST: z.string().min(1, "must not be empty").default("0.0.0.0"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
    .optional(),
  PGLITE_DATA_DIR: z
    .string()
    .min(1, "must be a directory path, or memory:// for an in-memory database")
    .default("./data/pglite"),
  PGLITE_SHARED_BUFFERS: z
    .string()
    .regex(/^\d+(kB|MB|GB)$/, "must be a size such as 16MB")
    .default("16MB"),
  DB_POOL_MAX: z.coerce.number().int().min(1, "must be at least 1").max(100, "must be at most 100").default(10),
  LOG_LEVEL: z.enum(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(", ")}` }).default("info"),
  SEED_ON_START: boolish.default(true),
  NODE_ENV: z.enum(["development", "production", "test"], { message: "must be development, production or test" }).default("development"),
  REDIS_URL: z.string().regex(/^rediss?:\/\//, "must be a redis:// or rediss:// URL").optional(),
  RESPONSE_CACHE: boolish.default(true),
  /** Compiled execution (graphql-jit); false runs every operation on graphql-js. */
  GRAPHQL_JIT: boolish.default(true),
  /** Hot queries answered without Apollo's per-request pipeline (src/http/fast-lane.ts); needs GRAPHQL_JIT. */
  GRAPHQL_FAST_LANE: boolish.default(true),
  MAX_QUERY_DEPTH: z.coerce.number().int().min(2).max(50).default(15),
  MAX_QUERY_COST: z.coerce.number().int().min(100).max(10_000_000).default(25_000),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
  // journalists' pages (permalinks, charts)
  DOCUMENTS_DIR: z.string().min(1, "must be a directory path").default("./data/documents"),
  // faults: database bounds, start-up retry, slow clients and the connection cap
  DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(2_000),
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  DB_QUERY_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(12_000),
  DB_STARTUP_RETRY_MS: z.coerce.number().int().min(0).max(3_600_000).default(30_000),
  HTTP_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(500).max(120_000).default(10_000),
  HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(300_000).default(20_000),
  HTTP_MAX_CONNECTIONS: z.coerce.number().int().min(1).max(100_000).default(1_024),
  // limits: query caps (see README "Limits"), checked before any resolver runs
  MAX_QUERY_BYTES: z.coerce.number().int().min(1_000).max(1_000_000).default(100_000),
  MAX_QUERY_TOKENS: z.coerce.number().int().min(100).max(1_000_000).default(3000),
  MAX_QUERY_ALIASES: z.coerce.number().int().min(0).max(10_000).default(30),
  MAX_ROOT_FIELDS: z.coerce.number().int().min(1).max(1000).default(20),
  MAX_QUERY_DIRECTIVES: z.coerce.number().int().min(0).max(1000).default(50),
  MAX_FILTER_DEPTH: z.coerce.number().int().min(1).max(50).default(6),
  MAX_FILTER_WIDTH: z.coerce.number().int().min(1).max(1000).default(50),
  MAX_INPUT_VALUES: z.coerce.number().int().min(10).max(1_000_000).default(2000),
  // limits: cost budgets per client (leaky bucket; in Redis when REDIS_URL is set), API keys, CORS
  RATE_LIMIT: boolish.default(true),
  RATE_LIMIT_ANON_POINTS: z.coerce.number().int().min(1).max(100_000_000).default(5000),
  RATE_LIMIT_ANON_RESTORE: z.coerce.number().min(0.001).max(10_000_000).default(250),
  RATE_LIMIT_KEY_POINTS: z.coerce.number().int().min(1).max(100_000_000).default(50_000),
  RATE_LIMIT_KEY_RESTORE: z.coerce.number().min(0.001).max(10_000_000).default(2500),
  ANONYMOUS_READS: boolish.default(true),
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  // live updates: graphql-ws on /graphql, caps per client (API key, or IP address when anonymous), per server process
  WS_MAX_CONNECTIONS_PER_CLIENT: z.coerce.number().int().min(1).max(10_000).default(8),
  WS_MAX_SUBSCRIPTIONS_PER_CLIENT: z.coerce.number().int().min(1).max(100_000).default(50),
  CORS_ORIGINS: z
    .string()
    .regex(/^(\*|https?:\/\/[^\s,]+(\s*,\s*https?:\/\/[^\s,]+)*)$/, "must be * or a comma-separated list of origins (https://app.example.com)")
    .default("*"),
  // ops: replicas, traces, MCP
  MIGRATE_ON_START: boolish.default(true),
  OTEL_EXPORTER_OTLP_ENDPOINT: z.string().url("must be an http(s):// URL").optional(),
  OTEL_SERVICE_NAME: z.string().min(1).default("gigawatt"),
});

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}

/** Parses the environment; throws a ConfigError that lists every problem at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const picked: Record<string, string | undefined> = {};
  for (const key of Object.keys(schema.shape)) {
    const value = env[key];
    picked[key] = value === "" ? undefined : value;
  }
  const parsed = schema.safeParse(picked);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? "environment");
        return `${name}=${JSON.stringify(picked[name] ?? "")}: ${issue.message}`;
      }),
    );
  }
  return parsed.data;
}
