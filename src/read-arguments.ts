/**
 * The command-line edge shared by `npm run cli` and `npm run knowledge`: arguments split into flags, `--option value`
 * pairs and free text, and bad input reported as one line on stderr with exit code 2.
 */
import { stripUnsafeText } from './core/strip-unsafe.js';

/** Bad input: one line on stderr (never a raw escape from the arguments), exit code 2. */
export function fail(message: string): never {
	process.stderr.write(`${stripUnsafeText(message)}\n`);
	process.exit(2);
}

/**
 * Splits the arguments into flags (`--json`, and `-h` or `--help` as `help`), `--option value` or `--option=value`
 * pairs, and free text. `flagNames` are the options that take no value.
 */
export function readArguments(args: readonly string[], flagNames: ReadonlySet<string>) {
	const flags = new Set<string>();
	const named: Record<string, string> = {};
	const free: string[] = [];
	for (let i = 0; i < args.length; i++) {
		const arg = args[i] ?? '';
		const option = /^--([\w-]+)(?:=(.*))?$/su.exec(arg);
		if (arg === '-h' || arg === '--help') flags.add('help');
		else if (option === null) free.push(arg);
		else if (flagNames.has(option[1] ?? '')) flags.add(option[1] ?? '');
		else if (option[2] !== undefined) named[option[1] ?? ''] = option[2];
		else named[option[1] ?? ''] = args[++i] ?? '';
	}
	return { flags, named, free };
}
