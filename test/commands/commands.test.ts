import { beforeAll, describe, expect, test } from 'vitest';
import { showMorePassages, showParagraph } from '../../src/commands/follow-ups.js';
import { autocompleteCommand, commands, executeCommand } from '../../src/commands/index.js';
import type { Briefing } from '../../src/core/briefing.js';
import type { Reply } from '../../src/core/reply.js';
import { loadRealBriefing } from '../helpers/briefing.js';

let briefing: Briefing;
beforeAll(async () => {
	briefing = await loadRealBriefing();
});

function expectKind<K extends Reply['kind']>(reply: Reply, kind: K): Extract<Reply, { kind: K }> {
	expect(reply.kind).toBe(kind);
	return reply as Extract<Reply, { kind: K }>;
}

describe('command definitions', () => {
	test('GIVEN every command THEN names, descriptions and options fit what Discord accepts', () => {
		for (const command of commands) {
			expect(command.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
			expect(command.description.length).toBeGreaterThan(0);
			expect(command.description.length).toBeLessThanOrEqual(100);
			expect(command.options.length).toBeLessThanOrEqual(25);
			for (const option of command.options) {
				expect(option.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
				expect(option.description.length).toBeLessThanOrEqual(100);
			}
		}
	});
});

describe('/ask', () => {
	test('GIVEN a question THEN the reply holds the answer, public unless private is set', () => {
		const reply = expectKind(
			executeCommand(briefing, 'ask', { question: 'How many doses did Russia deliver?' }),
			'answer',
		);
		expect(reply.ephemeral).toBe(false);
		expect(reply.answer.found && reply.answer.shortAnswer).toBe('50,000 doses');
		expect(executeCommand(briefing, 'ask', { question: 'vaccine', private: true }).ephemeral).toBe(true);
	});

	test('GIVEN a missing, empty or too long question THEN an ephemeral notice explains it', () => {
		for (const raw of [{}, { question: '   ' }, { question: 'x'.repeat(301) }, { question: 'ok', colour: 'red' }]) {
			const reply = expectKind(executeCommand(briefing, 'ask', raw), 'notice');
			expect(reply.ephemeral).toBe(true);
			expect(reply.text).toMatch(/^\/ask: /u);
		}
	});

	test('GIVEN partial typing THEN autocomplete offers the typed text and questions the article answers, at most 25', () => {
		const choices = autocompleteCommand(briefing, 'ask', 'question', 'vacc');
		expect(choices[0]).toEqual({ name: 'vacc', value: 'vacc' });
		expect(choices.length).toBeLessThanOrEqual(25);
		expect(choices.some((choice) => /vaccine/iu.test(choice.name))).toBe(true);
		expect(autocompleteCommand(briefing, 'ask', 'question', '').length).toBeGreaterThan(0);
	});
});

describe('/who', () => {
	test('GIVEN a role instead of a name THEN /who answers with the person who holds it', () => {
		const reply = expectKind(executeCommand(briefing, 'who', { name: 'the prime minister' }), 'person');
		expect(reply.person.name).toBe('Imran Khan');
	});

	test('GIVEN no name THEN everyone is listed with a role', () => {
		const reply = expectKind(executeCommand(briefing, 'who', {}), 'people');
		expect(reply.people.map((person) => person.id)).toEqual(briefing.knowledge.people.map((person) => person.id));
	});

	test('GIVEN an alias THEN the person and the passages that mention them', () => {
		const reply = expectKind(executeCommand(briefing, 'who', { name: 'army chief' }), 'person');
		expect(reply.person.name).toBe('Qamar Javed Bajwa');
		expect(reply.mentions.map((mention) => mention.paragraph.id)).toEqual(['¶1']);
	});

	test('GIVEN an unknown name THEN "not in the article" with the closest names', () => {
		const reply = expectKind(executeCommand(briefing, 'who', { name: 'Imran Kahnn' }), 'person');
		expect(reply.person.id).toBe('imran-khan');
		const unknown = expectKind(executeCommand(briefing, 'who', { name: 'Zelensky' }), 'person-unknown');
		expect(unknown.suggestions.length).toBeGreaterThan(0);
	});

	test('GIVEN a prefix THEN autocomplete suggests people by alias', () => {
		expect(autocompleteCommand(briefing, 'who', 'name', 'qur').map((choice) => choice.value)).toEqual([
			'Shah Mahmood Qureshi',
		]);
		expect(autocompleteCommand(briefing, 'who', 'name', 'coas').map((choice) => choice.value)).toEqual([
			'Qamar Javed Bajwa',
		]);
	});
});

describe('/pledges', () => {
	test('GIVEN a topic and a party THEN only matching commitments', () => {
		const reply = expectKind(executeCommand(briefing, 'pledges', { topic: 'vaccine', by: 'Pakistan' }), 'pledges');
		expect(reply.pledges.map((pledge) => pledge.pin.paragraph)).toEqual([27]);
	});

	test('GIVEN an unknown topic THEN a notice lists the topics', () => {
		expect(expectKind(executeCommand(briefing, 'pledges', { topic: 'sport' }), 'notice').text).toMatch(
			/security, energy/u,
		);
	});

	test('GIVEN typing THEN autocomplete suggests topics with commitments and parties', () => {
		expect(autocompleteCommand(briefing, 'pledges', 'topic', 'vac').map((choice) => choice.value)).toEqual(['health']);
		expect(autocompleteCommand(briefing, 'pledges', 'by', 'r').map((choice) => choice.value)).toEqual(['Russia']);
	});
});

describe('/about, /help, /check, /paragraph', () => {
	test('GIVEN /about THEN the summary of the article', () => {
		expect(expectKind(executeCommand(briefing, 'about', {}), 'about').summary.paragraphs).toBe(30);
	});

	test('GIVEN /help THEN every command with an example, privately', () => {
		const reply = expectKind(executeCommand(briefing, 'help', {}), 'help');
		expect(reply.commands.map((command) => command.name)).toEqual(commands.map((command) => command.name));
		expect(reply.ephemeral).toBe(true);
	});

	test('GIVEN /check THEN a verdict', () => {
		const reply = expectKind(executeCommand(briefing, 'check', { claim: 'Russia gave 100,000 doses' }), 'check');
		expect(reply.check.found && reply.check.verdict).toBe('contradicted');
	});

	test('GIVEN /paragraph as text or number THEN the paragraph; out of range THEN a notice', () => {
		expect(expectKind(executeCommand(briefing, 'paragraph', { number: '12' }), 'paragraph').paragraph.id).toBe('¶12');
		expect(expectKind(executeCommand(briefing, 'paragraph', { number: 31 }), 'notice').text).toMatch(/¶1 to ¶30/u);
		expect(expectKind(executeCommand(briefing, 'paragraph', { number: 'twelve' }), 'notice').text).toMatch(
			/whole number/u,
		);
	});

	test('GIVEN an unknown command THEN a notice points to /help', () => {
		expect(expectKind(executeCommand(briefing, 'weather', {}), 'notice').text).toMatch(/\/help/u);
	});
});

describe('follow-ups', () => {
	test('GIVEN passage references THEN "More passages" pages through them, dropping those not in the article', () => {
		const answer = executeCommand(briefing, 'ask', { question: 'Afghanistan' });
		if (answer.kind !== 'answer' || !answer.answer.found) throw new Error('expected an answer');
		const refs = answer.answer.further.map((passage) => ({
			paragraph: passage.paragraph.number,
			sentence: passage.quote.index,
		}));
		const page = expectKind(showMorePassages(briefing, [...refs, { paragraph: 99, sentence: 1 }]), 'passages');
		expect(page.citations.map((citation) => citation.paragraph.number)).toEqual(
			answer.answer.further.slice(0, 3).map((passage) => passage.paragraph.number),
		);
		expect(page.further.length).toBe(answer.answer.further.length - page.citations.length);
		expect(showMorePassages(briefing, [{ paragraph: 1, sentence: 99 }]).kind).toBe('notice');
	});

	test('GIVEN a paragraph number THEN "Show paragraph" is ephemeral', () => {
		expect(showParagraph(briefing, 3)).toMatchObject({ kind: 'paragraph', ephemeral: true });
		expect(showParagraph(briefing, 0).kind).toBe('notice');
	});
});
