import { beforeAll, describe, expect, test } from 'vitest';
import {
	createDiscussionCheck,
	createVoiceCheck,
	readDiscussionAsked,
	readReactionAsked,
} from '../../../src/core/answer/read-reaction-asked.js';
import type { Briefing } from '../../../src/core/briefing.js';
import { loadFixtureBriefing, loadRealBriefing } from '../../helpers/briefing.js';

let briefing: Briefing;
beforeAll(async () => {
	briefing = await loadFixtureBriefing();
});

describe('readReactionAsked', () => {
	test.each([
		['How did the council react to the vote?', 'the council', 'how the council reacted'],
		['what did Reed say about the cost', 'Reed', 'what Reed said'],
		["What was Riverton's reaction to the plan?", 'Riverton', 'how Riverton reacted'],
		['Did the council accept the offer?', 'the council', 'how the council answered'],
		['Does the council admit to backing the plan?', 'the council', 'how the council answered'],
		// A word that stresses the question is no part of the party.
		['What exactly did Mayor Reed actually say about the cost?', 'Mayor Reed', 'what Mayor Reed said'],
		// Whether the party spoke of it at all.
		['did the council say anything about the vote', 'the council', 'what the council said'],
		['Has Riverton commented on the plan?', 'Riverton', 'what Riverton said'],
	])('GIVEN "%s" THEN it asks the words of %s', (question, party, detail) => {
		expect(readReactionAsked(question)).toMatchObject({ party, detail });
	});

	test.each([
		'How did he react to the vote?',
		'What did the article say about the bridge?',
		'How will the council take the plan forward?',
		'What did the bridge cost?',
		// What was said is a claim of its own, and talking to someone a meeting.
		'Did Reed say the bridge would cost more?',
		'did the mayor talk to the council',
	])('GIVEN "%s" THEN it asks no party’s words', (question) => {
		expect(readReactionAsked(question)).toBeUndefined();
	});
});

/** The sentences in which the party a question asks about speaks; undefined when the knowledge knows no name of it. */
function voicedIn(over: Briefing, question: string): string[] | undefined {
	const asked = readReactionAsked(question);
	if (asked === undefined) throw new Error(`no party in "${question}"`);
	const voices = createVoiceCheck(over, asked);
	if (voices === undefined) return undefined;
	return over.knowledge.article.paragraphs.flatMap((paragraph) =>
		paragraph.sentences.filter((sentence) => voices(paragraph, sentence)).map((sentence) => sentence.text),
	);
}

describe('createVoiceCheck', () => {
	const voiced = (question: string) => voicedIn(briefing, question);

	test('GIVEN a person who speaks THEN their sentences, by name or by a pronoun in a paragraph naming them', () => {
		expect(voiced('What did Lopez say about the bridge?')).toContainEqual(
			expect.stringMatching(/Mayor Ana Lopez said/u),
		);
		expect(voiced('What did Councillor Reed say about the plan?')).toContainEqual(
			expect.stringMatching(/^He said the town cannot afford it/u),
		);
	});

	test('GIVEN a day or a sentence opener before the verb THEN no one unknown speaks ("Reed on Monday said")', async () => {
		expect(voicedIn(await loadRealBriefing(), 'What did China say about the visit?')).toEqual([]);
	});

	test('GIVEN a name typed in lower case, or a body named by its country THEN who speaks for them', async () => {
		const real = await loadRealBriefing();
		const spoken = (question: string) => voicedIn(real, question);
		expect(spoken('what did imran say about afghanistan')).toContainEqual(expect.stringMatching(/Prime Minister/u));
		expect(spoken("What did Russia's foreign ministry say about the Taliban?")).toContainEqual(
			expect.stringMatching(/foreign ministry said/u),
		);
	});

	test("GIVEN an office of a country named by its three-letter code THEN that country's holder speaks", async () => {
		const real = await loadRealBriefing();
		expect(voicedIn(real, 'what did the pak FM say about afghanistan')).toContainEqual(
			expect.stringMatching(/^Qureshi/u),
		);
	});

	test("GIVEN a country's body the article never names THEN its country's people do not speak for it", async () => {
		const real = await loadRealBriefing();
		// The article quotes Americans, but no "State Department"; its "foreign ministry" it does.
		expect(voicedIn(real, 'What did the US State Department say about the visit?')).toEqual([]);
		expect(voicedIn(real, 'What did the American defense department say?')).toEqual([]);
		expect(voicedIn(real, "What did Pakistan's foreign ministry say?")).toContainEqual(
			expect.stringMatching(/foreign ministry said/u),
		);
	});

	test('GIVEN what the reaction was to, by a name THEN only words in a paragraph naming it', async () => {
		const real = await loadRealBriefing();
		// Qureshi raised Kashmir; Lavrov speaks in other paragraphs only.
		expect(voicedIn(real, 'How did Lavrov respond when Qureshi raised Kashmir?')).toEqual([]);
		expect(voicedIn(real, 'How did Qureshi react to the situation in Kashmir?')).not.toEqual([]);
		// A country the whole report is about is named in other words throughout: no condition.
		expect(voicedIn(real, 'What did Lavrov say about Afghanistan?')).not.toEqual([]);
	});

	test("GIVEN a person THEN only their words, not their compatriots'", async () => {
		const spoken = voicedIn(await loadRealBriefing(), 'What did Putin say about Afghanistan?');
		expect(spoken).toBeDefined();
		expect(spoken).not.toContainEqual(expect.stringMatching(/Lavrov said|Qureshi said/u));
	});

	test('GIVEN only answers asked THEN the sentence where the party itself answers, found by the sentence it answers when too short to name it', async () => {
		const real = await loadRealBriefing();
		const asked = readReactionAsked('Does Pakistan admit to backing the Taliban?');
		const answers = asked === undefined ? undefined : createVoiceCheck(real, asked, true);
		const answered = real.knowledge.article.paragraphs.flatMap((paragraph) =>
			paragraph.sentences.filter((sentence) => answers?.(paragraph, sentence) === true).map(({ text }) => text),
		);
		// "Pakistan denies that." names no Taliban: the sentence before it does. "The two countries have agreed …"
		// in a sentence naming Pakistan is no answer of Pakistan's.
		expect(answered).toEqual([expect.stringMatching(/^Pakistan denies/u)]);
	});

	test('GIVEN a party the article names only as what others speak of THEN no sentence gives its words', () => {
		expect(voiced('How did Wend react to the vote?')).toEqual([]);
	});

	test('GIVEN a party known by no name of the knowledge THEN nothing can be told', () => {
		expect(voiced('What did the head of government say?')).toBeUndefined();
	});
});

