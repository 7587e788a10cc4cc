/**
 * RapiDoc derives its palette from three colours; these are the site's own (styles/base.css), so
 * the reference keeps the contrast the rest of the site is checked for, in both schemes.
 */
export const RAPIDOC_THEMES = {
  light: { theme: 'light', bg: '#ffffff', text: '#1b1f2a', primary: '#4f46e5' },
  dark: { theme: 'dark', bg: '#171b24', text: '#e7e9ef', primary: '#818cf8' },
} as const;

/** System fonts only: RapiDoc would otherwise load Google Fonts, which the page CSP refuses. */
export const RAPIDOC_FONTS = {
  regular: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  mono: "ui-monospace, 'SF Mono', Menlo, Consolas, 'Liberation Mono', monospace",
} as const;
