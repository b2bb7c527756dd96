/** A dismissable message in the corner of the page (errors stay, information fades). */
import { useEffect, type FC, type ReactNode } from "react";
import { createPortal } from "react-dom";

export type Notice = { kind: "error" | "info"; text: ReactNode; sticky?: boolean } | null;

export const NoticeView: FC<{ notice: Notice; testId: string; onClose(): void }> = ({ notice, testId, onClose }) => {
  useEffect(() => {
    if (!notice || notice.kind !== "info" || notice.sticky) return;
    const timer = setTimeout(onClose, 4000);
    return () => clearTimeout(timer);
  }, [notice, onClose]);
  if (!notice) return null;
  return createPortal(
    <div className={`gigawatt-notice gigawatt-notice-${notice.kind}`} role={notice.kind === "error" ? "alert" : "status"} data-testid={testId}>
      <span className="gigawatt-notice-text">{notice.text}</span>
      <button type="button" className="gigawatt-notice-close" aria-label="Dismiss" onClick={onClose}>
        ×
      </button>
    </div>,
    // Inside the container so GraphiQL's theme variables (light/dark) apply.
    document.querySelector(".graphiql-container") ?? document.body,
  );
};
