/**
 * "Share": a permalink for the current operation, its variables and today's pin (POST /share;
 * the server stores the operation by its sha256 and answers with the page's URL).
 */
import { useCallback, useState, type FC } from "react";
import { ToolbarButton, useGraphiQL } from "@graphiql/react";
import { NoticeView, type Notice } from "./notice";
import { currentOperation, describeErrorBody } from "./request";

export const SHARE_PATH = "/share";

const ShareIcon: FC = () => (
  <svg className="graphiql-toolbar-icon" aria-hidden="true" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.5} strokeLinecap="round" strokeLinejoin="round">
    <path d="M10 14a4 4 0 0 0 5.66 0l3-3a4 4 0 0 0-5.66-5.66l-1 1" />
    <path d="M14 10a4 4 0 0 0-5.66 0l-3 3a4 4 0 0 0 5.66 5.66l1-1" />
  </svg>
);

interface Shared {
  url: string;
  pin: Record<string, string>;
}

export const ShareButton: FC = () => {
  const editors = useGraphiQL((s) => ({ queryEditor: s.queryEditor, variableEditor: s.variableEditor, headerEditor: s.headerEditor, operationName: s.operationName }));
  const [notice, setNotice] = useState<Notice>(null);
  const close = useCallback(() => setNotice(null), []);

  const share = useCallback(async () => {
    const op = currentOperation(editors);
    if (!op.ok) return setNotice({ kind: "error", text: `Nothing to share: ${op.error}` });
    try {
      const response = await fetch(SHARE_PATH, {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify({ query: op.query, variables: op.variables, operationName: editors.operationName || undefined }),
      });
      const text = await response.text();
      if (!response.ok) return setNotice({ kind: "error", text: describeErrorBody(response.status, text) });
      const shared = JSON.parse(text) as Shared;
      const absolute = new URL(shared.url, window.location.href).href;
      await navigator.clipboard?.writeText(absolute).catch(() => undefined);
      const pin = Object.entries(shared.pin).map(([k, v]) => `${k} ${v}`).join(", ");
      setNotice({
        kind: "info",
        sticky: true,
        text: (
          <>
            Permalink (pinned to {pin}):{" "}
            <a href={absolute} target="_blank" rel="noopener" data-testid="share-link">
              {absolute}
            </a>
          </>
        ),
      });
    } catch (error) {
      setNotice({ kind: "error", text: `Share failed: ${(error as Error).message}` });
    }
  }, [editors]);

  return (
    <>
      <ToolbarButton label="Share: a permanent link to this result, pinned to today" data-testid="share" onClick={() => void share()}>
        <ShareIcon />
        <span className="gigawatt-button-label">Share</span>
      </ToolbarButton>
      <NoticeView notice={notice} testId="share-message" onClose={close} />
    </>
  );
};
