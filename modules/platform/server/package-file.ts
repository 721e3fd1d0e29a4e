import { dirname, join } from 'node:path';

/** A file shipped inside an installed package, served from the project's own dependencies (no CDN on closed networks). */
export const packageFile = (name: string, file: string) => join(dirname(require.resolve(`${name}/package.json`)), file);
