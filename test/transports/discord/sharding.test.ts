import { afterEach, describe, expect, test } from 'vitest';
import { TEST_TOKEN } from '../../helpers/bot-harness.js';
import { FakeDiscord } from '../../helpers/fake-discord.js';
import { chatInput } from '../../helpers/interactions.js';
import { readLogLines, startEntryPoint } from '../../helpers/run-process.js';

let fake: FakeDiscord | undefined;
afterEach(async () => {
	await fake?.close();
	fake = undefined;
});

describe('npm run start:sharded against the local fake', () => {
	test('GIVEN two shards THEN each logs in as its shard and answers the interactions sent to it', async () => {
		fake = await FakeDiscord.start({ shards: 2 });
		const manager = startEntryPoint('dist/sharded.js', [], {
			env: {
				DISCORD_TOKEN: TEST_TOKEN,
				DISCORD_CLIENT_ID: '100000000000000001',
				DISCORD_API_URL: fake.apiUrl,
				SHARD_COUNT: '2',
			},
			timeoutMs: 60_000,
		});
		await fake.waitForSessions(2, 45_000);
		expect(fake.readyShards.sort()).toEqual([0, 1]);
		const sent = [0, 1].map((shard) => {
			const interaction = chatInput('ask', { question: 'What is the IGC?' });
			fake?.sendInteraction(interaction, shard);
			return { shard, interaction };
		});
		for (const { interaction } of sent) {
			await fake.waitForRequest((request) => request.path.startsWith(`/interactions/${interaction.id}/`), 10_000);
		}
		for (const { interaction } of sent) {
			await expect
				.poll(() => manager.output(), { timeout: 30_000 })
				.toContain(`"msg":"interaction","id":"${interaction.id}"`);
		}
		const logged = readLogLines<{ msg: string; id?: string; shard?: number }>(manager.output());
		for (const { shard, interaction } of sent) {
			expect(
				logged.find((line) => line.msg === 'interaction' && line.id === interaction.id)?.shard,
				manager.output(),
			).toBe(shard);
		}
		manager.child.kill('SIGTERM');
		expect((await manager.exited).code).toBe(0);
		expect(manager.output()).not.toContain(TEST_TOKEN);
	}, 90_000);
});
