/**
 * Gigawatt's self-hosted GraphiQL 5 (bundled by src/tools/build-graphiql.mjs,
 * served by src/http/graphiql.ts). Everything it loads comes from the page's
 * own origin: no CDN, no web fonts from elsewhere.
 *
 * Page contract (set by the server in the HTML):
 * - `<meta name="graphql-endpoint" content="/graphql">` (or
 *   `window.__GIGAWATT_GRAPHIQL__.endpoint`): where operations are POSTed;
 * - `window.__GIGAWATT_EXAMPLES__`: `{ id, name, description, query, variables?,
 *   revision }[]`, opened as tabs on a first visit (GraphiQL's `defaultTabs`);
 *   a returning visitor gets the new and changed ones opened as tabs (see
 *   ./examples-panel.tsx), and all of them in the Examples panel;
 * - `?query=…&variables=…` on the page URL opens that operation in a tab;
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

import { StrictMode, useState, type FC } from "react";
import { createRoot } from "react-dom/client";
import { GraphiQL, HISTORY_PLUGIN } from "graphiql";
import type { Fetcher } from "@graphiql/toolkit";
import { AsOfControl } from "./as-of";
import { DownloadCsvButton } from "./csv-button";
import { computeMarks, examplesPlugin, StartupTabs, type GigawattExample } from "./examples-panel";
import { describeErrorBody, toHeaderRecord } from "./request";
import { ShareButton } from "./share-button";
import { TABLE_PLUGIN } from "./table-view";

declare global {
  interface Window {
    __GIGAWATT_EXAMPLES__?: GigawattExample[];
  }
}

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

/** Puts the example's human name on top of its query as a comment (it titles the tab). */
function exampleQuery(example: GigawattExample): string {
  const name = example.name.replace(/[\r\n]+/g, " ").trim();
  const query = example.query.replace(/^\s*\n/, "");
  if (!name || /^#\s*(example|title):/m.test(query)) return query;
  return `# example: ${name}\n${query}`;
}

const toTab = (e: GigawattExample) => ({ query: exampleQuery(e), variables: e.variables ?? null });

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
  const [returning] = useState(() => hasSavedTabs());
  const [plugins] = useState(() => {
    computeMarks(examples, returning);
    return [examplesPlugin(examples, toTab), TABLE_PLUGIN, HISTORY_PLUGIN];
  });
  const [defaultTabs] = useState(() => (examples.length ? examples.map((e) => ({ ...toTab(e), headers: null })) : undefined));
  // graphiql 5.0.6 builds the first default tab's editor from `initialQuery ??
  // tabs[0].query` but its variables only from `initialVariables ?? storage`, so
  // the first example's variables would be dropped. Pass them explicitly, but
  // only when GraphiQL has no saved tabs (i.e. when `defaultTabs` is used):
  // with saved tabs an initialVariables value would add a stray tab.
  const [initialVariables] = useState(() => (defaultTabs?.[0]?.variables && !returning ? defaultTabs[0].variables : undefined));
  return (
    <GraphiQL fetcher={fetcher} defaultTabs={defaultTabs} initialVariables={initialVariables} plugins={plugins}>
      <GraphiQL.Logo>
        <span className="gigawatt-logo">Gigawatt</span>
        <AsOfControl />
        <StartupTabs examples={examples} toTab={toTab} />
      </GraphiQL.Logo>
      <GraphiQL.Toolbar>
        {({ prettify, merge, copy }) => (
          <>
            {prettify}
            {merge}
            {copy}
            <DownloadCsvButton endpoint={endpoint} />
            <ShareButton />
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
