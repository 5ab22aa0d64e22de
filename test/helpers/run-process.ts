import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_DIR } from './briefing.js';

export interface ProcessResult {
	readonly code: number | null;
	readonly stdout: string;
	readonly stderr: string;
}

/** Runs a TypeScript entry point of the project as its own process (through tsx), as a user would. */
export function runEntryPoint(
	script: string,
	args: readonly string[],
	options: { input?: string; env?: Record<string, string | undefined>; timeoutMs?: number } = {},
): Promise<ProcessResult> {
	return new Promise((resolve, reject) => {
		// Start from a clean environment so a developer's own .env or token never leaks into the test.
		const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1' };
		for (const [key, value] of Object.entries(options.env ?? {})) if (value !== undefined) env[key] = value;
		const child = spawn(process.execPath, ['--import', 'tsx', join(PROJECT_DIR, script), ...args], {
			cwd: join(PROJECT_DIR, 'test', 'fixtures'),
			env,
			stdio: ['pipe', 'pipe', 'pipe'],
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => {
			stdout += chunk.toString();
		});
		child.stderr.on('data', (chunk: Buffer) => {
			stderr += chunk.toString();
		});
		const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 15_000);
		child.on('error', reject);
		child.on('close', (code) => {
			clearTimeout(timer);
			resolve({ code, stdout, stderr });
		});
		child.stdin.end(options.input ?? '');
	});
}
