/**
 * Which Chromium the browser tests drive, and what to do when there is none. One place for the rule, so
 * that `npm test`, the browser tests and the bench agree: CHROMIUM_PATH, then the usual install paths and
 * names on the PATH. Never a downloaded browser build (playwright's own download is not used).
 */

import { accessSync, constants, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Debian's install path first (what CI installs), then the names other systems give it. */
const KNOWN_PATHS = ['/usr/bin/chromium'];
const NAMES_ON_PATH = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

export interface Machine {
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether a file exists and may be run. */
  readonly isExecutable: (path: string) => boolean;
  readonly isRoot: boolean;
  /** The text of /etc/os-release, or '' where there is none. */
  readonly osRelease: string;
}

export function thisMachine(): Machine {
  let osRelease = '';
  try {
    osRelease = readFileSync('/etc/os-release', 'utf8');
  } catch {
    // Not Linux, or a minimal container: no distribution to install from.
  }
  return {
    env: process.env,
    isExecutable: (path) => {
      try {
        accessSync(path, constants.X_OK);
        return true;
      } catch {
        return false;
      }
    },
    isRoot: typeof process.getuid === 'function' && process.getuid() === 0,
    osRelease,
  };
}

/** The Chromium to drive, or null. A CHROMIUM_PATH that is set is the only one tried: it was asked for. */
export function findChromium(machine: Machine): string | null {
  const asked = machine.env.CHROMIUM_PATH;
  if (asked) return machine.isExecutable(asked) ? asked : null;
  for (const path of KNOWN_PATHS) if (machine.isExecutable(path)) return path;
  const dirs = (machine.env.PATH ?? '').split(delimiter).filter((d) => d !== '');
  for (const name of NAMES_ON_PATH) {
    for (const dir of dirs) {
      const path = join(dir, name);
      if (machine.isExecutable(path)) return path;
    }
  }
  return null;
}

function osField(osRelease: string, field: string): string[] {
  const line = osRelease.split('\n').find((l) => l.startsWith(`${field}=`));
  return (line?.slice(field.length + 1).replace(/"/g, '') ?? '').split(/\s+/).filter(Boolean);
}

const isDebianLike = (osRelease: string) =>
  [...osField(osRelease, 'ID'), ...osField(osRelease, 'ID_LIKE')].some(
    (id) => id === 'debian' || id === 'ubuntu',
  );

/** What to do without a Chromium: install Debian's package (root on Debian/Ubuntu), or stop with one line. */
export type ChromiumPlan =
  | { readonly kind: 'found'; readonly path: string }
  | { readonly kind: 'install'; readonly commands: readonly (readonly string[])[] }
  | { readonly kind: 'stop'; readonly message: string };

export function chromiumPlan(machine: Machine): ChromiumPlan {
  const path = findChromium(machine);
  if (path) return { kind: 'found', path };
  const asked = machine.env.CHROMIUM_PATH;
  if (asked) {
    return {
      kind: 'stop',
      message: `CHROMIUM_PATH=${asked} is not an executable file: point it at a Chromium or unset it.`,
    };
  }
  if (isDebianLike(machine.osRelease) && machine.isRoot) {
    return {
      kind: 'install',
      commands: [
        ['apt-get', 'update'],
        ['apt-get', 'install', '-y', 'chromium'],
      ],
    };
  }
  const install = isDebianLike(machine.osRelease)
    ? 'sudo apt-get install chromium'
    : osField(machine.osRelease, 'ID').includes('fedora')
      ? 'sudo dnf install chromium'
      : osField(machine.osRelease, 'ID').includes('arch')
        ? 'sudo pacman -S chromium'
        : process.platform === 'darwin'
          ? 'brew install --cask chromium'
          : "your system's chromium package";
  return {
    kind: 'stop',
    message: `No Chromium found for the browser tests: install it (${install}) or set CHROMIUM_PATH to a Chromium or Chrome executable.`,
  };
}
