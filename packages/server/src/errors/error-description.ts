/**
 * RFC 6749 §5.2 and RFC 6750 §3: an `error_description` holds only %x20-21 / %x23-5B / %x5D-7E,
 * so it fits a quoted-string unescaped. Quotes and backslashes become their nearest allowed
 * look-alikes; anything else outside the set (controls, non-ASCII echoed from input) becomes `?`.
 */
export function safeErrorDescription(text: string): string {
  return text
    .replace(/"/g, "'")
    .replace(/\\/g, '/')
    .replace(/[^\x20\x21\x23-\x5B\x5D-\x7E]/g, '?')
    .slice(0, 300);
}
