/**
 * `npm test`'s step before the browser tests: find a Chromium, install Debian's where we may, or stop
 * with one line that says what to install. Exit 0 means the browser tests can start.
 */

import { spawnSync } from 'node:child_process';
import { chromiumPlan, findChromium, thisMachine } from './chromium.ts';

const plan = chromiumPlan(thisMachine());
if (plan.kind === 'found') {
  console.log(`Browser tests use ${plan.path}`);
} else if (plan.kind === 'stop') {
  console.error(plan.message);
  process.exit(1);
} else {
  console.log('No Chromium found: installing Debian’s chromium package (root on Debian/Ubuntu)…');
  for (const [command, ...args] of plan.commands) {
    const run = spawnSync(command ?? '', args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (run.status !== 0) {
      console.error(
        `\`${[command, ...args].join(' ')}\` failed: install chromium by hand or set CHROMIUM_PATH.`,
      );
      process.exit(1);
    }
  }
  const installed = findChromium(thisMachine());
  if (!installed) {
    console.error(
      'chromium was installed but is not at /usr/bin/chromium or on the PATH: set CHROMIUM_PATH.',
    );
    process.exit(1);
  }
  console.log(`Browser tests use ${installed}`);
}
