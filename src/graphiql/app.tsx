/**
 * Gigawatt's self-hosted GraphiQL 5 (bundled by src/tools/build-graphiql.mjs,
 * served by src/http/graphiql.ts). Everything it loads comes from the page's
 * own origin: no CDN, no web fonts from elsewhere.
 *
 * Page contract (set by the server in the HTML):
 * - `<meta name="graphql-endpoint" content="/graphql">` (or
 *   `window.__GIGAWATT_GRAPHIQL__.endpoint`): where operations are POSTed;
 * - `window.__GIGAWATT_EXAMPLES__`: `{ name, query, variables? }[]`, opened as
 *   tabs on a first visit (GraphiQL's `defaultTabs`; once GraphiQL has saved
 *   tabs in localStorage those win, as usual);
 * - `window.__GIGAWATT_GRAPHIQL__.workers`: Monaco worker URLs (see
 *   ./setup-workers.ts).
 *
 * GraphiQL 5's defaults already include the doc explorer (`referencePlugin`
 * defaults to DOC_EXPLORER_PLUGIN) and the history plugin (`plugins` defaults
 * to [HISTORY_PLUGIN]); we pass neither so both stay on.
 */
import "./setup-workers";
import "graphiql/style.css";
import "./app.css";

import { StrictMode, useCallback, useEffect, useState, type FC } from "react";
import { createPortal } from "react-dom";
import { createRoot } from "react-dom/client";
import { GraphiQL } from "graphiql";
import { ToolbarButton, tryParseJSONC, useGraphiQL } from "@graphiql/react";
import type { Fetcher } from "@graphiql/toolkit";

export interface GigawattExample {
  name: string;
  query: string;
  variables?: string;
}

declare global {
  interface Window {
    __GIGAWATT_EXAMPLES__?: GigawattExample[];
  }
}

const CSV_FALLBACK_FILENAME = "gigawatt.csv";

function readEndpoint(): string {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="graphql-endpoint"]');
  const raw = meta?.content || window.__GIGAWATT_GRAPHIQL__?.endpoint || "/graphql";
  const url = new URL(raw, window.location.href);
  if (url.origin !== window.location.origin) {
    throw new Error(`GraphQL endpoint must be on this origin, got ${url.href}`);
  }
  return url.pathname + url.search;
}

function readExamples(): GigawattExample[] {
  const raw = window.__GIGAWATT_EXAMPLES__;
  if (!Array.isArray(raw)) return [];
  return raw.filter(
    (e): e is GigawattExample =>
      !!e && typeof e.name === "string" && typeof e.query === "string" &&
      (e.variables === undefined || e.variables === null || typeof e.variables === "string"),
  );
}

/** Puts the example's human name on top of its query as a comment. */
function exampleQuery(example: GigawattExample): string {
  const name = example.name.replace(/[\r\n]+/g, " ").trim();
  const query = example.query.replace(/^\s*\n/, "");
  if (!name || query.trimStart().startsWith("#")) return query;
  return `# ${name}\n${query}`;
}

function toHeaderRecord(headers: Record<string, unknown> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(headers ?? {})) {
    if (value === undefined || value === null) continue;
    out[key] = typeof value === "string" ? value : JSON.stringify(value);
  }
  return out;
}

/** Extracts a GraphQL error message (or a short text) from a failed response. */
function describeErrorBody(status: number, text: string): string {
  try {
    const body = JSON.parse(text) as { errors?: Array<{ message?: unknown }>; message?: unknown };
    const messages = (body.errors ?? [])
      .map((e) => (typeof e?.message === "string" ? e.message : ""))
      .filter(Boolean);
    if (messages.length) return messages.join("\n");
    if (typeof body.message === "string") return body.message;
  } catch {
    /* not JSON */
  }
  const snippet = text.trim().slice(0, 300);
  return snippet ? `HTTP ${status}: ${snippet}` : `HTTP ${status}`;
}

