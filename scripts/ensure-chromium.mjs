// Makes sure a system Chromium is available before e2e tests or screenshots run.
// Browsers cannot be downloaded here; Debian's `chromium` package is the source.
import { spawnSync } from 'node:child_process';
import { chromiumPath } from './chromium-path.mjs';

const HINT =
  'Chromium not found: install it with  sudo apt-get install -y chromium  (or set CHROMIUM_PATH)';

if (process.env.CHROMIUM_PATH && chromiumPath() !== process.env.CHROMIUM_PATH) {
  console.warn(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist; looking elsewhere`);
}

if (chromiumPath()) process.exit(0);

if (typeof process.getuid === 'function' && process.getuid() === 0) {
  console.log('Chromium not found: installing Debian package "chromium" with apt-get');
  const result = spawnSync('sh', ['-c', 'apt-get update && apt-get install -y chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  const found = chromiumPath();
  if (result.status === 0 && found) {
    console.log(`Chromium installed: ${found}`);
    process.exit(0);
  }
  console.error(HINT);
  process.exit(1);
}

console.error(HINT);
process.exit(1);
