// Test-server middleware (web-test-runner.config.mjs) that hosts the built bundles of
// dist-test/ (scripts/build-test-bundles.mjs) the way other sites host them:
//
//   /builds/<build>/<hosting>/<file>
//   /builds/versions       dist-test/builds.json: the two builds' versions
//   /builds/rejected       dist-test/rejected.json: how the builds of broken entries failed
//
// <build> is `current` or `other`. <hosting> says under which names the ES entry and the
// IIFE are served, as a CDN or a CMS would copy them; under any other name they are a 404,
// like on a real host, so code that fetches either by its build name fails. The other files
// of the build (chunks, maps) are served under their own names; a query string is ignored.
// `redirected` only redirects the two build names to the `versioned` hosting (302).
// Nothing is cached, so every fetch the page makes is a real download.
import { readFile } from 'node:fs/promises';

const ENTRY = 'news-elements.js';
const IIFE = 'news-elements.iife.js';
/** The names each hosting serves the entry and the IIFE under; `entryonly` copied nothing but those two. */
const HOSTINGS = {
  plain: { [ENTRY]: ENTRY, [IIFE]: IIFE },
  renamed: { [ENTRY]: 'ne.js', [IIFE]: 'ne-classic.js' },
  versioned: { [ENTRY]: 'news-elements.0.1.0.js', [IIFE]: 'news-elements.iife.0.1.0.js' },
  hashed: { [ENTRY]: 'news-elements.3f2a9c1b.js', [IIFE]: 'news-elements.iife.3f2a9c1b.js' },
  entryonly: { [ENTRY]: ENTRY, [IIFE]: IIFE },
};
/** `redirected` has nothing but a redirect from each build name to the `versioned` hosting (a "latest" alias). */
const REDIRECTED = { [ENTRY]: HOSTINGS.versioned[ENTRY], [IIFE]: HOSTINGS.versioned[IIFE] };
const copied = (hosting, file) => hosting !== 'entryonly' || file.startsWith('news-elements.');

/** The built file that `file` is under `hosting`, or undefined when the hosting has no such file. */
function builtFile(hosting, file) {
  const names = HOSTINGS[hosting];
  if (!names) return undefined;
  const aliased = Object.keys(names).find((built) => names[built] === file);
  if (aliased) return aliased;
  return file in names || !copied(hosting, file) ? undefined : file;
}

const ROOT = new URL('../../dist-test/', import.meta.url);
const PATH = /^\/builds\/(current|other)\/(\w+)\/([\w.-]+)$/;

export function buildsMiddleware() {
  return async (context, next) => {
    const json = { '/builds/versions': 'builds.json', '/builds/rejected': 'rejected.json' }[context.path];
    if (json) {
      try {
        context.body = await readFile(new URL(json, ROOT), 'utf8');
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
    if (hosting === 'redirected' && REDIRECTED[file]) {
      context.set('Cache-Control', 'no-store');
      context.redirect(`/builds/${build}/versioned/${REDIRECTED[file]}`);
      return undefined;
    }
    const served = builtFile(hosting, file);
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
