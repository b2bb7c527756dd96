/**
 * The real server for the bench, in its own process so its memory can be read from outside
 * (/proc/<pid>/status). The parent passes the database and RESPONSE_CACHE in the environment and
 * gets the port over IPC. SIGTERM closes cleanly (so --cpu-prof writes its profile).
 */
import { loadConfig } from "../config";
import { createLogger } from "../logger";
import { openDatabase } from "../db/client";
import { runtimeTimeouts } from "../startup";
import { survivePostgresConnectionRejections } from "../db/health";
import { createApp } from "../app";
import fs from "node:fs";
import path from "node:path";
import { Session } from "node:inspector";

/**
 * Steady-state CPU profile on request: `{ profile: "start" }` / `{ profile: "stop", file }` over
 * IPC, so module loading and warm-up stay out of it (unlike --cpu-prof).
 */
function profilerOnRequest(): void {
  let session: Session | null = null;
  process.on("message", (msg: { profile?: "start" | "stop"; file?: string }) => {
    if (msg.profile === "start") {
      session = new Session();
      session.connect();
      session.post("Profiler.enable", () => session!.post("Profiler.setSamplingInterval", { interval: 200 }, () => session!.post("Profiler.start", () => process.send?.({ profiling: true }))));
    } else if (msg.profile === "stop" && session) {
      const s = session;
      s.post("Profiler.stop", (err, res) => {
        if (!err && msg.file) {
          fs.mkdirSync(path.dirname(msg.file), { recursive: true });
          fs.writeFileSync(msg.file, JSON.stringify(res.profile));
        }
        s.disconnect();
        session = null;
        process.send?.({ profiled: msg.file });
      });
    }
  });
}

async function main(): Promise<void> {
  // One load generator on one IP would be throttled: the bench measures the server, not its rate limit.
  const config = loadConfig({ RATE_LIMIT: "false", ...process.env, SEED_ON_START: "false", HOST: "127.0.0.1", PORT: "0" });
  const logger = createLogger(config.LOG_LEVEL);
  survivePostgresConnectionRejections((err) => logger.warn({ err }, "database connection dropped while it was being set up"));
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, pgliteDataDir: config.PGLITE_DATA_DIR, pgliteSharedBuffers: config.PGLITE_SHARED_BUFFERS, poolMax: config.DB_POOL_MAX, timeouts: runtimeTimeouts(config) });
  const app = await createApp({ database, config, logger });
  const port = await app.server.listen(0, "127.0.0.1");
  profilerOnRequest();
  process.send?.({ port });
  const stop = async () => {
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop());
  process.on("disconnect", () => void stop());
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
