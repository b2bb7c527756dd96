import { fork, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export interface Child {
  proc: ChildProcess;
  port: number;
  stop(): Promise<void>;
}

/** Forks a compiled bench script and waits for it to report `{ port }` over IPC. */
export async function startChild(script: string, env: NodeJS.ProcessEnv, execArgv: string[] = []): Promise<Child> {
  const proc = fork(path.join(__dirname, script), [], { env, execArgv, stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} did not start in 60 s`)), 60_000);
    proc.on("message", (m: { port?: number }) => {
      if (m.port) {
        clearTimeout(timer);
        resolve(m.port);
      }
    });
    proc.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited with code ${code} before listening`));
    });
  });
  return {
    proc,
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        if (proc.exitCode !== null) return resolve();
        const kill = setTimeout(() => proc.kill("SIGKILL"), 15_000);
        proc.once("exit", () => {
          clearTimeout(kill);
          resolve();
        });
        proc.kill("SIGTERM");
      }),
  };
}

/** Resident set size of a process in MB: now (VmRSS) and the peak since it started (VmHWM). */
export function memoryOf(pid: number): { rssMb: number; peakMb: number } | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN);
    return { rssMb: kb("VmRSS") / 1024, peakMb: kb("VmHWM") / 1024 };
  } catch {
    return null;
  }
}

/** Samples a process's RSS every 100 ms until stopped; returns the highest sample. */
export function sampleRss(pid: number): () => number {
  let peak = memoryOf(pid)?.rssMb ?? 0;
  const timer = setInterval(() => {
    const m = memoryOf(pid);
    if (m && m.rssMb > peak) peak = m.rssMb;
  }, 100);
  return () => {
    clearInterval(timer);
    return Math.round(peak);
  };
}
