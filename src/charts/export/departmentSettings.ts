/**
 * The department name and logo printed on exported images and the yearly report: set once, kept in
 * this browser's localStorage (never sent anywhere). The logo is a data: URL of a PNG or SVG file of at
 * most 200 KB, so a settings read stays cheap and storage quotas are no issue.
 */
export interface DepartmentSettings {
  readonly name: string;
  /** data:image/png;base64,… or data:image/svg+xml;base64,…; null = no logo. */
  readonly logo: string | null;
}

const STORAGE_KEY = 'ocop-dashboard.department';
export const LOGO_MAX_BYTES = 200 * 1024;
export const LOGO_TYPES = ['image/png', 'image/svg+xml'] as const;
const NAME_MAX_LENGTH = 160;

export const NO_DEPARTMENT: DepartmentSettings = { name: '', logo: null };

// Where storage is blocked by policy, settings still last until the page closes.
let memory: DepartmentSettings = NO_DEPARTMENT;

function isLogoDataUrl(value: unknown): value is string {
  return typeof value === 'string' && /^data:image\/(png|svg\+xml);base64,[A-Za-z0-9+/=]+$/.test(value);
}

/** What a stored value holds, keeping only what is valid (a hand-edited or old entry cannot break exports). */
export function parseDepartment(text: string | null): DepartmentSettings {
  if (!text) return NO_DEPARTMENT;
  try {
    const value = JSON.parse(text) as { name?: unknown; logo?: unknown };
    const name = typeof value.name === 'string' ? value.name.trim().slice(0, NAME_MAX_LENGTH) : '';
    return { name, logo: isLogoDataUrl(value.logo) ? value.logo : null };
  } catch {
    return NO_DEPARTMENT;
  }
}

export function readDepartment(): DepartmentSettings {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return stored === null ? memory : parseDepartment(stored);
  } catch {
    return memory;
  }
}

/** Saves; false when the browser refused to store it (the settings then last for this page only). */
export function saveDepartment(settings: DepartmentSettings): boolean {
  memory = parseDepartment(JSON.stringify(settings));
  try {
    if (!memory.name && !memory.logo) localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, JSON.stringify(memory));
    return true;
  } catch {
    return false;
  }
}

/** Why a chosen logo file cannot be used, or null. */
export function logoFileProblem(file: {
  readonly type: string;
  readonly size: number;
}): 'type' | 'size' | null {
  if (!(LOGO_TYPES as readonly string[]).includes(file.type)) return 'type';
  return file.size > LOGO_MAX_BYTES ? 'size' : null;
}

export function hasDepartment(settings: DepartmentSettings): boolean {
  return settings.name !== '' || settings.logo !== null;
}
