/** What the switch means, in the help page's words: public vs confidential clients. */
export function RequireSecretExplanation() {
  return (
    <ul className="explanation">
      <li>
        <strong>Off</strong> for public clients that cannot keep a secret safe, such as browser,
        mobile and desktop apps. They must use PKCE with the S256 method.
      </li>
      <li>
        <strong>On</strong> for server-side integrations that keep the client secret private and
        send it only to the token endpoint, never in an authorize link.
      </li>
    </ul>
  );
}
