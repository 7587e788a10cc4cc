// node bench/lists.mjs: the list-page figures alone (a minute or so), written to
// bench/results/lists.json and lists.md. pnpm bench runs the same measurement at its end.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuilt } from './lib/build.mjs';
import { listsMarkdown, measureLists } from './lib/lists.mjs';
import { RESULTS_DIR } from './lib/settings.mjs';

ensureBuilt();
const result = await measureLists();
writeFileSync(join(RESULTS_DIR, 'lists.json'), `${JSON.stringify(result, null, 2)}\n`);
const markdown = listsMarkdown(result);
writeFileSync(join(RESULTS_DIR, 'lists.md'), markdown);
console.log(markdown);
process.exit(0);
