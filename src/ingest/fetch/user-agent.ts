import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where site owners can read what Parallax is and why it fetches their pages. */
export const PROJECT_URL = 'https://github.com/parallax-news/parallax';

/** The name robots.txt groups may address Parallax by. */
export const ROBOTS_AGENT_NAME = 'parallax';

/** `Parallax/<version> (+<project url>)`, the version read from package.json (from src/ or dist/src/). */
export function userAgent(): string {
  return `Parallax/${packageVersion()} (+${PROJECT_URL})`;
}

let cachedVersion: string | undefined;

function packageVersion(): string {
  if (cachedVersion !== undefined) return cachedVersion;
  cachedVersion = '0.0.0';
  let folder = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 6; depth += 1) {
    const candidate = join(folder, 'package.json');
    if (existsSync(candidate)) {
      const parsed = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
      if (parsed.name === 'parallax' && parsed.version) {
        cachedVersion = parsed.version;
        break;
      }
    }
    folder = dirname(folder);
  }
  return cachedVersion;
}
