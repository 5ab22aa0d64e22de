import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_DIR } from './briefing.js';

export interface ProcessResult {
	readonly code: number | null;
	readonly stdout: string;
	readonly stderr: string;
}

export interface RunningProcess {
	readonly child: ChildProcessWithoutNullStreams;
	/** Everything printed so far, both streams. */
	output(): string;
	/** Resolves when the process has exited. */
	exited: Promise<ProcessResult>;
}

/**
 * The JSON lines a process has logged, parsed; other output (a banner, a line still being written) is left out.
 */
export function readLogLines<Line = Record<string, unknown>>(output: string): Line[] {
	return output
		.split('\n')
		.filter((line) => line.startsWith('{') && line.endsWith('}'))
		.map((line) => JSON.parse(line) as Line);
}

/**
 * Starts an entry point of the project as its own process, as a user would, from a folder
 * without a .env and with a clean environment, so a developer's own token never leaks into a test.
 */
export function startEntryPoint(
	script: string,
	args: readonly string[],
	options: { env?: Record<string, string | undefined>; timeoutMs?: number } = {},
): RunningProcess {
	const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1' };
	for (const [key, value] of Object.entries(options.env ?? {})) if (value !== undefined) env[key] = value;
	// TypeScript sources run through tsx; the build (dist/*.js) runs on plain Node.
	const loader = script.endsWith('.ts') ? ['--import', 'tsx'] : [];
	const child = spawn(process.execPath, [...loader, join(PROJECT_DIR, script), ...args], {
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
	const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 20_000);
	const exited = new Promise<ProcessResult>((resolve, reject) => {
		child.on('error', reject);
		child.on('close', (code) => {
			clearTimeout(timer);
			resolve({ code, stdout, stderr });
		});
	});
	return { child, output: () => stdout + stderr, exited };
}

/** Runs an entry point to the end with the given standard input. */
export function runEntryPoint(
	script: string,
	args: readonly string[],
	options: {
		input?: string;
		/** How `input` is written; latin1 sends each character as the byte of that value (binary input). */
		encoding?: BufferEncoding;
		env?: Record<string, string | undefined>;
		timeoutMs?: number;
	} = {},
): Promise<ProcessResult> {
	const running = startEntryPoint(script, args, options);
	running.child.stdin.end(Buffer.from(options.input ?? '', options.encoding ?? 'utf8'));
	return running.exited;
}
