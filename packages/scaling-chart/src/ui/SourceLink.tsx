'use client';

/** A source link that opens in a new tab. */
export function SourceLink({ href, text }: { href: string; text: string }) {
  return (
    <a href={href} target="_blank" rel="noreferrer" style={{ color: 'var(--ts-accent)' }}>
      {text}
    </a>
  );
}
