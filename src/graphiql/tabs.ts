/** Opening operations as GraphiQL tabs (examples, deep links), without duplicating a tab. */
import { useGraphiQL } from "@graphiql/react";

/** The parts of GraphiQL's store this needs (see @graphiql/react's editor slice). */
export interface TabStore {
  tabs: Array<{ query: string | null; variables: string | null }>;
  queryEditor: { setValue(v: string): void } | null;
  variableEditor: { setValue(v: string): void } | null;
  actions: {
    addTab(): void;
    changeTab(index: number): void;
    updateActiveTabValues(partial: { query?: string | null; variables?: string | null }): void;
  };
}

/** GraphiQL's tabs, editors and actions, for openTab. */
export function useTabStore(): TabStore {
  return useGraphiQL((s) => ({ tabs: s.tabs, queryEditor: s.queryEditor, variableEditor: s.variableEditor, actions: s.actions })) as unknown as TabStore;
}

const same = (a: string | null | undefined, b: string | null | undefined) => (a ?? "").trim() === (b ?? "").trim();

/** Activates the tab holding exactly this operation, or opens a new one. */
export function openTab(store: TabStore, op: { query: string; variables?: string | null }): void {
  const index = store.tabs.findIndex((t) => same(t.query, op.query) && same(t.variables, op.variables));
  if (index >= 0) {
    store.actions.changeTab(index);
    return;
  }
  store.actions.addTab();
  store.queryEditor?.setValue(op.query);
  store.variableEditor?.setValue(op.variables ?? "");
  // The editors report changes after a debounce; record the tab's content now.
  store.actions.updateActiveTabValues({ query: op.query, variables: op.variables ?? null });
}

/** `?query=…&variables=…` on the page URL: the operation a link asks to open. */
export function deepLinkOperation(search = window.location.search): { query: string; variables: string | null } | null {
  const params = new URLSearchParams(search);
  const query = params.get("query");
  if (!query?.trim()) return null;
  const raw = params.get("variables");
  let variables: string | null = null;
  if (raw?.trim()) {
    try {
      variables = JSON.stringify(JSON.parse(raw), null, 2);
    } catch {
      variables = raw;
    }
  }
  return { query, variables };
}
