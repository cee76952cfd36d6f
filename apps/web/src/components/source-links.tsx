import { type Source, sourceAddresses, textFragmentUrl, waybackLookupUrl } from "@kz-hrc/core";

/** The host of an address, as a short link text. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "").replace(/\.$/, "");
  } catch {
    return url;
  }
}

/**
 * Where a source is, honestly (the words before each link, "Original:" and "Read at:",
 * say what it is): its original's address, and the copy that was read when
 * that is elsewhere. A copy is never shown as the original; an original that could not
 * be established is said to be so.
 */
export function SourceAddressLine({ source }: { source: Source }) {
  const addresses = sourceAddresses(source);
  if (!addresses.original && !addresses.readAt) return null;
  return (
    <span className="source-addresses">
      {addresses.original ? (
        <>
          Original:{" "}
          <a href={addresses.original} rel="external noopener noreferrer">
            {hostOf(addresses.original)}
          </a>
        </>
      ) : (
        <>Original: address not established</>
      )}
      {addresses.readAt ? (
        <>
          {" · "}Read at:{" "}
          <a href={addresses.readAt.url} rel="external noopener noreferrer">
            {hostOf(addresses.readAt.url)}
          </a>{" "}
          ({addresses.readAt.label})
        </>
      ) : null}
      .
    </span>
  );
}

/**
 * Ways to check one quote: the passage on the page it was read from (a text fragment,
 * which a supporting browser scrolls to and highlights), the Wayback Machine's snapshots
 * of the original's address (a lookup that may find none), and this quote's own link.
 */
export function QuoteLinks({ source, quote, anchor }: { source?: Source; quote: string; anchor: string }) {
  const addresses = source ? sourceAddresses(source) : undefined;
  // A test host's snapshots are not the document's: look up the original only then.
  const archived = addresses?.original ?? (addresses?.readAt?.copy === "test-host" ? undefined : addresses?.textAt);
  return (
    <span className="quote-links">
      {addresses?.textAt ? (
        <>
          <a href={textFragmentUrl(addresses.textAt, quote)} rel="external noopener noreferrer">
            Find the passage<span className="visually-hidden"> quoted</span> at {hostOf(addresses.textAt)}
          </a>
          {" · "}
        </>
      ) : null}
      {archived ? (
        <>
          <a href={waybackLookupUrl(archived)} rel="external noopener noreferrer">
            Look up snapshots<span className="visually-hidden"> of {hostOf(archived)}</span> in the Wayback Machine
          </a>
          {" · "}
        </>
      ) : null}
      <a href={`#${anchor}`}>Link to this quote</a>
    </span>
  );
}
