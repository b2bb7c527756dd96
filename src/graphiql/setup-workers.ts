/**
 * Monaco web-worker wiring for the esbuild bundle.
 *
 * graphiql@5 ships `graphiql/setup-workers/vite` (Vite `?worker` imports) and
 * `graphiql/setup-workers/webpack` (`new URL(..., import.meta.url)`); neither
 * works with a plain esbuild IIFE build. Instead src/tools/build-graphiql.mjs
 * bundles the three worker entry points as standalone classic-script files
 * (editor.worker.js, json.worker.js, graphql.worker.js) next to graphiql.js,
 * and this module points `MonacoEnvironment.getWorker` at them. The URLs come
 * from the page (`window.__GIGAWATT_GRAPHIQL__.workers`, cache-busted by the
 * server) and default to same-origin `/graphiql/assets/<label>.worker.js`.
 * This must run before Monaco creates its first editor.
 */

type WorkerLabel = "editor" | "json" | "graphql";

interface GraphiqlPageConfig {
  endpoint?: string;
  workers?: Partial<Record<WorkerLabel, string>>;
}

declare global {
  interface Window {
    __GIGAWATT_GRAPHIQL__?: GraphiqlPageConfig;
  }
}

function workerUrl(label: WorkerLabel): string {
  const configured = window.__GIGAWATT_GRAPHIQL__?.workers?.[label];
  const url = new URL(configured ?? `/graphiql/assets/${label}.worker.js`, window.location.href);
  if (url.origin !== window.location.origin) {
    // Never load code from another host, whatever the page says.
    throw new Error(`Refusing cross-origin Monaco worker URL: ${url.href}`);
  }
  return url.href;
}

(globalThis as unknown as { MonacoEnvironment: unknown }).MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    switch (label) {
      case "json":
        return new Worker(workerUrl("json"), { name: "json" });
      case "graphql":
        return new Worker(workerUrl("graphql"), { name: "graphql" });
      default:
        // "editorWorkerService" and anything else: Monaco's generic worker.
        return new Worker(workerUrl("editor"), { name: label || "editor" });
    }
  },
};

export {};
