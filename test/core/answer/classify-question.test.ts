import { describe, expect, test } from 'vitest';
import {
	askNounPhrase,
	askWhoIsNamed,
	classifyQuestion,
	detectMetadataQuestion,
	findAnswerNoun,
	findQuestionFocus,
	findQuestionTopic,
	findSupportVerbs,
	nameOwnerAsked,
} from '../../../src/core/answer/classify-question.js';
import type { EntityType, PartOfSpeech } from '../../../src/core/lexicon/lexicon-data.js';

describe('askNounPhrase', () => {
	const partsOfSpeech: Record<string, PartOfSpeech> = {
		deadline: 'noun',
		ferry: 'noun',
		strike: 'noun',
		year: 'noun',
		number: 'noun',
		bridge: 'noun',
		mayor: 'noun',
		new: 'adjective',
		opened: 'verb',
		flew: 'verb',
	};
	const entities: Record<string, EntityType> = { mayor: 'person', deadline: 'date', year: 'date' };
	const ask = (question: string) =>
		askNounPhrase(question, (norm) => {
			const pos = partsOfSpeech[norm];
			const entity = entities[norm];
			if (pos === undefined) return undefined;
			return entity === undefined ? { pos } : { pos, entity };
		});

	test('GIVEN a bare noun phrase THEN it asks what it names, as "what is …" does', () => {
		expect(ask('ferry strike deadline?')).toBe('what is the ferry strike deadline?');
		expect(ask('Number of ferries Reed bought?')).toBe('what is the number of ferries Reed bought?');
		expect(ask('the new deadline')).toBe('what is the new deadline');
		// A clause after the noun says which, as "in which" does.
		expect(ask('year the bridge opened')).toBe('what is the year in which the bridge opened');
		// A person is asked "who".
		expect(ask("Lyon's new mayor?")).toBe("who is Lyon's new mayor?");
	});

	test('GIVEN a phrase that stands for a question of its own kind THEN that question, the names as typed', () => {
		expect(ask('starting point of the ferry line?')).toBe('where does the ferry line start');
		expect(ask("Line's end point?")).toBe('where does Line end');
		expect(ask("length of Reed's visit?")).toBe("how long is Reed's visit");
		expect(ask('gap since a mayor last visited Lyon?')).toBe('how long is it since a mayor last visited Lyon');
		expect(ask('trade growth figure cited by Reed?')).toBe('how much is the trade growth figure cited by Reed');
		// The start or end of what is no route is no place.
		expect(ask('start of the ferry strike')).not.toMatch(/^where/u);
		expect(ask('end of the strike')).not.toMatch(/^where/u);
	});

	test('GIVEN a question word, an auxiliary or a verb in the leading words THEN the question stays as typed', () => {
		for (const question of [
			'when is the deadline?',
			'is the bridge new?',
			'Reed flew to Lyon?',
			'deadline',
			'wats the deadline',
			// A noun that names no kind of answer is searched as typed.
			'the new bridge',
		]) {
			expect(ask(question)).toBe(question);
		}
	});
});

describe('askWhoIsNamed', () => {
	const offices = (phrase: string) => /\b(?:mayor|minister)\b/iu.test(phrase);

	test('GIVEN the name of an office someone holds THEN who holds it is asked', () => {
		expect(askWhoIsNamed("what's the name of the Peruvian mayor?", offices)).toBe('who is the Peruvian mayor?');
		expect(askWhoIsNamed('what is the name of the trade minister in this', offices)).toBe(
			'who is the trade minister in this?',
		);
	});

	test('GIVEN the name of a thing, or a full or first name THEN the question stays as typed', () => {
		for (const question of [
			'what is the name of the new bridge?',
			"what's the full name of the mayor?",
			'what is the first name of the mayor?',
		]) {
			expect(askWhoIsNamed(question, offices)).toBe(question);
		}
	});
});

describe('nameOwnerAsked', () => {
	test('GIVEN "X\'s name" THEN it reads as "the name of X"; a name the owner gives something stays', () => {
		expect(nameOwnerAsked("what is the new mayor's name?")).toBe('what is the name of the new mayor?');
		expect(nameOwnerAsked("the ferry's full name")).toBe('the full name of the ferry');
		expect(nameOwnerAsked("what is Lyon's name for the plan?")).toBe("what is Lyon's name for the plan?");
		expect(nameOwnerAsked('who named the bridge?')).toBe('who named the bridge?');
		expect(nameOwnerAsked("Lyon's new mayor, full name?")).toBe("what is the full name of Lyon's new mayor?");
		expect(nameOwnerAsked('ferry name?')).toBe('what is the name of the ferry?');
	});
});

