import '../../../styles/developer-guide.css';
// RapiDoc defines the <rapi-doc> web component. It is bundled into this page's lazy chunk (no
// CDN), so only /developers/api downloads it.
import 'rapidoc';
import { Link } from 'react-router';
import { useLeaveByDocumentLoad } from '../../../lib/leave-by-document-load';
import { PageHeading } from '../../../ui/PageHeading';
import { DEVELOPER_PAGES, PUBLISHED_DOCUMENTS } from '../paths';
import { RAPIDOC_FONTS, RAPIDOC_THEMES } from '../rapidoc/rapidoc-theme';
import { useColorScheme } from '../rapidoc/use-color-scheme';

/**
 * The REST reference, the server's own OpenAPI document rendered by RapiDoc. Trying requests is
 * off: the reference describes the API, and the curl examples of the guide and the app page run it.
 */
export default function ApiReferencePage() {
  const colors = RAPIDOC_THEMES[useColorScheme()];
  useLeaveByDocumentLoad();
  return (
    <>
      <PageHeading>API reference</PageHeading>
      <p className="section__intro">
        The REST API under <code>/consumer/v1</code>, for an app that holds an access token.{' '}
        <Link to={DEVELOPER_PAGES.authorizing}>Authorizing an app</Link> says how to get one. The
        same description as OpenAPI 3.1:{' '}
        <a href={PUBLISHED_DOCUMENTS.openApi}>
          <code>{PUBLISHED_DOCUMENTS.openApi}</code>
        </a>
        .
      </p>
      <rapi-doc
        spec-url={PUBLISHED_DOCUMENTS.openApi}
        render-style="read"
        show-side-nav="false"
        update-route="false"
        default-schema-tab="schema"
        theme={colors.theme}
        bg-color={colors.bg}
        text-color={colors.text}
        primary-color={colors.primary}
        regular-font={RAPIDOC_FONTS.regular}
        mono-font={RAPIDOC_FONTS.mono}
        load-fonts="false"
        show-header="false"
        allow-try="false"
        allow-authentication="false"
        allow-server-selection="false"
        allow-spec-url-load="false"
        allow-spec-file-load="false"
        allow-search="false"
        allow-advanced-search="false"
      />
    </>
  );
}
