import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Vitest global setup: builds `dist/` once before the tests, so that the entry points they run as processes are
 * the bundle `npm start` runs, built from the sources under test, and start without compiling TypeScript each time.
 */
export function setup(): void {
	execFileSync('npm', ['run', '--silent', 'build'], { cwd: join(import.meta.dirname, '..', '..'), stdio: 'inherit' });
}
