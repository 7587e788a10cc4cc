import { createHash } from 'node:crypto';

/** The SPA's sign-in and consent look (brand, one card), light and dark, in one inline style. */
const STYLE = [
  ':root{color-scheme:light dark;--bg:#f6f7fb;--surface:#fff;--text:#1b1f2a;--muted:#5b6275;',
  '--border:#dde1ea;--accent:#4f46e5;--on-accent:#fff}',
  '@media (prefers-color-scheme:dark){:root{--bg:#0f1218;--surface:#171b24;--text:#e7e9ef;',
  '--muted:#9aa2b5;--border:#2a3040;--accent:#818cf8;--on-accent:#11142b}}',
  '*{box-sizing:border-box}',
  "body{margin:0;font:15px/1.55 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;",
  'color:var(--text);background:var(--bg)}',
  '.layout{min-height:100vh;display:flex;flex-direction:column;align-items:center;',
  'padding:48px 16px;gap:24px}',
  '.brand{display:inline-flex;align-items:center;gap:8px;font-weight:700;font-size:1.05rem}',
  '.brand__mark{display:inline-grid;place-items:center;width:28px;height:28px;',
  'border-radius:8px;background:var(--accent);color:var(--on-accent)}',
  'main{width:100%;max-width:420px;background:var(--surface);border:1px solid var(--border);',
  'border-radius:10px;padding:32px;display:flex;flex-direction:column;gap:16px}',
  'h1{margin:0;font-size:1.6rem;line-height:1.25;overflow-wrap:anywhere}',
  'p{margin:0}.muted{color:var(--muted)}',
].join('');

/**
 * The page runs no script at all and may load nothing; its one inline style is allowed by hash.
 * Even if escaping ever failed, injected markup could not run (CSP Level 3, hash-source).
 */
export const ERROR_PAGE_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`,
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/**
 * RFC 6749 §4.1.2.1: when the client or its redirect URI cannot be trusted, the user is told
 * here and is never sent anywhere.
 */
export function renderErrorPage(title: string, message: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)} · Bnder</title>
<style>${STYLE}</style></head>
<body><div class="layout">
<header><span class="brand"><span class="brand__mark" aria-hidden="true">B</span><span>Bnder</span></span></header>
<main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p>
<p class="muted">Nothing was shared with the application. You can close this page.</p></main>
</div></body>
</html>
`;
}
