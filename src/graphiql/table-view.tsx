/** The Table plugin: every list in the current result as a table, sources as links with quotes. */
import { useEffect, useState, type FC } from "react";
import { useGraphiQL, type GraphiQLPlugin } from "@graphiql/react";
import { resultTables, safeHref, type Cell } from "../shared/result-tables";

/** The response editor's text, kept current as results arrive and tabs change. */
function useResponseText(): string {
  const responseEditor = useGraphiQL((s) => ({ e: s.responseEditor })).e as unknown as {
    getValue(): string;
    onDidChangeModelContent(f: () => void): { dispose(): void };
    onDidChangeModel(f: () => void): { dispose(): void };
  } | null;
  const [text, setText] = useState(() => responseEditor?.getValue() ?? "");
  useEffect(() => {
    if (!responseEditor) return;
    const update = () => setText(responseEditor.getValue());
    update();
    const a = responseEditor.onDidChangeModelContent(update);
    const b = responseEditor.onDidChangeModel(update);
    return () => {
      a.dispose();
      b.dispose();
    };
  }, [responseEditor]);
  return text;
}

export const CellView: FC<{ cell: Cell }> = ({ cell }) => {
  if (cell.kind === "text") return <>{cell.text}</>;
  return (
    <ul className="gigawatt-links">
      {cell.links.map((l, i) => {
        const href = safeHref(l.url);
        return (
          <li key={i}>
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer">
                {l.title}
              </a>
            ) : (
              l.title
            )}
            {l.quote && <q className="gigawatt-quote">{l.quote}</q>}
          </li>
        );
      })}
    </ul>
  );
};

const TableContent: FC = () => {
  const text = useResponseText();
  let data: unknown = null;
  try {
    data = (JSON.parse(text) as { data?: unknown }).data ?? null;
  } catch {
    data = null;
  }
  const tables = resultTables(data);
  return (
    <div className="gigawatt-panel gigawatt-table-view" data-testid="table-view">
      <div className="graphiql-doc-explorer-title">Table</div>
      {!tables.length && <p>Run an operation: every list in its result shows here as a table.</p>}
      {tables.map((t) => (
        <section key={t.path.join(".")}>
          <h3>
            {t.path.join(".")} <small>({t.rows.length} {t.rows.length === 1 ? "row" : "rows"})</small>
          </h3>
          <div className="gigawatt-table-scroll">
            <table>
              <thead>
                <tr>{t.columns.map((c) => <th key={c}>{c}</th>)}</tr>
              </thead>
              <tbody>
                {t.rows.map((row, i) => (
                  <tr key={i}>{row.map((cell, j) => <td key={j}><CellView cell={cell} /></td>)}</tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </div>
  );
};

const TableIcon: FC = () => (
  <svg aria-hidden="true" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.5}>
    <rect x="3.5" y="4.5" width="17" height="15" rx="1" />
    <path d="M3.5 9.5h17M3.5 14.5h17M9.5 4.5v15" />
  </svg>
);

export const TABLE_PLUGIN: GraphiQLPlugin = { title: "Table", icon: TableIcon, content: TableContent };
