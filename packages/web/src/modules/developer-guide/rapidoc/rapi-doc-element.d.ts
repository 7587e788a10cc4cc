import type { DetailedHTMLProps, HTMLAttributes } from 'react';

/** The attributes of RapiDoc's <rapi-doc> web component that the reference page sets. */
type RapiDocAttributes = DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement> & {
  'spec-url': string;
  'render-style'?: 'read' | 'view' | 'focused';
  theme?: 'light' | 'dark';
  'bg-color'?: string;
  'text-color'?: string;
  'primary-color'?: string;
  'regular-font'?: string;
  'mono-font'?: string;
  'load-fonts'?: 'true' | 'false';
  'show-header'?: 'true' | 'false';
  'show-info'?: 'true' | 'false';
  'show-side-nav'?: 'true' | 'false';
  'update-route'?: 'true' | 'false';
  'default-schema-tab'?: 'schema' | 'example';
  'allow-try'?: 'true' | 'false';
  'allow-authentication'?: 'true' | 'false';
  'allow-server-selection'?: 'true' | 'false';
  'allow-spec-url-load'?: 'true' | 'false';
  'allow-spec-file-load'?: 'true' | 'false';
  'allow-search'?: 'true' | 'false';
  'allow-advanced-search'?: 'true' | 'false';
};

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'rapi-doc': RapiDocAttributes;
    }
  }
}
