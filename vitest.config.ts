import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.ts'],
		globalSetup: ['test/helpers/build-once.ts'],
		// Vitest's default leaves one core free, which on two cores runs the files one by one; most of the suite's
		// time is spent waiting on child processes and sockets, so two files at once fill the cores instead.
		maxWorkers: Math.max(2, availableParallelism()),
		// Generous: tests wait for events (a process starting, a callback arriving) and must pass on a busy machine.
		// None asserts speed; that is `npm run bench`.
		testTimeout: 60_000,
		hookTimeout: 60_000,
	},
});
