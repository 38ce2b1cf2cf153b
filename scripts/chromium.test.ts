import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumPlan, findChromium, type Machine } from './chromium';

const DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n';
const UBUNTU = 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n';
const FEDORA = 'NAME="Fedora Linux"\nID=fedora\n';

const machine = (change: Partial<Machine> & { files?: string[] }): Machine => ({
  env: { PATH: '/usr/local/bin:/usr/bin:/bin' },
  isExecutable: (path) => (change.files ?? []).includes(path),
  isRoot: false,
  osRelease: DEBIAN,
  ...change,
});

describe('the Chromium the browser tests drive', () => {
  it('takes CHROMIUM_PATH first, then Debian’s path, then the usual names on the PATH', () => {
    const all = ['/opt/chrome/chrome', '/usr/bin/chromium', '/usr/local/bin/google-chrome'];
    expect(findChromium(machine({ files: all, env: { CHROMIUM_PATH: '/opt/chrome/chrome' } }))).toBe(
      '/opt/chrome/chrome',
    );
    expect(findChromium(machine({ files: all }))).toBe('/usr/bin/chromium');
    expect(findChromium(machine({ files: ['/usr/local/bin/google-chrome', '/bin/chromium-browser'] }))).toBe(
      '/bin/chromium-browser',
    );
  });

  it('installs Debian’s chromium only as root on Debian or Ubuntu', () => {
    for (const osRelease of [DEBIAN, UBUNTU]) {
      expect(chromiumPlan(machine({ isRoot: true, osRelease }))).toEqual({
        kind: 'install',
        commands: [
          ['apt-get', 'update'],
          ['apt-get', 'install', '-y', 'chromium'],
        ],
      });
    }
  });

  it('stops with one line naming the package for the system, and the variable, elsewhere', () => {
    const notRoot = chromiumPlan(machine({ isRoot: false, osRelease: DEBIAN }));
    expect(notRoot).toMatchObject({ kind: 'stop' });
    const message = notRoot.kind === 'stop' ? notRoot.message : '';
    expect(message).toContain('sudo apt-get install chromium');
    expect(message).toContain('CHROMIUM_PATH');
    expect(message).not.toContain('\n');
    const fedora = chromiumPlan(machine({ isRoot: true, osRelease: FEDORA }));
    expect(fedora.kind === 'stop' && fedora.message).toContain('sudo dnf install chromium');
  });

  it('never installs over a CHROMIUM_PATH that was asked for and is missing', () => {
    const plan = chromiumPlan(machine({ isRoot: true, env: { CHROMIUM_PATH: '/nowhere/chrome' } }));
    expect(plan).toEqual({
      kind: 'stop',
      message: 'CHROMIUM_PATH=/nowhere/chrome is not an executable file: point it at a Chromium or unset it.',
    });
  });

  it('makes npm test stop before the browser stage, with that one line', () => {
    const root = resolve(import.meta.dirname, '..');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/ensureChromium.ts'], {
      cwd: root,
      env: { ...process.env, CHROMIUM_PATH: '/nowhere/chrome' },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      'CHROMIUM_PATH=/nowhere/chrome is not an executable file: point it at a Chromium or unset it.',
    ]);
  });
});