function createFetcher(endpoint: string): Fetcher {
  return async (params, opts) => {
    const response = await fetch(endpoint, {
      method: "POST",
      credentials: "same-origin",
      headers: {
        ...toHeaderRecord(opts?.headers),
        "Content-Type": "application/json",
        Accept: "application/graphql-response+json, application/json;q=0.9",
      },
      body: JSON.stringify(params),
    });
    const text = await response.text();
    try {
      return JSON.parse(text);
    } catch {
      return { errors: [{ message: describeErrorBody(response.status, text) }] };
    }
  };
}

/** Filename from a Content-Disposition header (RFC 6266 / 5987), or null. */
export function filenameFromContentDisposition(header: string | null): string | null {
  if (!header) return null;
  let name: string | null = null;
  const extended = /filename\*\s*=\s*([^';]*)'[^']*'([^;]+)/i.exec(header);
  if (extended) {
    try {
      name = decodeURIComponent(extended[2].trim().replace(/^"(.*)"$/, "$1"));
    } catch {
      name = null;
    }
  }
  if (!name) {
    const plain = /(?:^|;)\s*filename\s*=\s*(?:"((?:\\.|[^"\\])*)"|([^;]*))/i.exec(header);
    if (plain) name = plain[1] !== undefined ? plain[1].replace(/\\(.)/g, "$1") : plain[2].trim();
  }
  if (!name) return null;
  // Keep a bare file name: no directories, no control characters.
  const clean = name.replace(/[\\/]/g, "_").replace(/[\u0000-\u001f\u007f]/g, "").trim();
  return clean && clean !== "." && clean !== ".." ? clean : null;
}

function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  a.rel = "noopener";
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const DownloadIcon: FC = () => (
  <svg
    className="graphiql-toolbar-icon"
    aria-hidden="true"
    viewBox="0 0 24 24"
    fill="none"
    stroke="currentColor"
    strokeWidth={1.5}
    strokeLinecap="round"
    strokeLinejoin="round"
  >
    <path d="M12 3v12" />
    <path d="M7 10.5l5 5 5-5" />
    <path d="M4 17v2.5A1.5 1.5 0 0 0 5.5 21h13a1.5 1.5 0 0 0 1.5-1.5V17" />
  </svg>
);

type Notice = { kind: "error" | "info"; text: string } | null;

const DownloadCsvButton: FC<{ endpoint: string }> = ({ endpoint }) => {
  // useGraphiQL compares the selected object shallowly, so this is stable.
  const { queryEditor, variableEditor, headerEditor, operationName } = useGraphiQL((s) => ({
    queryEditor: s.queryEditor,
    variableEditor: s.variableEditor,
    headerEditor: s.headerEditor,
    operationName: s.operationName,
  }));
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);

  useEffect(() => {
    if (notice?.kind !== "info") return;
    const timer = setTimeout(() => setNotice(null), 4000);
    return () => clearTimeout(timer);
  }, [notice]);

  const download = useCallback(async () => {
    if (busy) return;
    const query = queryEditor?.getValue() ?? "";
    if (!query.trim()) {
      setNotice({ kind: "error", text: "Nothing to download: the operation editor is empty." });
      return;
    }
    let variables: Record<string, unknown> | undefined;
    let headers: Record<string, unknown> | undefined;
    try {
      variables = tryParseJSONC(variableEditor?.getValue());
    } catch (error) {
      setNotice({ kind: "error", text: `Variables ${(error as Error).message}` });
      return;
    }
    try {
      headers = tryParseJSONC(headerEditor?.getValue());
    } catch (error) {
      setNotice({ kind: "error", text: `Request headers ${(error as Error).message}` });
      return;
    }

    setBusy(true);
    setNotice(null);
    try {
      const response = await fetch(endpoint, {
        method: "POST",
        credentials: "same-origin",
        headers: { ...toHeaderRecord(headers), "Content-Type": "application/json", Accept: "text/csv" },
        body: JSON.stringify({ query, variables: variables ?? {}, operationName: operationName || undefined }),
      });
      const contentType = (response.headers.get("Content-Type") ?? "").toLowerCase();
      if (!response.ok || contentType.includes("json")) {
        setNotice({ kind: "error", text: describeErrorBody(response.status, await response.text()) });
        return;
      }
      const blob = await response.blob();
      const filename =
        filenameFromContentDisposition(response.headers.get("Content-Disposition")) ?? CSV_FALLBACK_FILENAME;
      saveBlob(blob, filename);
      setNotice({ kind: "info", text: `Saved ${filename}` });
    } catch (error) {
      setNotice({ kind: "error", text: `Download failed: ${(error as Error).message}` });
    } finally {
      setBusy(false);
    }
  }, [busy, endpoint, headerEditor, operationName, queryEditor, variableEditor]);

  return (
    <>
      <ToolbarButton
        label="Download CSV"
        data-testid="download-csv"
        aria-busy={busy}
        disabled={busy}
        onClick={() => void download()}
      >
        <DownloadIcon />
      </ToolbarButton>
      {notice &&
        createPortal(
          <div
            className={`gigawatt-notice gigawatt-notice-${notice.kind}`}
            role={notice.kind === "error" ? "alert" : "status"}
            data-testid="download-csv-message"
          >
            <span className="gigawatt-notice-text">{notice.text}</span>
            <button
              type="button"
              className="gigawatt-notice-close"
              aria-label="Dismiss"
              onClick={() => setNotice(null)}
            >
              ×
            </button>
          </div>,
          // Inside the container so GraphiQL's theme variables (light/dark) apply.
          document.querySelector(".graphiql-container") ?? document.body,
        )}
    </>
  );
};