describe('readDiscussionAsked', () => {
	test.each([
		['What did Reed and Lopez actually talk about in their meeting?', ['Reed', 'Lopez']],
		['what did the mayor discuss with Councillor Reed', ['the mayor', 'Councillor Reed']],
		['What did Reed agree on with Riverton during the vote?', ['Reed', 'Riverton']],
		// A name ending in "-ly" is no adverb.
		['What did Reed and Italy discuss about the bridge?', ['Reed', 'Italy']],
		['What exactly did Reed and Lopez agree on when they met?', ['Reed', 'Lopez']],
	])('GIVEN "%s" THEN the parties are %j', (question, parties) => {
		expect(readDiscussionAsked(question)?.parties).toEqual(parties);
	});

	test('GIVEN a place after the verb THEN it is where the discussion is asked', () => {
		expect(readDiscussionAsked('What did Reed discuss in New Quito before flying home?')).toMatchObject({
			place: 'New Quito',
			detail: 'what Reed discussed in New Quito',
		});
		expect(readDiscussionAsked('What did Reed discuss at Quito yesterday?')).toMatchObject({
			place: 'Quito',
			detail: 'what Reed discussed at Quito',
		});
		// "The meeting" is no place's name.
		expect(readDiscussionAsked('What did Reed discuss in the meeting?')?.place).toBeUndefined();
		expect(readDiscussionAsked('What did Reed discuss with Lopez?')?.place).toBeUndefined();
	});

	test('GIVEN "agree" or "sign" THEN the detail says so', () => {
		expect(readDiscussionAsked('What did Reed and Lopez agree on?')?.detail).toBe('what Reed and Lopez agreed');
	});

	test('GIVEN "what <noun> did they discuss" THEN it asks for the noun, not what was discussed', () => {
		expect(readDiscussionAsked('What challenges did Reed and Lopez discuss?')).toBeUndefined();
		expect(readDiscussionAsked('What did they discuss?')).toBeUndefined();
	});
});

describe('createDiscussionCheck', () => {
	test('GIVEN two people THEN only a sentence saying what was discussed, in a paragraph naming both', async () => {
		const real = await loadRealBriefing();
		const sentences = (question: string) => {
			const asked = readDiscussionAsked(question);
			if (asked === undefined) throw new Error(`no parties in "${question}"`);
			const holds = createDiscussionCheck(real, asked);
			if (holds === undefined) throw new Error(`no party of "${question}" is known`);
			return real.knowledge.article.paragraphs.flatMap((paragraph) =>
				paragraph.sentences.filter((sentence) => holds(paragraph, sentence)).map((sentence) => sentence.text),
			);
		};
		// The article says what the two foreign ministers discussed; of the army chief only that they met.
		expect(sentences('What did Lavrov and Qureshi discuss?')).toContainEqual(
			expect.stringMatching(/talks on|discussi/u),
		);
		expect(sentences('What did Lavrov and Bajwa discuss?')).toEqual([]);
		// A passive names no one else: what "was discussed" in a paragraph naming both is theirs.
		expect(sentences('What did Imran Khan and Putin discuss?')).toContainEqual(
			expect.stringMatching(/were discussed/u),
		);
		// An agreement others signed, in a paragraph that names the parties elsewhere, is not theirs.
		expect(sentences('What did Lavrov agree with India?')).not.toContainEqual(expect.stringMatching(/Washington/u));
		// A party the knowledge does not know cannot be looked for.
		expect(createDiscussionCheck(real, { parties: ['Lavrov', 'Modi'], detail: '' })).toBeUndefined();
	});
});
