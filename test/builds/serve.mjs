// Test-server middleware (web-test-runner.config.mjs) that hosts the built bundles of
// dist-test/ (scripts/build-test-bundles.mjs) the way other sites host them:
//
//   /builds/<build>/<hosting>/<file>
//   /builds/versions       dist-test/builds.json: the two builds' versions
//
// <build> is `current` or `other`. <hosting> says under which name the ES entry is served,
// as a CDN or a CMS would copy it; under any other name it is a 404, like on a real host,
// so a chunk that imports the entry by its build name fails. The other files of the build
// (chunks, the IIFE) are served under their own names; a query string is ignored.
// Nothing is cached, so every fetch the page makes is a real download.
import { readFile } from 'node:fs/promises';

const ENTRY = 'news-elements.js';
/** The name each hosting serves the entry under; `entryonly` copied nothing but the entry (and the IIFE). */
const HOSTINGS = {
  plain: ENTRY,
  renamed: 'ne.js',
  versioned: 'news-elements.0.1.0.js',
  hashed: 'news-elements.3f2a9c1b.js',
  entryonly: ENTRY,
};
const copied = (hosting, file) => hosting !== 'entryonly' || file.startsWith('news-elements.');

const ROOT = new URL('../../dist-test/', import.meta.url);
const PATH = /^\/builds\/(current|other)\/(\w+)\/([\w.-]+)$/;

export function buildsMiddleware() {
  return async (context, next) => {
    if (context.path === '/builds/versions') {
      try {
        context.body = await readFile(new URL('builds.json', ROOT), 'utf8');
        context.type = 'application/json';
      } catch {
        context.status = 404;
        context.body = 'dist-test/ has not been built: run `npm run build:test` (`npm test` does)';
      }
      return undefined;
    }
    const match = PATH.exec(context.path);
    if (!match) return next();
    const [, build, hosting, file] = match;
    const alias = HOSTINGS[hosting];
    const served = file === alias ? ENTRY : file !== ENTRY && alias && copied(hosting, file) ? file : undefined;
    try {
      if (!served) throw new Error('not hosted under this name');
      context.body = await readFile(new URL(`${build}/${served}`, ROOT));
      context.type = served.endsWith('.map') ? 'application/json' : 'text/javascript';
      context.set('Cache-Control', 'no-store');
    } catch {
      context.status = 404;
      context.body = `not found: ${context.path}`;
    }
  };
}
