/**
 * The `asOf` date control: sets the operation's `$asOf` variable (or removes it: today) and runs
 * the operation again, with one line saying what the date means.
 */
import { useCallback, useEffect, useState, type FC } from "react";
import { createPortal } from "react-dom";
import { tryParseJSONC, useGraphiQL } from "@graphiql/react";
import type { OperationDefinitionNode } from "graphql";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

interface Store {
  variableEditor: { getValue(): string; setValue(v: string): void; onDidChangeModelContent(f: () => void): { dispose(): void } } | null;
  operations: OperationDefinitionNode[] | undefined;
  operationName: string | null | undefined;
  actions: { run(): void; updateActiveTabValues(p: { variables: string }): void };
}

function declaresAsOf(store: Store): boolean {
  const ops = store.operations ?? [];
  const op = ops.find((o) => o.name?.value === store.operationName) ?? ops[0];
  return !!op?.variableDefinitions?.some((v) => v.variable.name.value === "asOf");
}

function readAsOf(text: string | undefined): string {
  try {
    const value = tryParseJSONC(text)?.asOf;
    return typeof value === "string" && DATE.test(value) ? value : "";
  } catch {
    return "";
  }
}

export const AsOfControl: FC = () => {
  const store = useGraphiQL((s) => ({ variableEditor: s.variableEditor, operations: s.operations, operationName: s.operationName, actions: s.actions })) as unknown as Store;
  const [value, setValue] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const editor = store.variableEditor;
  useEffect(() => {
    if (!editor) return;
    const update = () => setValue(readAsOf(editor.getValue()));
    update();
    const d = editor.onDidChangeModelContent(update);
    return () => d.dispose();
  }, [editor]);
  const enabled = declaresAsOf(store);

  const change = useCallback(
    (next: string) => {
      if (!editor) return;
      let vars: Record<string, unknown>;
      try {
        vars = tryParseJSONC(editor.getValue()) ?? {};
      } catch (e) {
        setProblem(`Fix the variables first: ${(e as Error).message}`);
        return;
      }
      setProblem(null);
      if (next) vars.asOf = next;
      else delete vars.asOf;
      const text = JSON.stringify(vars, null, 2);
      editor.setValue(text);
      store.actions.updateActiveTabValues({ variables: text });
      store.actions.run();
    },
    [editor, store.actions],
  );

  const bar = document.getElementById("gigawatt-bar");
  const control = (
    <div className="gigawatt-asof" data-testid="asof">
      <label>
        <span>As of</span>
        <input type="date" value={value} disabled={!enabled} data-testid="asof-input" onChange={(e) => change(e.currentTarget.value)} />
      </label>
      {value && enabled && (
        <button type="button" className="gigawatt-asof-clear" onClick={() => change("")}>
          today
        </button>
      )}
      <span className="gigawatt-asof-help" data-testid="asof-help">
        {problem ??
          (enabled
            ? "Answers with only what was public on that day (latest revisions by then); empty means today."
            : "This operation has no $asOf variable: add `$asOf: Date` and pass it to the fields to pick a day.")}
      </span>
    </div>
  );
  // Above GraphiQL, in the page's own bar (the control still reads GraphiQL's state).
  return bar ? createPortal(control, bar) : control;
};
