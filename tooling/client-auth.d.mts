/** The Authorization header value for HTTP Basic client authentication (RFC 6749 §2.3.1). */
export function basicAuthorization(clientId: string, clientSecret: string): string;
