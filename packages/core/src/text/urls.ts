/**
 * The form in which two addresses of one page compare equal: scheme and host in lower
 * case, the default port dropped, no fragment, and no difference between a path with and
 * without its trailing slash. Query strings are kept as written: they can name different
 * documents.
 */
export function normalizeUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return value.trim();
  }
  // The WHATWG parser already lower-cases the scheme and host and drops a default port.
  url.hash = "";
  const path = url.pathname.replace(/\/+$/, "");
  return `${url.protocol}//${url.host}${path}${url.search}`;
}
