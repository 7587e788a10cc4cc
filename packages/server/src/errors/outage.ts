/**
 * The one answer to a database outage, on every surface (OAuth, REST, GraphQL): 503 with
 * `Retry-After` (RFC 9110 §10.2.3), so clients back off for the same time everywhere.
 */
export const OUTAGE_RETRY_AFTER_SECONDS = 5;

export const OUTAGE_DESCRIPTION = 'The service is temporarily unavailable; try again shortly';
