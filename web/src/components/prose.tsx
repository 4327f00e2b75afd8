/** Multi-paragraph text from the import (paragraphs kept as "\n"): one <p> per paragraph, line breaks kept inside. */
export function Prose({ text, className = '', lang }: { text: string; className?: string; lang?: string }) {
  const paragraphs = text.split(/\n\s*\n|\n/).filter((p) => p.trim());
  return (
    <div className={`prose ${className}`.trim()} lang={lang}>
      {paragraphs.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </div>
  );
}
