import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.ts'],
		globalSetup: ['test/helpers/build-once.ts'],
		// Generous: tests wait for events (a process starting, a callback arriving) and must pass on a busy machine.
		// None asserts speed; that is `npm run bench`.
		testTimeout: 60_000,
		hookTimeout: 60_000,
	},
});
