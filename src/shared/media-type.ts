/**
 * Whether a Content-Type is `application/json` (any parameters). The "simple" types a browser
 * may send cross-site without a preflight (text/plain, …) are not, even when their parameters
 * say json: Apollo's CSRF rule refuses them without a preflight header, so neither the response
 * cache nor the fast lane may answer them first.
 */
export function isJsonContentType(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const semi = contentType.indexOf(";");
  return (semi < 0 ? contentType : contentType.slice(0, semi)).trim().toLowerCase() === "application/json";
}
