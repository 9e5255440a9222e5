import { highlightParts } from '../plans';

/** An Elasticsearch highlight as text with the matches marked; nothing of it is ever parsed as HTML. */
export function Highlight({ fragment }: { fragment: string }) {
  return (
    <>
      {highlightParts(fragment).map((part, i) =>
        part.hit ? (
          <mark key={i} style={{ background: '#fff1b8', padding: 0, color: 'inherit' }}>
            {part.text}
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}
