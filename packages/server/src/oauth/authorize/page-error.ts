/** A problem shown on the server's own page, because redirecting would be unsafe (RFC 6749 §4.1.2.1). */
export class AuthorizePageError extends Error {
  constructor(
    readonly title: string,
    message: string,
  ) {
    super(message);
    this.name = 'AuthorizePageError';
  }
}
