// Fails early, with the fix, when the browser the tests and the benchmark need is missing.
import { existsSync } from 'node:fs';
import { CHROME_PATH as path } from './chromium.mjs';

if (!existsSync(path)) {
  process.stderr.write(
    `No Chrome or Chromium was found (CHROME_PATH, ${path}, or an installed Chrome).\n` +
      'The tests run in headless Chromium from your system packages. On Debian or Ubuntu install it with:\n\n' +
      '    sudo apt-get update && sudo apt-get install -y chromium\n\n' +
      'or point CHROME_PATH at an existing Chromium or Chrome binary.\n',
  );
  process.exit(1);
}
