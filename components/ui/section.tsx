/**
 * A section named by its own heading: `<section aria-labelledby={id}><h2 id={id}>…`, so screen readers list
 * it as a region under that name. `level` picks h2 (the default) or h3; the classes stay the caller's.
 */
export function TitledSection({
  id,
  title,
  level = 2,
  titleClassName,
  children,
  ...section
}: {
  id: string;
  title: React.ReactNode;
  level?: 2 | 3;
  titleClassName?: string;
  children: React.ReactNode;
} & Omit<React.ComponentProps<"section">, "id" | "title" | "aria-labelledby" | "children">) {
  const Heading = level === 3 ? "h3" : "h2";
  return (
    <section aria-labelledby={id} {...section}>
      <Heading id={id} className={titleClassName}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
