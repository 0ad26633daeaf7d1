// Status marks drawn as inline SVG: ⏸ ⏰ ✗ are missing from the CJK fonts most computers have (Noto Sans
// CJK among them) and came out as empty boxes without an emoji font. Always beside words that say the
// same, so the icon is aria-hidden; it takes the text's colour and size.
type IconName = "check" | "cross" | "pause" | "clock" | "warning" | "circle";

const PATHS: Record<IconName, React.ReactNode> = {
  check: <path d="M3.5 8.5l3 3 6-7" />,
  cross: <path d="M4 4l8 8M12 4l-8 8" />,
  pause: <path d="M5.5 3.5v9M10.5 3.5v9" />,
  clock: (
    <>
      <circle cx="8" cy="8.5" r="5.5" />
      <path d="M8 5.5v3l2 1.5" />
    </>
  ),
  warning: (
    <>
      <path d="M8 2L1.5 13.5h13z" strokeLinejoin="round" />
      <path d="M8 6.5v3.5M8 11.5v.5" />
    </>
  ),
  circle: <circle cx="8" cy="8" r="5" />,
};

export function StatusIcon({ name }: { name: IconName }) {
  return (
    <svg
      viewBox="0 0 16 16"
      className="status-icon"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      aria-hidden="true"
      focusable="false"
      data-icon={name}
    >
      {PATHS[name]}
    </svg>
  );
}

/** A tick or a cross, then the words. */
export function Mark({ ok, children }: { ok: boolean; children?: React.ReactNode }) {
  return (
    <span data-mark={ok ? "yes" : "no"}>
      <StatusIcon name={ok ? "check" : "cross"} /> {children}
    </span>
  );
}
