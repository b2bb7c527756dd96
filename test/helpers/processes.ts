import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

export const root = path.resolve(__dirname, "../..");

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** Every JSON log line so far. */
  logs: Array<Record<string, unknown>>;
  stop(): Promise<number | null>;
}

/** Starts `node dist/src/index.js` (build first) with env; resolves once it listens. */
export function startServerProcess(env: Record<string, string>, timeoutMs = 120_000): Promise<ServerProcess> {
  const child = spawn(process.execPath, [path.join(root, "dist/src/index.js")], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production", LOG_LEVEL: "info", PORT: "0", HOST: "127.0.0.1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const logs: Array<Record<string, unknown>> = [];
  let stderr = "";
  let buffered = "";
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in ${timeoutMs} ms: ${stderr.slice(-500)}`)), timeoutMs);
    child.stderr!.on("data", (c: Buffer) => (stderr += c.toString()));
    child.stdout!.on("data", (c: Buffer) => {
      buffered += c.toString();
      const lines = buffered.split("\n");
      buffered = lines.pop() ?? "";
      for (const line of lines) {
        if (!line.trim()) continue;
        let entry: Record<string, unknown>;
        try {
          entry = JSON.parse(line);
        } catch {
          continue;
        }
        logs.push(entry);
        if (typeof entry.port === "number" && /listening/.test(String(entry.msg))) {
          clearTimeout(timer);
          resolve({
            child,
            url: `http://127.0.0.1:${entry.port}`,
            logs,
            stop: async () => {
              if (child.exitCode === null) child.kill("SIGTERM");
              return exited;
            },
          });
        }
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before listening: ${stderr.slice(-1000)}`));
    });
  });
}
