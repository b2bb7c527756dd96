import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../src/config";

const entry = path.resolve(__dirname, "../dist/src/index.js");

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Starts the built server as a user would; resolves when it exits. */
function run(env: Record<string, string>, onReady?: (port: number, child: ReturnType<typeof spawn>) => Promise<void>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [entry], { env: { PATH: process.env.PATH ?? "", ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let fired = false;
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.stdout.on("data", (d) => {
      stdout += d;
      const m = /"port":(\d+)/.exec(stdout);
      if (m && onReady && !fired) {
        fired = true;
        onReady(Number(m[1]), child).catch(reject);
      }
    });
    child.stderr.on("data", (d) => (stderr += d));
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe("configuration", () => {
  it("lists every invalid variable at once, naming what is allowed", () => {
    try {
      loadConfig({ PORT: "http", LOG_LEVEL: "loud", DATABASE_URL: "mysql://x" } as NodeJS.ProcessEnv);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const problems = (e as ConfigError).problems.join("\n");
      expect(problems).toMatch(/PORT="http": must be a whole number from 0 to 65535/);
      expect(problems).toMatch(/LOG_LEVEL="loud": must be one of fatal, error, warn, info, debug, trace, silent/);
      expect(problems).toMatch(/DATABASE_URL="mysql:\/\/x": must be a postgres:\/\//);
    }
  });

  it("has sane defaults", () => {
    const c = loadConfig({} as NodeJS.ProcessEnv);
    expect(c.PORT).toBe(4000);
    expect(c.PGLITE_DATA_DIR).toBe("./data/pglite");
    expect(c.DATABASE_URL).toBeUndefined();
  });
});

describe("the built server as a process", () => {
  it("refuses to start on a bad variable, exit code 1, message naming it", async () => {
    const r = await run({ PORT: "99999" });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/PORT="99999"/);
  });

  it("starts on a file-backed PGlite, seeds it once, keeps data across restarts, and stops cleanly on SIGTERM", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gw-pglite-"));
    try {
      const env = { PORT: "0", HOST: "127.0.0.1", PGLITE_DATA_DIR: dir, LOG_LEVEL: "info" };
      const first = await run(env, async (port, child) => {
        const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: "{ deals { totalCount } }" }),
        });
        expect((await res.json()).data.deals.totalCount).toBe(12);
        child.kill("SIGTERM");
      });
      expect(first.code).toBe(0);
      expect(first.stdout).toMatch(/seed dataset loaded/);
      expect(first.stdout).toMatch(/stopped cleanly/);
      const second = await run(env, async (port, child) => {
        const res = await fetch(`http://127.0.0.1:${port}/readyz`);
        expect(res.status).toBe(200);
        child.kill("SIGTERM");
      });
      expect(second.code).toBe(0);
      expect(second.stdout).not.toMatch(/seed dataset loaded/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
