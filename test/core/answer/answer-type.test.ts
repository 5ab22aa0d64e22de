import { describe, expect, test } from 'vitest';
import {
	type AnswerTypeContext,
	expectAnswerType,
	findMedium,
	holdsAnswerType,
	isTimeOfSaying,
} from '../../../src/core/answer/answer-type.js';
import { stemWord, tokenize } from '../../../src/core/text/analyze.js';
import type { Paragraph } from '../../../src/core/types.js';

describe('expectAnswerType', () => {
	test.each([
		['How many American troops are in Kabul?', 'count', ['american', 'troops']],
		['how many more doses will they send', 'count', ['doses']],
		['How much will the bridge cost?', 'money', ['cost']],
		['What is the price of the vaccine?', 'money', ['price']],
		['How much gas will it carry?', 'amount', []],
		['By what percentage did trade grow?', 'percent', []],
		['How long did the visit last?', 'duration', []],
		['When did he arrive?', 'date', []],
		['What was the date of the harbour summit?', 'date', []],
		['Which decade was the bridge built in?', 'decade', []],
		['How many days did the mayor spend there?', 'count', ['days']],
		['How much did the town spend?', 'money', ['spend']],
		// Time spent is a length, not a sum.
		['How much time did the mayor spend in Lima?', 'duration', []],
		['What was the value of trade last year?', 'money', ['value']],
		['is the town buying new ferries? how many', 'amount', []],
		['What kind of military gear will they send?', 'qualifier', ['gear']],
		['How long is the pipeline in kilometres?', 'count', ['kilometres']],
		['What is the dollar value of trade?', 'money', ['dollar']],
		['What is the total price of the bridge?', 'money', ['price']],
		['What is the total estimated cost of the bridge?', 'money', ['cost']],
		['How much will the firm charge for the repairs?', 'money', ['charge']],
		['In which city did they meet?', 'place', []],
		['Who hosted the conference?', 'person', []],
		['Why is Russia worried?', 'reason', []],
		['Did Pakistan deny it?', 'yes-no', []],
		["What's the capacity of the pipeline?", 'amount', []],
		// One word may qualify the measure.
		["What's the daily capacity of the pipeline?", 'amount', []],
		["What is the pipeline's capacity?", 'amount', []],
		["What's the length of the pipeline?", 'distance', []],
		// "What is the X of …" asks what "what X …" does.
		['What is the venue of the summit?', 'place', []],
		['What was the duration of the trip?', 'duration', []],
		['what is the percentage rise in trade?', 'percent', []],
	])('GIVEN "%s" THEN it asks for %s', (question, type, counted) => {
		expect(expectAnswerType(question)).toMatchObject({ type, counted });
	});

	test('GIVEN people counted in a group ("in Reed\'s delegation") THEN the group is read with the count', () => {
		expect(expectAnswerType("How many officials were in Reed's delegation to Lima?")).toMatchObject({
			type: 'count',
			group: 'delegation',
		});
		expect(expectAnswerType('how many officials did Reed meet')).not.toHaveProperty('group');
	});

	test('GIVEN a deadline or "by which date" THEN a date asked as a limit', () => {
		expect(expectAnswerType("What's the ferry strike deadline?")).toEqual({ type: 'date', counted: [], limit: true });
		expect(expectAnswerType('By what date must the ferries run?')).toMatchObject({ type: 'day', limit: true });
		expect(expectAnswerType('What date do the ferries run?')?.limit).toBeUndefined();
	});

	test('GIVEN "what is the date <clause>" THEN a date, of the future where the clause is', () => {
		expect(expectAnswerType('whats the actual date the mayor is coming to Lima')).toMatchObject({
			type: 'date',
			future: true,
		});
	});

	test('GIVEN "how big was X" THEN its size is asked, as a number of it ("a 15-member delegation")', () => {
		// Whether X is a group, counted, or a thing, measured, is the lexicon's to say.
		expect(expectAnswerType('How big was the mayor’s delegation?')).toEqual({
			type: 'count',
			counted: ['delegation'],
			size: true,
		});
		expect(expectAnswerType('how large is the fleet in total')).toMatchObject({ counted: ['fleet'], size: true });
		// What follows the group may say what it did: "travelling with", "invited to".
		expect(expectAnswerType('How big was the group travelling with the mayor?')).toMatchObject({
			counted: ['group'],
			size: true,
		});
		expect(expectAnswerType('how big was the team invited to Lyon')).toMatchObject({ counted: ['team'], size: true });
		// Not the first word of a compound ("the UN peacekeeping force"), nor "spend" of a time spent with someone.
		expect(expectAnswerType('How big is the UN peacekeeping force?')).toMatchObject({ counted: ['force'] });
		expect(expectAnswerType('how long did she spend with him')?.type).toBe('duration');
	});

	test('GIVEN where something was posted THEN a medium is asked: "said on Twitter", never "said on Monday"', () => {
		expect(expectAnswerType('Where did the mayor post the plan?')?.type).toBe('medium');
		expect(expectAnswerType('what platform did she share it on')?.type).toBe('medium');
		expect(findMedium('The plan is sound, Lopez said on Telegram after the vote.')).toBe('Telegram');
		expect(findMedium('Lopez said on Monday the plan is sound.')).toBeUndefined();
		expect(expectAnswerType('where did the mayor go after the plan was published')?.type).not.toBe('medium');
	});

	test('GIVEN "what is the route of X" THEN a place as a route is asked', () => {
		expect(expectAnswerType("what is the ferry's route?")).toMatchObject({ type: 'place', route: true });
	});

	test('GIVEN "where does it end" THEN a place as an end of a route is asked', () => {
		expect(expectAnswerType('where does the ferry line end up')).toMatchObject({ type: 'place', route: true });
		expect(expectAnswerType('where did they meet')?.route).toBeUndefined();
		expect(expectAnswerType('where did they agree to end the war')?.route).toBeUndefined();
	});

	test('GIVEN "when" opening a clause after another question word THEN no time is asked', () => {
		expect(expectAnswerType('What did the mayor say when he landed?')?.type).not.toBe('date');
		expect(expectAnswerType('what will they step up when it comes to trade')?.type).not.toBe('date');
		expect(expectAnswerType('idk why it matters, when did he last come')?.type).toBe('date');
		expect(expectAnswerType('Where and when did they meet?')?.type).toBe('date');
	});

	test('GIVEN "which weekday" THEN a day is asked, as by "which day"', () => {
		expect(expectAnswerType('which weekday did the mayor fly in')?.type).toBe('day');
		expect(expectAnswerType('What weekday is the fair held on?')?.type).toBe('day');
	});

	test('GIVEN a time asked of what is yet to happen THEN the answer is a future one', () => {
		expect(expectAnswerType('On what exact date will they meet?')).toMatchObject({ type: 'day', future: true });
		expect(expectAnswerType('When is the mayor going to visit Lyon?')).toMatchObject({ type: 'date', future: true });
		expect(expectAnswerType('when are the joint drills happening')).toMatchObject({ type: 'date', future: true });
		// "the rebels' war taking place" has a possessive, no "is".
		expect(expectAnswerType("when was the rebels's war taking place")?.future).toBeFalsy();
		expect(expectAnswerType('When did he arrive?')?.future).toBeFalsy();
	});

	test('GIVEN the time of a saying asked THEN the future in what was said does not make it a future time', () => {
		expect(expectAnswerType('what day did reed say the ferry would sail')?.future).toBeFalsy();
		expect(expectAnswerType('When did the mayor announce the bridge will open?')?.future).toBeFalsy();
		expect(expectAnswerType('what day will the ferry sail, reed said')?.future).toBe(true);
	});

	test('GIVEN "which <nationality> firm" THEN an organization is asked; "what did the group say" asks none', () => {
		expect(expectAnswerType('Which Chilean firm will lay the line?')?.type).toBe('organization');
		expect(expectAnswerType('what peruvian companies bid')?.type).toBe('organization');
		expect(expectAnswerType('What did the group say?')).toBeUndefined();
		expect(expectAnswerType('what age group can get the vaccine')?.type).not.toBe('organization');
	});

	test('GIVEN a "when …" clause before the question THEN the question is what follows it', () => {
		expect(expectAnswerType('When the mayor spoke, what did he ask for?')).toBeUndefined();
		expect(expectAnswerType('When the mayor spoke, where was he?')?.type).toBe('place');
	});

	test('GIVEN "what is the X" with more words after X than a phrase THEN X is no kind asked', () => {
		// "body" is what the question is about, not what it asks for.
		expect(expectAnswerType('What is the joint economic body meant to do?')).toBeUndefined();
		expect(expectAnswerType("What's the official name the ministry uses?")?.type).not.toBe('person');
	});

	test('GIVEN a question that asks for no kind in particular THEN none is expected', () => {
		expect(expectAnswerType('What did Lavrov say about trade?')).toBeUndefined();
	});
});

