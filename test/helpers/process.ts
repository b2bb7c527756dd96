import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

const entry = path.resolve(__dirname, "../../dist/src/index.js");

export interface ServerProcess {
  child: ChildProcess;
  /** Resolves with the port once the server logs that it listens (rejects if it exits first). */
  ready: Promise<number>;
  exited: Promise<number | null>;
  stdout(): string;
  stderr(): string;
  /** Kills the process if it still runs (SIGKILL), for cleanup. */
  kill(): void;
}

/** Starts the built server (`npm run build` first) as an operator would, with only `env`. */
export function spawnServer(env: Record<string, string>): ServerProcess {
  const child = spawn(process.execPath, [entry], { env: { PATH: process.env.PATH ?? "", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  let onPort: (port: number) => void = () => undefined;
  let onExitEarly: (e: Error) => void = () => undefined;
  const ready = new Promise<number>((resolve, reject) => {
    onPort = resolve;
    onExitEarly = reject;
  });
  ready.catch(() => undefined);
  child.stdout!.on("data", (d) => {
    out += d;
    const m = /"port":(\d+)/.exec(out);
    if (m) onPort(Number(m[1]));
  });
  child.stderr!.on("data", (d) => (err += d));
  const exited = new Promise<number | null>((resolve) =>
    child.on("exit", (code) => {
      onExitEarly(new Error(`server exited (${code}) before listening:\n${err}\n${out.slice(-2000)}`));
      resolve(code);
    }),
  );
  return {
    child,
    ready,
    exited,
    stdout: () => out,
    stderr: () => err,
    kill: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    },
  };
}

/** Milliseconds `fn` took, with its result. */
export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t = performance.now();
  const value = await fn();
  return { ms: Math.round(performance.now() - t), value };
}