describe('findQuestionFocus', () => {
	test('GIVEN "what is the X of Y" THEN X is the focus, open only when it asks about Y in general', () => {
		expect(findQuestionFocus('What is the price of the vaccine?')).toEqual({ word: 'price', open: false, form: 'of' });
		expect(findQuestionFocus("What's the aim of Lavrov's visit?")).toEqual({ word: 'aim', open: true, form: 'of' });
		expect(findQuestionFocus('which was the outcome of the talks')).toMatchObject({ word: 'outcome', open: true });
		// A word may qualify X; a verb in "-ing" after the subject is no X.
		expect(findQuestionFocus('What is the current population of Peru?')).toMatchObject({
			word: 'population',
			modifier: 'current',
		});
		expect(findQuestionFocus('What was the main topic of the talks?')).toMatchObject({ word: 'topic', open: true });
		expect(findQuestionFocus("What's the Kremlin angling for in Asia?")).toBeUndefined();
		expect(findQuestionFocus('What is the council supposed to do?')).toBeUndefined();
		// "How much is the X of Y" asks X as "what is" does; "is" alone is no thing measured.
		expect(findQuestionFocus('How much is the monthly fee for the ferry?')).toMatchObject({ word: 'fee', form: 'of' });
		expect(findQuestionFocus('how much is that in euros')).toBeUndefined();
	});

	test('GIVEN "which X" after the verb, in chat ("the bridge opened in which year") THEN X is the focus', () => {
		expect(findQuestionFocus('the bridge opened in which year')).toMatchObject({ word: 'year', form: 'which' });
		expect(findQuestionFocus('mayor landed on what day acc to the report')).toMatchObject({ word: 'day' });
		// A "which" clause at the opening is the opening's, as before.
		expect(findQuestionFocus('In which city did the mayor land?')).toMatchObject({ word: 'city' });
	});

	test('GIVEN "in what ways has …" THEN the focus is open: it asks how, no fact named "ways"', () => {
		expect(findQuestionFocus('In what ways has the mayor backed the fair?')).toMatchObject({
			word: 'ways',
			open: true,
		});
	});

	test('GIVEN "which X did …" THEN X, the last word before the verb, is the focus', () => {
		expect(findQuestionFocus('Which Russian company is going to build it?')).toEqual({
			word: 'company',
			open: false,
			form: 'which',
		});
		expect(findQuestionFocus('In which Gulf city were the talks held?')).toMatchObject({ word: 'city', form: 'which' });
		expect(findQuestionFocus('What gifts did they exchange?')).toMatchObject({ word: 'gifts', form: 'which' });
		expect(findQuestionFocus('How much wheat does it import?')).toMatchObject({ word: 'wheat', form: 'which' });
		expect(findQuestionFocus('How many doses of the vaccine?')).toMatchObject({ word: 'doses', form: 'which' });
		expect(findQuestionFocus('How many of the doses came?')).toBeUndefined();
		// A place after the noun qualifies it: the noun is still what is asked.
		expect(findQuestionFocus('What summit in Lima did they attend?')).toMatchObject({ word: 'summit', form: 'which' });
		expect(findQuestionFocus('which ferry from Lyon did they buy')).toMatchObject({ word: 'ferry' });
	});

	test('GIVEN a question of another shape THEN it has no focus', () => {
		expect(findQuestionFocus('Who signed the deal?')).toBeUndefined();
		expect(findQuestionFocus('Who was waiting for Lavrov at the airport?')).toBeUndefined();
		// With an article, a word in -ing is a noun.
		expect(findQuestionFocus('What is the funding for the pipeline?')).toMatchObject({ word: 'funding' });
	});
});

describe('findQuestionTopic', () => {
	test('GIVEN "say about X", "on X" THEN X; a question word there asks, naming no topic', () => {
		expect(findQuestionTopic('What did Reed say about the new bridge?')).toEqual({
			words: ['new', 'bridge'],
			required: true,
		});
		expect(findQuestionTopic('Reed congratulated Lima on which achievement?').words).toEqual([]);
	});

	test('GIVEN "on X" THEN X is a topic that may be a place or an idiom, not one the answer requires', () => {
		expect(findQuestionTopic('What was agreed on tariffs?')).toEqual({ words: ['tariffs'], required: false });
		expect(findQuestionTopic('Who was waiting on the runway?')).toMatchObject({ required: false });
		// Said on it, or a name: the answer is about it.
		expect(findQuestionTopic('What did Reed say on tariffs?')).toMatchObject({ required: true });
		expect(findQuestionTopic('What did they agree on Ukraine?')).toMatchObject({ required: true });
	});
});

