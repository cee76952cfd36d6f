/** What a missing fact reads as: never a blank. */
export function NotEstablished({ href }: { href?: string }) {
  const text = <span className="not-established">Not yet established</span>;
  return href ? <a href={href}>{text}</a> : text;
}
