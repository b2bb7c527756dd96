/**
 * The saved examples as a GraphiQL plugin panel (title, one-line description, "new" and
 * "changed" marks), and the returning-visitor rule: an example whose revision this browser has
 * not seen is opened as a tab (unless an identical tab is open), and a notice says so.
 */
import { useCallback, useEffect, useRef, useState, type FC } from "react";
import type { GraphiQLPlugin } from "@graphiql/react";
import { NoticeView, type Notice } from "./notice";
import { deepLinkOperation, openTab, useTabStore } from "./tabs";

export interface GigawattExample {
  id?: string;
  name: string;
  description?: string;
  query: string;
  variables?: string;
  revision?: string;
}

const SEEN_KEY = "gigawatt:examples-seen";
type Mark = "new" | "changed";

/** Marks computed once per page load, shared by the panel and the opener. */
const marks = new Map<string, Mark>();

function readSeen(): Record<string, string> | null {
  try {
    const raw = window.localStorage.getItem(SEEN_KEY);
    return raw ? (JSON.parse(raw) as Record<string, string>) : null;
  } catch {
    return null;
  }
}

function writeSeen(examples: GigawattExample[]): void {
  try {
    window.localStorage.setItem(SEEN_KEY, JSON.stringify(Object.fromEntries(examples.map((e) => [e.id ?? e.name, e.revision ?? ""]))));
  } catch {
    /* private mode: nothing to remember */
  }
}

/** Call before GraphiQL reads its storage: which examples are new or changed for this visitor. */
export function computeMarks(examples: GigawattExample[], returning: boolean): void {
  if (!returning) return;
  const seen = readSeen() ?? {};
  for (const e of examples) {
    const before = seen[e.id ?? e.name];
    if (before === undefined) marks.set(e.id ?? e.name, "new");
    else if (before !== (e.revision ?? "")) marks.set(e.id ?? e.name, "changed");
  }
}

/** Opens new/changed examples and a `?query=` deep link once the editors exist. */
export const StartupTabs: FC<{ examples: GigawattExample[]; toTab(e: GigawattExample): { query: string; variables: string | null } }> = ({ examples, toTab }) => {
  const store = useTabStore();
  const done = useRef(false);
  const [notice, setNotice] = useState<Notice>(null);
  const close = useCallback(() => setNotice(null), []);
  useEffect(() => {
    if (done.current || !store.queryEditor || !store.variableEditor) return;
    done.current = true;
    const fresh = examples.filter((e) => marks.has(e.id ?? e.name));
    for (const e of fresh) openTab(store, toTab(e));
    writeSeen(examples);
    const link = deepLinkOperation();
    if (link) openTab(store, link);
    if (fresh.length) {
      const names = fresh.map((e) => `${e.name} (${marks.get(e.id ?? e.name)})`).join("; ");
      setNotice({ kind: "info", sticky: true, text: `Examples new or changed since your last visit, opened as tabs: ${names}` });
    }
  }, [store, examples, toTab]);
  return <NoticeView notice={notice} testId="examples-message" onClose={close} />;
};

const ExamplesIcon: FC = () => (
  <svg aria-hidden="true" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.5} strokeLinecap="round" strokeLinejoin="round">
    <path d="M5 4h11l3 3v13H5z" />
    <path d="M8 10h8M8 14h8M8 18h5" />
  </svg>
);

/** The Examples plugin: a list of every saved example; a click opens it as a tab. */
export function examplesPlugin(examples: GigawattExample[], toTab: (e: GigawattExample) => { query: string; variables: string | null }): GraphiQLPlugin {
  const Content: FC = () => {
    const store = useTabStore();
    return (
      <div className="gigawatt-panel" data-testid="examples-panel">
        <div className="graphiql-doc-explorer-title">Examples</div>
        <ul className="gigawatt-examples">
          {examples.map((e) => {
            const mark = marks.get(e.id ?? e.name);
            return (
              <li key={e.id ?? e.name}>
                <button type="button" className="gigawatt-example" onClick={() => openTab(store, toTab(e))}>
                  <span className="gigawatt-example-title">
                    {e.name}
                    {mark && <span className={`gigawatt-mark gigawatt-mark-${mark}`}>{mark}</span>}
                  </span>
                  {e.description && <span className="gigawatt-example-description">{e.description}</span>}
                </button>
              </li>
            );
          })}
        </ul>
      </div>
    );
  };
  return { title: "Examples", icon: ExamplesIcon, content: Content };
}
