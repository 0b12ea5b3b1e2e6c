/**
 * A query option's value as it must travel in a Graph URL. The Graph client joins `$filter` and friends into the
 * URL as given (GraphRequest.createQueryString), so an unencoded `#` starts a fragment the server never sees, `&`
 * starts another parameter and `+` arrives as a space: a guest's UPN (`name_school.org#EXT#@tenant…`) would cut the
 * filter short. Graph asks for values percent-encoded as RFC 3986 says ("Encoding query parameters",
 * https://learn.microsoft.com/graph/query-parameters). encodeURIComponent leaves `!'()*` alone; they are encoded
 * too, so nothing in a value is ever read as syntax on the way.
 */
export const graphQueryValue = (value: string): string =>
  encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