/** Whether GraphiQL already saved tabs in localStorage ("graphiql:tabState"). */
function hasSavedTabs(): boolean {
  try {
    return window.localStorage.getItem("graphiql:tabState") !== null;
  } catch {
    return false;
  }
}

const App: FC<{ endpoint: string; examples: GigawattExample[] }> = ({ endpoint, examples }) => {
  const [fetcher] = useState(() => createFetcher(endpoint));
  const [defaultTabs] = useState(() =>
    examples.length
      ? examples.map((e) => ({ query: exampleQuery(e), variables: e.variables ?? null, headers: null }))
      : undefined,
  );
  // graphiql 5.0.6 builds the first default tab's editor from `initialQuery ??
  // tabs[0].query` but its variables only from `initialVariables ?? storage`, so
  // the first example's variables would be dropped. Pass them explicitly, but
  // only when GraphiQL has no saved tabs (i.e. when `defaultTabs` is used):
  // with saved tabs an initialVariables value would add a stray tab.
  const [initialVariables] = useState(() =>
    defaultTabs?.[0]?.variables && !hasSavedTabs() ? defaultTabs[0].variables : undefined,
  );
  return (
    <GraphiQL fetcher={fetcher} defaultTabs={defaultTabs} initialVariables={initialVariables}>
      <GraphiQL.Logo>
        <span className="gigawatt-logo">Gigawatt</span>
      </GraphiQL.Logo>
      <GraphiQL.Toolbar>
        {({ prettify, merge, copy }) => (
          <>
            {prettify}
            {merge}
            {copy}
            <DownloadCsvButton endpoint={endpoint} />
          </>
        )}
      </GraphiQL.Toolbar>
    </GraphiQL>
  );
};

/**
 * Loads GraphiQL's (inlined) web fonts before the first render. If the tabs
 * render with fallback-font widths and the fonts swap in afterwards, the tab
 * bar's framer-motion layout animation is left with stale `translateX`
 * transforms, which GraphiQL's CSS only hides while a tab is not focused: the
 * first click on another tab then moves it away under the pointer and does
 * nothing (seen with graphiql 5.0.6 and `defaultTabs`).
 */
async function loadFonts(): Promise<void> {
  if (!document.fonts?.load) return;
  const faces = ["400 14px Roboto", "500 14px Roboto", "400 14px 'Fira Code'"];
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, 2000));
  await Promise.race([Promise.all(faces.map((f) => document.fonts.load(f))), timeout]).catch(() => undefined);
}

async function main(): Promise<void> {
  const container = document.getElementById("graphiql");
  if (!container) throw new Error("Missing #graphiql container");
  const endpoint = readEndpoint();
  await loadFonts();
  createRoot(container).render(
    <StrictMode>
      <App endpoint={endpoint} examples={readExamples()} />
    </StrictMode>,
  );
}

void main();