describe('holdsAnswerType', () => {
	const paragraph = (text: string): Paragraph => ({
		id: '¶1',
		number: 1,
		source: '',
		cite: '¶1',
		text,
		sentences: [{ index: 1, text, start: 0, end: text.length }],
	});
	const context = (overrides: Partial<AnswerTypeContext> = {}): AnswerTypeContext => ({
		entitiesOf: () => ({}),
		tokensOf: tokenize,
		namesPerson: () => false,
		isPersonOrCountry: () => false,
		questionTerms: new Set(),
		typedTerms: new Set(),
		countedTerms: new Set(),
		isVerb: (norm) => ['holding', 'said'].includes(norm),
		...overrides,
	});
	const holds = (question: string, text: string, overrides: Partial<AnswerTypeContext> = {}) => {
		const expected = expectAnswerType(question);
		if (expected === undefined) throw new Error(`no answer type for "${question}"`);
		const p = paragraph(text);
		return holdsAnswerType(expected, p, p.sentences[0] as Paragraph['sentences'][number], context(overrides));
	};

	test('GIVEN when something yet to come is due THEN a date promised or agreed answers ("undertook to ship them by May")', () => {
		// "Dai" as a loose relative of a question's "date" may be among its terms.
		const dates = { entitiesOf: () => ({ date: ['May'] }), questionTerms: new Set(['car', 'bridg', 'dai']) };
		for (const text of [
			'Peru undertook to ship the further 150,000 cars by mid-May, officials said.',
			'The two sides agreed to open the bridge in May.',
		]) {
			expect(holds('By when should the next batch of cars arrive?', text, dates), text).toBe(true);
		}
		// A date of what was done is no time of what is to come; nor is a promise of something else.
		expect(holds('By when should the next batch of cars arrive?', 'Peru shipped 40 cars in May.', dates)).toBe(false);
		// "March" the verb is no month.
		expect(
			holds('By when should the next batch of cars arrive?', 'Reed vowed to march on the car depot, he said.', dates),
		).toBe(false);
		expect(
			holds(
				'By when should the next batch of cars arrive?',
				'Peru sent cars and promised to reply to Chile within 30 days in May.',
				dates,
			),
		).toBe(false);
	});

	test('GIVEN where something will be ("be held", "which city would host") THEN only a place it is put in answers', () => {
		expect(expectAnswerType('Where will the drills be held?')).toMatchObject({ type: 'place', venue: true });
		expect(expectAnswerType('Which Peruvian city would host the plant?')).toMatchObject({ venue: true, city: true });
		// A route's end is no venue.
		expect(expectAnswerType('To which city will the line carry gas?')?.venue).toBeUndefined();
		const places = { entitiesOf: () => ({ place: ['Lyon', 'Quito', 'Peru'] }) };
		const isCountry = { ...places, isPersonOrCountry: (name: string) => name === 'Peru' };
		expect(holds('Where will the drills be held?', 'The drills will be held in Lyon.', places)).toBe(true);
		expect(holds('Where will the drills be held?', 'Lyon and Quito will hold drills.', places)).toBe(false);
		expect(holds('Which city would host the plant?', 'The plant would be built in Peru.', isCountry)).toBe(false);
		// A route says where a line will be built; "where is it held" asks of now, no venue to come.
		expect(holds('Where will the line be built?', 'The line runs from Lyon to Quito.', places)).toBe(true);
		expect(expectAnswerType('Where is the summit held?')?.venue).toBeUndefined();
	});

	test('GIVEN a body asked THEN one named by its owner holds it though the tagger misses it ("the Peru foreign ministry")', () => {
		const bodies = {
			isBodyWord: (norm: string) => norm === 'ministry',
			isPersonOrCountry: (name: string) => name === 'Peru',
		};
		expect(holds('Which agency said so?', 'Reed will come, the Peru foreign ministry said.', bodies)).toBe(true);
		expect(holds('Which agency said so?', 'Reed will come, a ministry said.', bodies)).toBe(false);
	});

	test('GIVEN a body asked THEN a name the lexicon files as a body holds it, not the first word of a sentence', () => {
		const bodies = { isBodyWord: (norm: string) => norm === 'taliban' };
		expect(holds('Which group signed it?', 'Lima signed a deal with the Taliban.', bodies)).toBe(true);
		expect(holds('Which group signed it?', 'Lima signed a deal with them.', bodies)).toBe(false);
	});

	test('GIVEN a person asked THEN one the question names or rules out by nationality does not hold it', () => {
		const people = { entitiesOf: () => ({ person: ['Reed'] }) };
		expect(holds('Who met the officials?', 'Reed met officials in Lima.', people)).toBe(true);
		const ruledOut = { ...people, isOtherKnownPerson: (name: string) => name === 'Reed' };
		expect(holds('Who met the officials?', 'Reed met officials in Lima.', ruledOut)).toBe(false);
	});

	test('GIVEN "how long is the X" THEN a length in a unit of length answers as a time would', () => {
		expect(expectAnswerType('How long is the ferry line?')).toMatchObject({ type: 'duration', orDistance: true });
		expect(holds('How long is the ferry line?', 'The 120-km ferry line opens soon.')).toBe(true);
		// "How long did it last" asks a time only.
		expect(holds('How long did the visit last?', 'The 120-km ferry line opens soon.')).toBe(false);
	});

	test('GIVEN "when" THEN a time put as an occasion answers ("at her earliest convenience"), not a mere "earliest"', () => {
		expect(holds('When was Reed asked to come?', 'Ana asked Reed to come to Lima at her earliest convenience.')).toBe(
			true,
		);
		expect(holds('When should the bridge open?', 'Ana wants the bridge open at an early date.')).toBe(true);
		expect(holds('When was Reed asked to come?', 'Ana asked Reed, the earliest visitor, to come to Lima.')).toBe(false);
	});

	test('GIVEN a time clause THEN it gives the time of the rest of the sentence, not of its own event', () => {
		const terms = (text: string) => ({ typedTerms: new Set(tokenize(text).flatMap((token) => token.term ?? [])) });
		const text = 'Both sides are now discussing a deal, and as soon as it is signed, work on the bridge will begin.';
		expect(holds('When will work on the bridge begin?', text, terms('work bridge begin'))).toBe(true);
		// Neither the clause's own signing nor what is going on "now" says when the deal will be signed.
		expect(holds('When will the deal be signed?', text, terms('deal signed'))).toBe(false);
		// Unless the question asks of the event the clause times, too.
		expect(holds('Once the deal is signed, when will work begin?', text, terms('deal signed work begin'))).toBe(true);
		const after = 'Work on the bridge will begin as soon as the deal is signed.';
		expect(holds('When will work on the bridge begin?', after, terms('work bridge begin'))).toBe(true);
		expect(holds('When will the deal be signed?', after, terms('deal signed'))).toBe(false);
		// "Once" before a word of quality means "formerly": no time clause.
		expect(holds('When did the bridge open?', 'It marks a warming in once frosty relations.')).toBe(false);
	});

	test('GIVEN "when did X last …" THEN the time since answers ("the first visit in nine years")', () => {
		const text = 'It was the first visit by a Peruvian minister to Lima in nine years.';
		expect(holds('When did a Peruvian minister last visit Lima?', text)).toBe(true);
		expect(holds('When did a Peruvian minister visit Lima?', text)).toBe(false);
	});

	test('GIVEN a date qualifying a thing ("the May 1 deadline") THEN it dates that thing, not what the question asks', () => {
		const text = 'Both sides will stay in touch ahead of a summit in Lima before the May 1 deadline.';
		const dated = { entitiesOf: () => ({ date: ['May 1'] }) };
		expect(holds('What date is the Lima summit?', text, dated)).toBe(false);
		// A deadline is the limit asked by "by which date", "supposed to".
		expect(holds('By which date must the troops leave?', text, dated)).toBe(true);
		expect(holds('What day are the troops supposed to leave?', text, dated)).toBe(true);
		expect(holds('What date is the Lima summit?', 'The summit in Lima opens on May 1, officials said.', dated)).toBe(
			true,
		);
	});

	test('GIVEN "once every three months" THEN a frequency, no time clause', () => {
		expect(holds('When will the group first meet?', 'The group will meet once every three months.')).toBe(false);
		expect(holds('When will the group first meet?', 'The group will meet once the deal is signed.')).toBe(true);
	});

	test('GIVEN a unit of time alone, as a rate THEN no time, though the tagger reads it as a date', () => {
		const rate = { entitiesOf: () => ({ date: ['day'] }) };
		expect(holds('When will the line open?', 'The line will carry 1.6 billion cubic feet per day.', rate)).toBe(false);
		const date = { entitiesOf: () => ({ date: ['next year'] }) };
		expect(holds('When will the line open?', 'The line will open next year.', date)).toBe(true);
	});

	test('GIVEN a time next to a verb of saying THEN it is when someone spoke, unless it opens or is what was said', () => {
		const of = (text: string, time: string) => isTimeOfSaying(text, tokenize(text), time);
		expect(of('Reed on Monday said the bridge will open.', 'on Monday')).toBe(true);
		expect(of('Monday will be the day the bridge opens, Reed said.', 'Monday')).toBe(false);
		expect(of('The bridge opens in October, Reed said.', 'October')).toBe(false);
	});

	test('GIVEN "how old is <someone>" THEN only an age answers: "Reed, 61,", "the 61-year-old", never a length', () => {
		expect(holds('How old is Reed?', 'Reed, 61, arrived on Monday.')).toBe(true);
		expect(holds('how old is reed', 'The 61-year-old minister arrived.')).toBe(true);
		expect(holds('How old is Reed?', 'Reed came for the first time in nine years.')).toBe(false);
		// A weekday before a date is no one's age; "how old is this" asks of a thing.
		expect(holds('How old is Reed?', 'Reed came on Tuesday, 20, April.')).toBe(false);
		expect(expectAnswerType('How old is this partnership?')?.type).not.toBe('age');
		// A thing's age is how long it has lasted, no age of a person.
		expect(expectAnswerType('How old is the thaw between them?')?.type).not.toBe('age');
	});

	test('GIVEN office holders counted THEN a list of names holds the count; troops are not counted by it', () => {
		const text = 'Mayor Ana Lopez met Prime Minister Tom Reed, General Soto and FM Diaz in Lyon.';
		expect(holds('How many leaders did the mayor meet?', text, { namesPerson: () => true })).toBe(true);
		expect(holds('How many troops did the mayor meet?', text, { namesPerson: () => true })).toBe(false);
	});

	test('GIVEN a count THEN a number must come just before what is counted', () => {
		const dose = { countedTerms: new Set(['dose']) };
		expect(holds('How many doses?', 'Russia gave 50,000 doses of vaccine.', dose)).toBe(true);
		expect(holds('How many doses?', 'Trade grew 46 percent, and doses were given.', dose)).toBe(false);
		// A verb ends the noun phrase: "the two" are the countries, not a count of exercises.
		const drills = { countedTerms: new Set([stemWord('exercises')]) };
		expect(holds('How many exercises?', 'the two holding joint military exercises', drills)).toBe(false);
		expect(holds('How many exercises?', 'They held 3 joint military exercises.', drills)).toBe(true);
	});

	test('GIVEN a length of a thing ("a two-day visit") THEN it answers for that thing, not another the question names', () => {
		const visit = 'He was here on a two-day visit.';
		expect(holds('How long did the meeting last?', visit, { askedNouns: new Set(['meet']) })).toBe(false);
		expect(holds('How long did the visit last?', visit, { askedNouns: new Set(['visit']) })).toBe(true);
		// The thing measured must be the one asked about, not any word of the question.
		const meeting = { askedNouns: new Set(['meet']), questionTerms: new Set(['visit']) };
		expect(holds('How long did the meeting last?', visit, meeting)).toBe(false);
		// No thing of the question the article has ("the trip"): the length given may be it.
		expect(holds('How long did the trip last?', visit, { askedNouns: new Set() })).toBe(true);
		// A unit without a number ("the working day began") measures nothing, nor is a number after one a thing.
		const talks = { askedNouns: new Set(['talk']) };
		const day = 'The working day began at nine, and they spent 40 minutes one-on-one.';
		expect(holds('How long did the talks last?', day, talks)).toBe(true);
		// A length of its own beside another thing's still gives one.
		const overrun = 'The session ran for about two hours, overshooting its 90-minute slot.';
		expect(holds('How long did the talks last?', overrun, talks)).toBe(true);
		expect(holds('How long did the talks last?', 'They kept to a 90-minute slot.', talks)).toBe(false);
	});

	test('GIVEN how long a state has held THEN a word of its age answers it; an event called recent does not', () => {
		expect(expectAnswerType('How long have Peru and Chile been friends?')).toMatchObject({ ongoing: true });
		const ongoing = { askedNouns: new Set<string>() };
		expect(holds('How long have they been friends?', 'The thaw is, by contrast, a recent phenomenon.', ongoing)).toBe(
			true,
		);
		expect(holds('How long have they been friends?', 'They praised the recent meeting.', ongoing)).toBe(false);
		expect(holds('How long did the talks last?', 'The thaw is a recent phenomenon.', ongoing)).toBe(false);
	});

	test('GIVEN how long something lasted THEN a unit pointing at one period or a rate ("last month") is no length', () => {
		// As the tagger gives them: "month" alone.
		const tagged = { entitiesOf: () => ({ duration: ['month'] }) };
		expect(holds('How long did the talks last?', 'Last month it hosted talks.', tagged)).toBe(false);
		expect(holds('How long did the talks last?', 'The talks lasted a month.', tagged)).toBe(true);
	});

	test('GIVEN a distance asked THEN a number before a unit of length holds one, a volume does not', () => {
		expect(holds('How far does the ferry sail?', 'The ferry sails 12 kilometres a day.')).toBe(true);
		expect(holds('What is the length of the line?', 'It carries 1.6 billion cubic feet a day.')).toBe(false);
	});

	test('GIVEN a time of saying THEN only one opening the sentence; "next October, Reed said" is what was said', () => {
		const october = () => ({ date: ['October'] });
		expect(holds('When will the ferry sail?', 'It sails next October, Reed said.', { entitiesOf: october })).toBe(true);
	});

	test('GIVEN people counted THEN "a 28-member delegation" holds their number', () => {
		const people = { countedTerms: new Set(['peopl']) };
		expect(holds('How many people came with her?', 'She brought a 28-member delegation.', people)).toBe(true);
		expect(holds('How many people came with her?', 'She brought a large delegation.', people)).toBe(false);
	});

	test('GIVEN the size of a group asked THEN the people a sentence naming the group counts give it', () => {
		const party = { countedTerms: new Set(['parti']), isPersonNoun: (norm: string) => norm === 'officials' };
		const asked = 'How big was the Russian party?';
		expect(holds(asked, 'The Russian party consisted of 22 officials.', party)).toBe(true);
		// Not where the group is not named, nor where its number is of no people.
		expect(holds(asked, 'Russia sent 22 officials.', party)).toBe(false);
		expect(holds(asked, 'The Russian party signed 22 deals.', party)).toBe(false);
	});

	test('GIVEN the size of a group asked THEN a sentence telling what a group was made of gives it, whatever its word for it', () => {
		const officials = { isPersonNoun: (norm: string) => norm === 'officials' };
		const delegation = { ...officials, countedTerms: new Set(['deleg']) };
		expect(holds('How big was the delegation?', 'The travelling party numbered 17 officials.', delegation)).toBe(true);
		expect(
			holds('How many people were in the Peruvian delegation?', 'The party consisted of 22 officials.', {
				...officials,
				countedTerms: new Set(['peopl']),
			}),
		).toBe(true);
		// "14 people": people as such, though the lexicon files "people" as a group, not a person.
		expect(holds('How big was the delegation?', 'The party numbered 14 people.', delegation)).toBe(true);
		// Not a group's deed: "the party signed 22 deals".
		expect(holds('How big was the delegation?', 'The party signed 22 deals.', delegation)).toBe(false);
		// Its count right after it: "a party of 24 officials", not "a party of officials".
		expect(holds('How big was the delegation?', 'Reed travelled with a party of 24 officials.', delegation)).toBe(true);
		// "The Group of 20" is a name.
		expect(holds('How big was the delegation?', 'Leaders of the Group of 20 met 24 officials.', delegation)).toBe(
			false,
		);
		expect(holds('How big was the delegation?', 'Reed met a party of officials and 24 reporters.', delegation)).toBe(
			false,
		);
	});

	test('GIVEN people in a group counted WHERE the paragraph gives the group size THEN the sentence giving it holds it', () => {
		const first = 'The party consisted of 22 officials.';
		const second = 'A pool of nine reporters travelled on the same plane.';
		const text = `${first} ${second}`;
		const both: Paragraph = {
			...paragraph(text),
			sentences: [
				{ index: 1, text: first, start: 0, end: first.length },
				{ index: 2, text: second, start: first.length + 1, end: text.length },
			],
		};
		const people = context({
			countedTerms: new Set(['peopl']),
			isPersonNoun: (norm) => ['officials', 'reporters'].includes(norm),
		});
		const inGroup = expectAnswerType('How many people were in the Russian delegation?');
		expect(inGroup).toMatchObject({ type: 'count', group: 'delegation' });
		if (inGroup === undefined) throw new Error('no answer type');
		expect(holdsAnswerType(inGroup, both, both.sentences[0] as Paragraph['sentences'][number], people)).toBe(true);
		expect(holdsAnswerType(inGroup, both, both.sentences[1] as Paragraph['sentences'][number], people)).toBe(false);
		// Without a group asked, the reporters are people counted.
		const flew = expectAnswerType('How many people flew with her?');
		if (flew === undefined) throw new Error('no answer type');
		expect(holdsAnswerType(flew, both, both.sentences[1] as Paragraph['sentences'][number], people)).toBe(true);
	});

	test('GIVEN nouns joined by "and" after a number THEN it counts them all, not across a comma or another number', () => {
		const guards = { countedTerms: new Set(['personnel']) };
		const asked = 'How many personnel were deployed?';
		expect(holds(asked, 'About 1,400 police and border personnel lined the road.', guards)).toBe(true);
		expect(holds(asked, 'About 1,400 police, and later personnel, lined the road.', guards)).toBe(false);
		expect(holds(asked, 'About 1,400 police and 30 personnel lined the road.', guards)).toBe(true);
		expect(holds(asked, 'About 1,400 police and cars lined the road.', guards)).toBe(false);
	});

	test('GIVEN where someone went on to THEN only a place gone to answers, not one come from or arrived in', () => {
		expect(expectAnswerType('where did the mayor go after leaving Lima?')?.onward).toBe(true);
		expect(expectAnswerType('where did she head next')?.onward).toBe(true);
		// "Convene next" is no going on.
		expect(expectAnswerType('Where is the panel set to convene next?')?.onward).toBeUndefined();
		const asked = 'where did the mayor go after leaving Lima?';
		const left = { questionTerms: new Set(['mayor', 'lima']) };
		expect(holds(asked, 'The mayor left Lima on Monday, bound for Quito.', left)).toBe(true);
		expect(holds(asked, 'The mayor flew on to Quito.', left)).toBe(true);
		expect(holds(asked, 'The mayor left Lima for Quito.', left)).toBe(true);
		expect(holds(asked, 'Bound for Quito, the mayor left at noon.', left)).toBe(true);
		expect(holds(asked, 'The mayor arrived in Quito on Monday from Lima.', left)).toBe(true);
		// Where one came from, arrived from elsewhere, or the place left itself, is no place gone on to.
		expect(holds(asked, 'The mayor came to Lima from Quito.', left)).toBe(false);
		expect(holds(asked, 'The mayor arrived in Lima from Quito.', left)).toBe(false);
		expect(holds(asked, 'The mayor travelled to Lima.', left)).toBe(false);
		expect(holds(asked, 'A deadline is looming for the United States.', left)).toBe(false);
		// Where a thing is to be is no going on.
		expect(expectAnswerType('Where is the line going to be built after the deal is signed?')?.onward).toBeUndefined();
		expect(expectAnswerType('Where will the gas go after it reaches Lima?')?.onward).toBeUndefined();
	});

	test('GIVEN where someone was before a place THEN only a place come from answers, not the one arrived in', () => {
		expect(expectAnswerType('where was the mayor right before Quito?')?.prior).toBe(true);
		expect(expectAnswerType('which country was she in before coming to Peru?')?.prior).toBe(true);
		expect(expectAnswerType('where was the mayor on Monday?')?.prior).toBeUndefined();
		// Where a thing is to be is no place come from.
		expect(expectAnswerType('Where is the line going to be built before the deal is signed?')?.prior).toBeUndefined();
		const asked = 'where was the mayor right before Quito?';
		const came = { questionTerms: new Set(['mayor', 'quito']) };
		expect(holds(asked, 'The mayor arrived in Quito on Monday from Lima.', came)).toBe(true);
		expect(holds(asked, 'The mayor flew in from Lima.', came)).toBe(true);
		// The place asked about is where they went, and a place named without coming from it is none.
		expect(holds(asked, 'The mayor arrived in Lima from Quito.', came)).toBe(false);
		expect(holds(asked, 'The mayor stayed in Lima.', came)).toBe(false);
	});

	test('GIVEN "the two" before what is counted THEN it counts nothing new; "the five million" does', () => {
		const drills = { countedTerms: new Set(['drill']) };
		const asked = 'How many drills have they held?';
		expect(holds(asked, 'Lima and Quito, the two joint drill hosts, met.', drills)).toBe(false);
		expect(holds(asked, 'They held two joint drills.', drills)).toBe(true);
		expect(holds(asked, 'They held the five thousand drills.', drills)).toBe(true);
	});

	test('GIVEN "the number of X … to N" THEN N counts X; "the number of X" alone gives none', () => {
		const places = { countedTerms: new Set(['scholarship']) };
		const asked = 'How many scholarships will Chile give?';
		expect(holds(asked, 'Chile will raise the number of scholarships for students from 60 to 100.', places)).toBe(true);
		expect(holds(asked, 'Chile will raise the number of scholarships for students next year.', places)).toBe(false);
		expect(holds(asked, 'Chile will raise the number of scholarships to 100.', places)).toBe(true);
		// A place the things went to is no number of them.
		expect(holds(asked, 'Chile gave no number of scholarships granted to 12 countries.', places)).toBe(false);
	});

	test('GIVEN regions asked THEN a region answers, neither a country, nor two, nor a capital', () => {
		expect(expectAnswerType('Which regions were discussed?')).toMatchObject({ type: 'place', region: true });
		const places = (place: string) => ({
			entitiesOf: () => ({ place: [place] }),
			isCountryOrCapital: (name: string) => ['Peru', 'Chile', 'Lima'].includes(name),
		});
		expect(holds('Which regions were discussed?', 'They discussed the Andes.', places('Andes'))).toBe(true);
		expect(holds('Which regions were discussed?', 'They discussed Peru-Chile ties.', places('Peru-Chile'))).toBe(false);
		expect(holds('Which regions were discussed?', 'They met in Lima.', places('Lima'))).toBe(false);
	});

	test('GIVEN a name asked THEN a capitalized word before the thing, or two before it across no verb', () => {
		const named = (text: string) => {
			const p = paragraph(text);
			const expected = { type: 'name', counted: ['process'] } as const;
			const options = { countedTerms: new Set(['process']), isVerb: (norm: string) => norm === 'led' };
			return holdsAnswerType(expected, p, p.sentences[0] as Paragraph['sentences'][number], context(options));
		};
		expect(named('They backed the Harbour Rail process.')).toBe(true);
		expect(named('They backed the intra-Afghan dialogue process.')).toBe(true);
		expect(named('So Lima led process talks.')).toBe(false);
	});

	test('GIVEN people of any kind counted THEN a number of a kind of person holds it, a number of things does not', () => {
		const context = { countedTerms: new Set(['peopl']), isPersonNoun: (norm: string) => norm === 'officials' };
		expect(holds('How many people came with her?', 'The party numbered 17 officials.', context)).toBe(true);
		expect(holds('How many people came with her?', 'The party filled 17 cars.', context)).toBe(false);
		// Officials counted are not any people: "120 reporters" is no number of officials.
		const officials = { countedTerms: new Set(['offici']), isPersonNoun: (norm: string) => norm === 'reporters' };
		expect(holds('How many officials came?', 'Some 120 reporters came.', officials)).toBe(false);
	});

	test('GIVEN a change asked one way THEN a quantity that went the other way is no answer', () => {
		expect(expectAnswerType('By what percentage did trade fall?')?.change).toBe('fall');
		expect(holds('By what percentage did trade fall?', 'Trade saw a 46 percent increase.')).toBe(false);
		expect(holds('By what percentage did trade fall?', 'Trade fell by 46 percent.')).toBe(true);
		expect(holds('What percentage of the trade is in wheat?', 'Trade saw a 46 percent increase.')).toBe(true);
	});

	test('GIVEN people counted THEN a nationality before another noun qualifies it, and "one" of them is a source', () => {
		const context = {
			countedTerms: new Set(['peopl']),
			isPersonNoun: (norm: string) => ['chileans', 'chilean', 'officials', 'official'].includes(norm),
			isVerb: (norm: string) => ['came', 'said'].includes(norm),
		};
		expect(holds('How many people came?', 'A group of 35 Chilean companies came.', context)).toBe(false);
		expect(holds('How many people came?', 'Some 35 Chilean officials came.', context)).toBe(true);
		expect(holds('How many people came?', 'In all 35 Chileans came.', context)).toBe(true);
		expect(holds('How many people came?', 'The deal will hold, one official said.', context)).toBe(false);
		expect(holds('How many people came?', 'Only one official came.', context)).toBe(true);
		expect(holds('How many people came?', 'In all 35 Chileans, officials said.', context)).toBe(true);
	});

	test('GIVEN a calendar date asked THEN a month with a day holds one, a weekday does not', () => {
		expect(holds('On what calendar date did she land?', 'She landed on Tuesday.')).toBe(false);
		expect(holds('On what calendar date did she land?', 'She landed on 6 April.')).toBe(true);
		expect(holds('what day and month did she land', 'She landed on April 6, as planned.')).toBe(true);
		expect(holds('on which day of the month did she land', 'She landed in April 2019.')).toBe(false);
		// "The exact date" is one too: a month alone is not it.
		expect(holds('What is the exact date of the summit?', 'The summit will be held in November.')).toBe(false);
		expect(holds('What is the exact date of the summit?', 'The summit will be held on November 12.')).toBe(true);
	});

	test('GIVEN "what is the year in which the war ended" THEN it asks for a date of the grain year', () => {
		expect(expectAnswerType('what is the year in which the war ended')).toEqual({
			type: 'date',
			counted: [],
			yearAsked: true,
		});
	});

	test('GIVEN a year asked THEN only a time that gives a year holds it: a weekday does not', () => {
		expect(holds('In what year did the armies train together?', 'They trained together last year.')).toBe(true);
		expect(holds('In what year did the armies train together?', 'They trained together in 2019.')).toBe(true);
		expect(holds('In what year did the armies train together?', 'They trained together on Monday.')).toBe(false);
	});

	test('GIVEN a duration THEN a number before a unit of time holds one, as in "a two-day visit"', () => {
		expect(holds('How long was the visit?', 'He was here on a two-day visit.')).toBe(true);
		expect(holds('How long was the visit?', 'He was here on a visit.')).toBe(false);
		// "Built in two years" is a length.
		expect(holds('How long did it take to build the bridge?', 'The bridge was built in two years.')).toBe(true);
		// A gap since is no length, unless the question asks the time since.
		expect(holds('How long has it been since the last visit?', 'It was the first visit in nine years.')).toBe(true);
		expect(holds('How long was the visit?', 'It was the first visit in nine years.')).toBe(false);
		expect(
			holds('How long was the visit?', 'It was the first visit in nine years.', {
				entitiesOf: () => ({ duration: ['years'] }),
			}),
		).toBe(false);
	});

	test('GIVEN "why" THEN a sentence that gives a reason or a purpose holds it', () => {
		expect(holds('Why did they meet?', 'They met because trade had grown.')).toBe(true);
		expect(holds('Why is the town worried?', 'The town is concerned about floods spilling over.')).toBe(true);
		expect(holds('Why did they meet?', 'They met on Monday in Lyon.')).toBe(false);
	});

	test('GIVEN why an event is significant ("a big deal") THEN what makes it rare holds it, not any reason', () => {
		expect(expectAnswerType('Why was the mayor’s trip such a big deal?')).toMatchObject({
			type: 'reason',
			significance: true,
		});
		expect(holds('Why was the trip a big deal?', 'It was the first visit by a mayor of Lyon in twenty years.')).toBe(
			true,
		);
		expect(holds('Why is the ferry considered notable?', 'It is the first-ever ferry across the lake.')).toBe(true);
		expect(holds('Why was the trip a big deal?', 'They met because trade had grown.')).toBe(false);
		expect(expectAnswerType('Why did they meet?')).not.toHaveProperty('significance');
	});

	test('GIVEN "what time" THEN only a time of day holds it; a day does not', () => {
		expect(expectAnswerType('What time did the talks start?')?.type).toBe('clock');
		expect(expectAnswerType('What time of year will the talks start?')?.type).toBe('date');
		expect(holds('What time did the talks start?', 'The talks started at 10:30 on Monday.')).toBe(true);
		expect(holds('What time did the talks start?', 'The talks started in the evening.')).toBe(true);
		expect(holds('What time did the talks start?', 'The talks started on Monday.')).toBe(false);
	});

	test('GIVEN "when" of a day the question gives THEN a time of day is asked, not the day', () => {
		for (const question of [
			'When did the mayor leave on Monday?',
			'when did she fly out on wed',
			'when is he due today',
		]) {
			expect(expectAnswerType(question)?.type, question).toBe('clock');
		}
		expect(expectAnswerType('When did the mayor leave?')?.type).toBe('date');
		expect(holds('When did the mayor leave on Monday?', 'The mayor left last year.')).toBe(false);
		// A day in a clause of its own, or "when" opening one, asks no time of day.
		expect(expectAnswerType('When did the mayor say on Monday that the ferry would sail?')?.type).toBe('date');
		expect(expectAnswerType('Where did the mayor go when she left on Monday?')?.type).toBe('place');
		expect(expectAnswerType('What did the mayor say when she arrived on Monday?')?.type).not.toBe('clock');
	});

	test('GIVEN a decade asked THEN only a decade holds it; a date alone does not', () => {
		expect(holds('What decade was it built in?', 'It was built in the 1980s.')).toBe(true);
		expect(holds('What decade was it built in?', 'It was opened on Tuesday.')).toBe(false);
	});

	test('GIVEN a tagged entity THEN it holds the type, unless the question already names it', () => {
		const entitiesOf = () => ({ place: ['Moscow'] });
		expect(holds('Where will they meet?', 'They will meet in Moscow.', { entitiesOf })).toBe(true);
		expect(
			holds('Where in Moscow will they meet?', 'They will meet in Moscow.', {
				entitiesOf,
				questionTerms: new Set(['moscow']),
			}),
		).toBe(false);
		expect(holds('How much will it cost?', 'It will cost a lot.', { entitiesOf })).toBe(false);
	});

	test('GIVEN a time asked THEN "next" naming the event is no time of it; a season or "next year" is', () => {
		expect(holds('When will the next summit be held?', 'They will prepare for the next summit together.')).toBe(false);
		expect(holds('When will the next summit be held?', 'The next summit will be held in the autumn.')).toBe(true);
		expect(holds('When will the next summit be held?', 'The next summit will be held next year.')).toBe(true);
	});

	test('GIVEN a future time asked THEN only a sentence speaking of the future holds it', () => {
		const entitiesOf = () => ({ date: ['June 2019'] });
		expect(holds('When will the bridge open?', 'The bridge was proposed in June 2019.', { entitiesOf })).toBe(false);
		expect(holds('When did the bridge open?', 'The bridge was proposed in June 2019.', { entitiesOf })).toBe(true);
		expect(holds('When will the bridge open?', 'The bridge will open later this year.')).toBe(true);
		// What should have happened is no time to come.
		expect(
			holds('When will the bridge open?', 'The bridge should have opened in June 2019.', {
				entitiesOf: () => ({ date: ['June 2019'] }),
			}),
		).toBe(false);
		// What should happen is expected to: "should reach Lyon before the end of April" gives when.
		expect(
			holds('When will the next ferry reach Lyon?', 'Reed said the ferry should reach Lyon before the end of April.'),
		).toBe(true);
		// The day someone spoke of it is no day of the event; a day that will be is.
		expect(
			holds('What day will the bridge open?', 'On Monday, Reed told reporters the bridge will open.', {
				entitiesOf: () => ({ date: ['Monday'] }),
			}),
		).toBe(false);
		expect(
			holds('What day will the bridge open?', 'Reed said Monday will be the opening day.', {
				entitiesOf: () => ({ date: ['Monday'] }),
			}),
		).toBe(true);
		const monday = () => ({ date: ['Monday'] });
		expect(
			holds('What day will the bridge open?', 'Reed on Monday said the bridge will open.', { entitiesOf: monday }),
		).toBe(false);
		expect(holds('What day will the bridge open?', 'The bridge will open on Monday.', { entitiesOf: monday })).toBe(
			true,
		);
		// Who said it, closing the sentence, does not make the month the time of the saying; "pencilled in" plans.
		const october = () => ({ date: ['October'] });
		expect(
			holds(
				'Which month is the ferry expected to sail?',
				'The new ferry is pencilled in for Lyon in October, Reed said.',
				{
					entitiesOf: october,
				},
			),
		).toBe(true);
		// "Due to" a cause is no plan.
		expect(holds('When will the bridge open?', 'It closed due to the storm in June 2019.', { entitiesOf })).toBe(false);
		// A month after a preposition is a time ("in May"); the tagger may read the month as a verb.
		expect(holds('When will the bridge open?', 'Lyon plans to open the bridge in May.')).toBe(true);
	});

	test('GIVEN an organization asked THEN a title or a state the tagger calls one does not hold it', () => {
		const entitiesOf = () => ({ organization: ['Deputy PM', 'Harbour Line Ltd'] });
		const isPersonOrCountry = (name: string) => name === 'Deputy PM';
		expect(holds('Which firm built it?', 'Deputy PM Reed said so.', { entitiesOf, isPersonOrCountry })).toBe(true);
		const titleOnly = () => ({ organization: ['Deputy PM'] });
		expect(holds('Which firm built it?', 'Deputy PM Reed said so.', { entitiesOf: titleOnly, isPersonOrCountry })).toBe(
			false,
		);
	});

	test('GIVEN a name asked THEN a capitalized word just before the thing holds one; a plain description does not', () => {
		const p = (text: string) => paragraph(text);
		const name = (text: string) => {
			const q = p(text);
			return holdsAnswerType(
				{ type: 'name', counted: ['bridge'] },
				q,
				q.sentences[0] as Paragraph['sentences'][number],
				context({ countedTerms: new Set([stemWord('bridge')]) }),
			);
		};
		expect(name('Lyon opened the Harbour Line bridge.')).toBe(true);
		expect(name('Lyon opened the new joint bridge.')).toBe(false);
		// An owner or a subject set before the thing is no name of it.
		expect(name("They crossed Lyon's bridge.")).toBe(false);
		expect(name('Yesterday Lyon bridge traffic fell.')).toBe(true);
		// The sentence's first word is capitalized as any first word is.
		expect(name('Bridges like it are rare.')).toBe(false);
	});

	test('GIVEN knowledge with no tagged entities THEN the type is assumed present, not an answer withheld', () => {
		expect(holds('How much will it cost?', 'It will cost a lot.', { entitiesOf: () => undefined })).toBe(true);
	});
});
