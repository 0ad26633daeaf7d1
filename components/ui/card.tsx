export function Card({ title, children, className = "" }: { title?: string; children: React.ReactNode; className?: string }) {
  return (
    <section className={`rounded-lg border border-stone-200 bg-white p-4 shadow-sm sm:p-5 ${className}`}>
      {title ? <h2 className="mb-3 text-lg font-semibold text-stone-900">{title}</h2> : null}
      {children}
    </section>
  );
}

export function Stat({ label, value, tone = "default" }: { label: string; value: string | number; tone?: "default" | "warn" }) {
  return (
    <div className="rounded-lg border border-stone-200 bg-white p-4">
      <div className="text-sm text-stone-600">{label}</div>
      <div className={`mt-1 text-2xl font-bold ${tone === "warn" ? "text-red-700" : "text-stone-900"}`}>{value}</div>
    </div>
  );
}

export function Badge({ children, tone = "default" }: { children: React.ReactNode; tone?: "default" | "ok" | "warn" | "muted" }) {
  const tones = {
    default: "bg-blue-50 text-blue-900 ring-blue-200",
    ok: "bg-green-50 text-green-900 ring-green-200",
    warn: "bg-red-50 text-red-900 ring-red-200",
    muted: "bg-stone-100 text-stone-700 ring-stone-200",
  };
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${tones[tone]}`}>{children}</span>;
}
