// `pnpm lint:docs`: every Markdown link to a file or a heading of this repository must resolve.
// No network: remark-validate-links checks local files and headings only, and with `repository:
// false` it reads no Git remote, so links are checked the same in any clone.
import remarkGfm from 'remark-gfm';
import remarkValidateLinks from 'remark-validate-links';

export default {
  plugins: [remarkGfm, [remarkValidateLinks, { repository: false }]],
};