describe('findSupportVerbs', () => {
	const isAbstractNoun = (word: string) => ['call', 'courtesy', 'trip', 'pledge', 'credit', 'visit'].includes(word);
	test('GIVEN a verb before a determiner and an abstract noun THEN the verb only supports the noun', () => {
		expect(findSupportVerbs('Who paid a courtesy call on the mayor?', isAbstractNoun)).toEqual(new Set(['paid']));
		expect(findSupportVerbs('Which minister took a trip to Lima?', isAbstractNoun)).toEqual(new Set(['took']));
	});

	test('GIVEN whom it is done to between the verb and the noun THEN the verb still only supports the noun', () => {
		expect(findSupportVerbs('What did Chile give Lima credit for?', isAbstractNoun)).toEqual(new Set(['give']));
		expect(findSupportVerbs('Did the mayor pay him a visit?', isAbstractNoun)).toEqual(new Set(['pay']));
		// A question in capitals throughout names no one by them; a bare noun before another is its modifier.
		expect(findSupportVerbs('Did Chile Give Credit?', isAbstractNoun).size).toBe(0);
		expect(findSupportVerbs('Will Chile give Lima credit lines?', isAbstractNoun).size).toBe(0);
		// A sum is what was paid.
		expect(findSupportVerbs('Did Chile pay Lima millions?', (word) => word === 'millions').size).toBe(0);
	});

	test('GIVEN a thing or a sum after the verb, or no determiner THEN no support verb', () => {
		expect(findSupportVerbs('Who paid the builders?', isAbstractNoun).size).toBe(0);
		expect(findSupportVerbs('Did Chile give Peru a loan?', isAbstractNoun).size).toBe(0);
		expect(findSupportVerbs('Who made pledges?', isAbstractNoun).size).toBe(0);
	});
});

describe('classifyQuestion', () => {
	test.each([
		['How many doses did Russia give?', 'quantity'],
		['When did Lavrov arrive?', 'time'],
		['Where will the commission meet?', 'place'],
		['Who is Bajwa?', 'person'],
		['What is the IGC?', 'definition'],
		['Why is Russia worried?', 'other'],
		['What did the mayor say when he landed?', 'other'],
		["What's the daily capacity of the line?", 'quantity'],
		['Number of ferries the town will buy?', 'quantity'],
		['by what % did fares rise', 'quantity'],
		['What is the ferry strike deadline?', 'time'],
		['By what percent did trade grow?', 'quantity'],
		['Where and when will they meet?', 'place'],
		['which kyrgyz city hosted the summit', 'place'],
		['what central asian country did he visit', 'place'],
		['what does the city want', 'other'],
	])('GIVEN "%s" THEN it asks for a %s', (question, kind) => {
		expect(classifyQuestion(question)).toBe(kind);
	});
});

describe('findAnswerNoun', () => {
	const verbs = new Set(['held', 'signed', 'met']);
	const isVerb = (word: string) => verbs.has(word);

	test('GIVEN "what X on Y did …" of up to four words THEN X, the head before the preposition', () => {
		expect(findAnswerNoun('What Lima meeting on trade did Peru appreciate Chile hosting?', isVerb)).toBe('meeting');
	});

	test('GIVEN "which A B <verb>" THEN B, the word before the verb, names what is asked for', () => {
		expect(findAnswerNoun('Which Pakistani minister held the talks?', isVerb)).toBe('minister');
		expect(findAnswerNoun('what new deal was signed', isVerb)).toBe('deal');
		// A verb of saying ends the noun before the auxiliary of the clause it reports.
		expect(findAnswerNoun('which office said reed was due to land', isVerb)).toBe('office');
	});

	test('GIVEN "what is the X of Y" THEN X, unless it is open ("the aim of")', () => {
		expect(findAnswerNoun('What is the deadline for the withdrawal?', isVerb)).toBe('deadline');
		expect(findAnswerNoun('What is the aim of the visit?', isVerb)).toBeUndefined();
	});

	test('GIVEN "the name of X" or "what is X called" THEN the head noun of X, past names and clauses after it', () => {
		expect(findAnswerNoun('what is the name of the new ferry the town bought', isVerb)).toBe('ferry');
		expect(findAnswerNoun("what's the name of Riverton's bridge project with the firm", isVerb)).toBe('project');
		expect(findAnswerNoun("what's the town's new ferry called", isVerb)).toBe('ferry');
	});

	test('GIVEN "the X of which Y" fronted before the verb THEN Y, the thing asked for, not X', () => {
		expect(findAnswerNoun('At the level of which body did Reed praise the work?', isVerb)).toBe('body');
		expect(findAnswerNoun('The founding of which new state did the envoy back?', isVerb)).toBe('state');
		// After the verb, "of which city" asks whose mayor he is: no thing to name.
		expect(findAnswerNoun('Reed is the mayor of which city?', isVerb)).not.toBe('city');
	});

	test('GIVEN no verb after "which", "what did …", or another shape THEN none', () => {
		expect(findAnswerNoun('which one', isVerb)).toBeUndefined();
		expect(findAnswerNoun('What did the minister say about the pipeline?', isVerb)).toBeUndefined();
		expect(findAnswerNoun('Who met Lavrov?', isVerb)).toBeUndefined();
	});
});

