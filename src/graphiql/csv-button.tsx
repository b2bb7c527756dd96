/** "Download CSV": the current operation's first list as a CSV file (POST with Accept: text/csv). */
import { useCallback, useState, type FC } from "react";
import { ToolbarButton, useGraphiQL } from "@graphiql/react";
import { NoticeView, type Notice } from "./notice";
import { currentOperation, describeErrorBody } from "./request";

const CSV_FALLBACK_FILENAME = "gigawatt.csv";

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
  <svg className="graphiql-toolbar-icon" aria-hidden="true" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.5} strokeLinecap="round" strokeLinejoin="round">
    <path d="M12 3v12" />
    <path d="M7 10.5l5 5 5-5" />
    <path d="M4 17v2.5A1.5 1.5 0 0 0 5.5 21h13a1.5 1.5 0 0 0 1.5-1.5V17" />
  </svg>
);

export const DownloadCsvButton: FC<{ endpoint: string }> = ({ endpoint }) => {
  const editors = useGraphiQL((s) => ({ queryEditor: s.queryEditor, variableEditor: s.variableEditor, headerEditor: s.headerEditor, operationName: s.operationName }));
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const close = useCallback(() => setNotice(null), []);

  const download = useCallback(async () => {
    if (busy) return;
    const op = currentOperation(editors);
    if (!op.ok) {
      setNotice({ kind: "error", text: `Nothing to download: ${op.error}` });
      return;
    }
    setBusy(true);
    setNotice(null);
    try {
      const response = await fetch(endpoint, {
        method: "POST",
        credentials: "same-origin",
        headers: { ...op.headers, "Content-Type": "application/json", Accept: "text/csv" },
        body: JSON.stringify({ query: op.query, variables: op.variables, operationName: editors.operationName || undefined }),
      });
      const contentType = (response.headers.get("Content-Type") ?? "").toLowerCase();
      if (!response.ok || contentType.includes("json")) {
        setNotice({ kind: "error", text: describeErrorBody(response.status, await response.text()) });
        return;
      }
      const filename = filenameFromContentDisposition(response.headers.get("Content-Disposition")) ?? CSV_FALLBACK_FILENAME;
      saveBlob(await response.blob(), filename);
      setNotice({ kind: "info", text: `Saved ${filename}` });
    } catch (error) {
      setNotice({ kind: "error", text: `Download failed: ${(error as Error).message}` });
    } finally {
      setBusy(false);
    }
  }, [busy, endpoint, editors]);

  return (
    <>
      <ToolbarButton label="Download the first list of the result as CSV" data-testid="download-csv" aria-busy={busy} disabled={busy} onClick={() => void download()}>
        <DownloadIcon />
        <span className="gigawatt-button-label">CSV</span>
      </ToolbarButton>
      <NoticeView notice={notice} testId="download-csv-message" onClose={close} />
    </>
  );
};