describe('classifyQuestion with the entity its answer noun names', () => {
	test("GIVEN no question word that tells THEN the noun's entity decides; a question word still comes first", () => {
		expect(classifyQuestion('Which Pakistani minister held the talks?', 'person')).toBe('person');
		expect(classifyQuestion('What is the deadline for the withdrawal?', 'date')).toBe('time');
		expect(classifyQuestion('What is the deadline for the withdrawal?')).toBe('other');
		expect(classifyQuestion('How many ministers came?', 'person')).toBe('quantity');
	});

	test('GIVEN "where" after another question word THEN it opens a relative clause; first or joined, it asks a place', () => {
		expect(classifyQuestion('Which organization held the summit in Lima where Reed met Soto?', 'organization')).toBe(
			'other',
		);
		expect(classifyQuestion('Where did Reed meet Soto?')).toBe('place');
		expect(classifyQuestion('so reed met soto where')).toBe('place');
		expect(classifyQuestion('when and where did reed meet soto')).toBe('time');
		expect(classifyQuestion('idk, where did reed meet soto')).toBe('place');
		expect(classifyQuestion('when & where did reed meet soto')).toBe('time');
		expect(classifyQuestion('Which organization held the summit in Lima, where Reed met Soto?', 'organization')).toBe(
			'other',
		);
	});
});

describe('detectMetadataQuestion', () => {
	test('GIVEN a question about the article itself THEN the field it asks for', () => {
		expect(detectMetadataQuestion('which outlet published this story')).toBe('outlet');
		expect(detectMetadataQuestion('who wrote this article?')).toBe('author');
		expect(detectMetadataQuestion('Who penned this piece?')).toBe('author');
		expect(detectMetadataQuestion('who even wrote this lol')).toBe('author');
		expect(detectMetadataQuestion('From which city was the report on the talks filed?')).toBe('dateline');
	});

	test('GIVEN a question about what the article reports THEN none, though it says "site" or "paper"', () => {
		expect(detectMetadataQuestion('what site did qureshi post on after the meeting')).toBeUndefined();
		expect(detectMetadataQuestion('which paper did the ministers sign')).toBeUndefined();
	});

	test("GIVEN a person's title THEN it is no question about the article's title", () => {
		expect(detectMetadataQuestion("what's reed's title in the article")).toBeUndefined();
		expect(detectMetadataQuestion('what is his title in this piece')).toBeUndefined();
		expect(detectMetadataQuestion("what's the article's title")).toBe('title');
		expect(detectMetadataQuestion("what's the title of this article")).toBe('title');
		expect(detectMetadataQuestion('what is the title of the story')).toBe('title');
	});

	test('GIVEN the headline or the lines above the body THEN the headline, or the highlights when what they say is asked', () => {
		expect(detectMetadataQuestion('what is the headline')).toBe('title');
		for (const question of [
			'Per the bullet points up top, what did the guest pledge?',
			'what does the headline say about the pipeline',
			"what did the story's teaser line say",
			"What does the story's summary say the visitor pledged?",
			'Which aid did the guest vow, per the headline summary?',
		]) {
			expect(detectMetadataQuestion(question)).toBe('highlights');
		}
		// A summary of what happened is asked of the body; so is who is at the top of something.
		expect(detectMetadataQuestion('give me a summary of the talks')).toBeUndefined();
		expect(detectMetadataQuestion('who is at the top of the taliban')).toBeUndefined();
		expect(detectMetadataQuestion('did the visit make headlines')).toBeUndefined();
	});
});
