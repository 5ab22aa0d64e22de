import { beforeAll, describe, expect, test } from 'vitest';
import { answerQuestion } from '../../../src/core/answer/answer-question.js';
import { findAnswerNoun } from '../../../src/core/answer/classify-question.js';
import {
	type ExtractionContext,
	extractShortAnswer,
	findAcronymDefinition,
	findPeopleNotNamed,
	findPersonDescribed,
} from '../../../src/core/answer/extract-short-answer.js';
import type { Briefing } from '../../../src/core/briefing.js';
import { loadRealBriefing } from '../../helpers/briefing.js';

let briefing: Briefing;
beforeAll(async () => {
	briefing = await loadRealBriefing();
});

/** What the extractors read for a question, with the real article's stems; `extra` adds or replaces fields. */
const contextFor = (question: string, extra: Partial<ExtractionContext> = {}): ExtractionContext => ({
	questionTerms: new Set(briefing.index.termsOf(question)),
	termsOf: briefing.index.termsOf,
	tokensOf: briefing.index.tokensOf,
	otherPeople: [],
	date: '2030-06-01',
	question,
	isCountry: () => false,
	...extra,
});

describe('findPeopleNotNamed', () => {
	test('GIVEN a question naming a person by any of their names, in any case THEN that person is left out', () => {
		const { people } = briefing.knowledge;
		const lavrov = people.find((person) => person.name.includes('Lavrov'));
		const alias = lavrov?.aliases[0] ?? '';
		for (const question of [`Who met ${lavrov?.name}?`, `who did ${alias.toLowerCase()} meet?`]) {
			const others = findPeopleNotNamed(people, question);
			expect(others).not.toContain(lavrov);
			expect(others).toHaveLength(people.length - 1);
		}
	});

	test('GIVEN a description alias THEN it names the person, unless it is what a "which …" question asks for', () => {
		const { people } = briefing.knowledge;
		const putin = people.find((person) => person.aliases.includes('Russian president'));
		expect(findPeopleNotNamed(people, 'who did the russian president invite')).not.toContain(putin);
		expect(findPeopleNotNamed(people, 'which russian president did khan meet', 'president')).toContain(putin);
	});

	test('GIVEN a question naming no one THEN everyone is left in', () => {
		expect(findPeopleNotNamed(briefing.knowledge.people, 'Who signed the deal?')).toEqual(briefing.knowledge.people);
	});
});

describe('findAcronymDefinition', () => {
	test('GIVEN an acronym the article spells out THEN its expansion and paragraph are found, in any case', () => {
		for (const acronym of ['IGC', 'igc']) {
			const found = findAcronymDefinition(acronym, briefing.knowledge.article.paragraphs);
			expect(found?.expansion).toBe('Inter-Governmental Commission');
			expect(found?.paragraph.text).toContain(`${found?.expansion} (IGC)`);
		}
	});

	test('GIVEN an acronym the article never brackets THEN nothing is found', () => {
		expect(findAcronymDefinition('NATO', briefing.knowledge.article.paragraphs)).toBeUndefined();
	});
});

describe('short answers only when sure (through answerQuestion)', () => {
	const shortAnswerOf = (question: string) => {
		const answer = answerQuestion(briefing, question);
		return answer.found ? answer.shortAnswer : undefined;
	};

	test('GIVEN a number or a time asked THEN no bold value from a quote that does not hold one of the kind asked', () => {
		// "1 withdrawal" of a deadline sentence is no weight; "May 1", a deadline to come, is no time of the 1980s.
		expect(
			shortAnswerOf('How much weight did the premier say his government places on ties with the Kremlin?') ?? '',
		).not.toMatch(/withdrawal/u);
		expect(shortAnswerOf('when did pak and the US back the fighters against the soviets') ?? '').not.toMatch(/May/u);
	});

	test('GIVEN "who will <verb>", "who is <verb>ing" THEN a name only from a sentence stating that verb', () => {
		expect(shortAnswerOf('who will pay for the gas pipeline')).toBeUndefined();
		expect(shortAnswerOf('who is funding the gas pipeline')).toBeUndefined();
		// Nor from a sentence with the verb and another object ("keen to build a strong relationship").
		expect(shortAnswerOf('who is going to build the gas line') ?? '').not.toMatch(/Qureshi/u);
		expect(shortAnswerOf('who will build the gas pipeline') ?? '').not.toMatch(/Qureshi/u);
		// A body named by its owner speaks as itself: "Russia's foreign ministry said".
		expect(shortAnswerOf('who said afghanistan was a common concern')).toMatch(/Russia.s foreign ministry/u);
		// "Who did X call on": a name only from a sentence with the verb, not from one naming the place asked about;
		// the article's "who called on him" names him in the sentence before.
		expect(shortAnswerOf('who did lavrov call on in islamabad')).toMatch(/^Imran Khan/u);
		// In any form: "met" states "meet".
		expect(shortAnswerOf('who did lavrov meet in islamabad')).toMatch(/Qureshi/u);
		// … and of the person asked about, named or a pronoun for them: "that date will be hard to meet" says nothing
		// of whom Putin met.
		expect(shortAnswerOf('Who did Putin meet in Bishkek?') ?? '').not.toMatch(/Biden/u);
		// A date asked is no "more than a year ago" given beside it; a near miss's date, not given, is none.
		expect(shortAnswerOf('whats the pullout date for american forces in afghanistan') ?? '').not.toMatch(/ago/u);
		expect(shortAnswerOf('whats the actual date putin is coming to pakistan')).toBeUndefined();
		// "Going to" is no verb: the one after it is.
		expect(shortAnswerOf('who is going to meet imran khan')).toMatch(/Lavrov/u);
		// Nor is "there to", "on hand to": the article says whom Lavrov met in Islamabad, not who met him on landing.
		expect(shortAnswerOf('who was there to meet lavrov in islamabad')).toMatch(/Qureshi/u);
		expect(shortAnswerOf('who was there to meet him when he landed')).toBeUndefined();
		expect(shortAnswerOf('who was on hand to welcome lavrov when his plane came in')).toBeUndefined();
		// A verb of the same narrow kind states it: "suggested" for "proposed".
		expect(shortAnswerOf('who proposed another high-level meeting in moscow')).toMatch(/Lavrov/u);
	});

	test('GIVEN a role nobody in the fact sheet holds ("which Taliban leaders") THEN none of its people answers', () => {
		expect(shortAnswerOf('which taliban leaders attended the talks in moscow') ?? '').not.toMatch(/Lavrov|Qureshi/u);
		expect(shortAnswerOf('which pakistani minister held a joint presser with lavrov')).toMatch(/Qureshi/u);
	});

	test('GIVEN "who tweeted" THEN who said it on a medium; "between X and who" the other party, either way round', () => {
		const tweet = '“The talks went well,” the mayor, Ana Lopez, said on Twitter.';
		expect(extractShortAnswer('person', tweet, contextFor('who tweeted that the talks went well'))).toBe('Ana Lopez');
		const between = 'Peru brokered talks between the Harbour Board and the Unions.';
		expect(extractShortAnswer('other', between, contextFor('peru brokered talks between the unions and who'))).toBe(
			'the Harbour Board',
		);
	});

	test('GIVEN "who called X Y" THEN who termed X so, named by a description the fact sheet holds; not who termed else', () => {
		const reed = { name: 'Ana Reed', role: 'Foreign Minister of Peru', aliases: ['Reed', 'top Peruvian diplomat'] };
		const extra = { otherPeople: [reed] as never, isCommonWord: briefing.index.isCommonWord };
		const context = contextFor('who called the relationship constructive', extra);
		const termed = 'The top Peruvian diplomat termed the relationship constructive.';
		expect(extractShortAnswer('person', termed, context)).toBe('Ana Reed (Foreign Minister of Peru)');
		const other = contextFor('who called the coordination excellent', extra);
		expect(extractShortAnswer('person', termed, other)).toBeUndefined();
		// The description whole: "a former Peruvian diplomat" is no "top Peruvian diplomat".
		const former = 'A former top Peruvian diplomat termed the relationship constructive.';
		expect(extractShortAnswer('person', former, context)).toBeUndefined();
	});

	test('GIVEN "who stood alongside X" THEN who was there with X: no deed of standing to find', () => {
		const reed = { name: 'Ana Reed', role: 'Foreign Minister of Peru', aliases: ['Reed'] };
		const sentence = 'Addressing a news conference alongside Minister Luis Soto, Ana Reed said the talks went well.';
		const context = contextFor('who stood alongside Luis Soto at the news conference', {
			otherPeople: [reed] as never,
		});
		expect(extractShortAnswer('person', sentence, context)).toMatch(/Ana Reed/u);
	});

	test('GIVEN "who said" THEN a body opening the sentence by its owner\'s name answers', () => {
		const said = "Lima's foreign ministry said the talks went well.";
		expect(extractShortAnswer('person', said, contextFor('who said the talks went well'))).toBe(
			"Lima's foreign ministry",
		);
	});

	test('GIVEN a number word after "the" with its scale THEN it still counts ("the five million doses")', () => {
		const context = contextFor('how many doses will peru buy');
		expect(extractShortAnswer('quantity', 'Peru will buy the five million doses it ordered.', context)).toMatch(
			/five million/u,
		);
	});

	test('GIVEN a clause in -ing after what a number counts THEN the unit ends before it', () => {
		const hired = 'The firm hired 300 staff starting on Monday.';
		expect(extractShortAnswer('quantity', hired, contextFor('how many staff did the firm hire'))).toBe('300 staff');
		const groups = 'The firm runs 50 working groups.';
		expect(extractShortAnswer('quantity', groups, contextFor('how many groups does the firm run'))).toBe(
			'50 working groups',
		);
	});

	test('GIVEN "from N to M" THEN M is the number now, N only when the question asks what it was before', () => {
		const sentence = 'Peru will raise the number of scholarships from 60 to 100 starting in May.';
		expect(extractShortAnswer('quantity', sentence, contextFor('how many scholarships is peru giving'))).toBe('100');
		expect(extractShortAnswer('quantity', sentence, contextFor('how many scholarships did peru give before'))).toMatch(
			/^60\b/u,
		);
	});

	test('GIVEN "how many" THEN "the two countries" counts nothing; "when did … last" is not answered by "later"', () => {
		expect(shortAnswerOf('how many nations took part in the moscow conference on afghanistan') ?? '').not.toMatch(
			/two/u,
		);
		expect(shortAnswerOf('when did the intergovernmental commission last convene') ?? '').not.toMatch(/later/u);
		expect(shortAnswerOf('when will the intergovernmental commission convene')).toMatch(/later this year/u);
	});

	test('GIVEN words that only look like answers THEN none: a number word before a verb, a region, "going to"', () => {
		expect(shortAnswerOf('how many military drills have the two sides staged till now') ?? '').not.toMatch(/two/u);
		expect(shortAnswerOf('who has been accused of arming the taliban') ?? '').not.toMatch(/Asia/u);
		// "Going to meet" plans a meeting; it goes nowhere.
		expect(shortAnswerOf('where is the commission going to convene')).toBe('Moscow');
	});

	test('GIVEN a question for the promised number THEN the promised one, not the one already given', () => {
		expect(shortAnswerOf('how many doses did russia promise')).toContain('150,000');
		// A mood ruled out is not asked; a total the article never states is no number of it.
		expect(shortAnswerOf('how many doses has russia ALREADY provided, not the planned ones')).toContain('50,000');
		expect(shortAnswerOf('how many doses has russia ALREADY provided, not the planned ones')).not.toContain('150');
		expect(shortAnswerOf('counting both what was sent and promised, how many doses in total')).toBeUndefined();
		// A whole clause ruled out; a total the article states is still one number.
		expect(shortAnswerOf('How many doses has Russia delivered, not the ones it plans to send?')).toContain('50,000');
		expect(shortAnswerOf('How many doses did Russia provide in total?')).toContain('50,000');
		// A number on top of another is never the total.
		expect(shortAnswerOf('how many doses has russia pledged in total') ?? '').not.toMatch(/more/u);
	});

	test('GIVEN "who did X <verb>" THEN a name only from a sentence with that verb', () => {
		expect(shortAnswerOf('who did lavrov call on (the one who hosted him, not the visitor)') ?? '').not.toMatch(
			/Taliban/u,
		);
	});

	test('GIVEN "how long" THEN only a length of time answers, never a volume nor a date’s number', () => {
		expect(shortAnswerOf('how long has the afghan war dragged on per lavrov')).toMatch(/decades/u);
		expect(shortAnswerOf('how long ago did washington sign its deal with the taliban') ?? '').not.toMatch(
			/withdrawal/u,
		);
	});

	test('GIVEN "who" of a person word, or "the name of" a person THEN a person, never a city, a country or a thing', () => {
		expect(shortAnswerOf('who’s lavrov’s pakistani counterpart in all this') ?? '').not.toMatch(/Islamabad|Russia/u);
		expect(shortAnswerOf('Name of Pakistan’s prime minister mentioned?')).toMatch(/Imran Khan/u);
	});

	test('GIVEN "how long ago" THEN how long ago the article says ("last year"), never a date of the sentence', () => {
		expect(shortAnswerOf('how long ago did washington sign its deal with the taliban')).toMatch(/last year|year ago/u);
	});

	test('GIVEN "which <thing>" or "whose <thing>" THEN whose it is: the owned thing with its owner, or the owner', () => {
		expect(shortAnswerOf('which ministry put out the statement calling afghanistan a common concern')).toBe(
			'Russia’s foreign ministry',
		);
		expect(shortAnswerOf('whose foreign ministry said lavrov was due to meet imran khan')).toBe('Pakistan');
		// A statement is its speaker's ("Russia's foreign ministry said in a statement").
		expect(shortAnswerOf('whose statement called afghanistan a common concern')).toBe('Russia’s foreign ministry');
		// No owner of the thing: no one acting in the sentence is the answer.
		const question = 'whose statement was read out';
		expect(
			extractShortAnswer('other', 'Reed left before a statement was read out.', contextFor(question)),
		).toBeUndefined();
		// "States" of "the United States" is a word of a name.
		expect(shortAnswerOf('which state does lavrov say russia has not forgotten about establishing') ?? '').not.toMatch(
			/United/u,
		);
	});

	test('GIVEN where a country named in the question did something THEN its capital may answer', () => {
		expect(shortAnswerOf('where did russia host last month’s afghanistan conference')).toBe('Moscow');
	});

	test('GIVEN where someone posted something THEN the medium, no place; where they said it would be held, the place', () => {
		expect(shortAnswerOf('where did qureshi post about the meeting')).toBe('Twitter');
		expect(shortAnswerOf('Where did Qureshi say the commission meeting would be held?')).toBe('Moscow');
	});

	test('GIVEN a "who <verb>" question THEN the subject of that verb, not a name next to the question words', () => {
		expect(shortAnswerOf('who hosted the afghan conference last month')).toBe('Russia');
		// Who "described" something so is who said it, where the article quotes it.
		expect(shortAnswerOf('who described russia as a factor of stability')).toMatch(/Qureshi/u);
		// A name the question owns ("which organization's summit") does not hide what is asked.
		expect(shortAnswerOf("which organization's summit did imran khan attend")).toMatch(/Shanghai Cooperation/u);
		expect(shortAnswerOf('the islamic republic of the russian statement is which country')).toBe('Afghanistan');
	});

	test('GIVEN "what city" THEN a city, not the country named with it', () => {
		expect(shortAnswerOf('what city hosts the stalled intra-afghan talks')).toBe('Doha');
	});

	test('GIVEN where something happened THEN a place it happened in, never the start or end of a route', () => {
		expect(shortAnswerOf('in what city did lavrov meet his pakistani counterpart')).toBe('Islamabad');
		// "Where was he before …" asks where he came from: a place he is in now is no answer.
		expect(shortAnswerOf('where was lavrov just before pakistan')).not.toBe('Islamabad');
	});

	test('GIVEN "which X" THEN the name the article gives an X, never a common word of a longer name', () => {
		expect(shortAnswerOf('Which vaccine has Russia already delivered to Pakistan?')).toBe('Sputnik-V');
		expect(shortAnswerOf('Which pipeline does Imran Khan want to start soon?')).not.toBe('Gas');
	});

	test('GIVEN "how much will X carry" THEN what a purpose is to do is a planned amount that answers it', () => {
		expect(shortAnswerOf('how much gas per day will the stream pipeline transport')).toMatch(
			/^1\.6 billion cubic feet/u,
		);
		// A done amount still does not answer a planned purchase.
		expect(shortAnswerOf('how many sputnik doses will pakistan buy (not get donated)') ?? '').not.toMatch(/50,000/u);
	});

	test('GIVEN a rate asked ("daily", "each year") THEN only an amount given per that unit answers', () => {
		expect(shortAnswerOf('how much gas will the pipeline carry daily')).toMatch(/^1\.6 billion cubic feet per day/u);
		expect(shortAnswerOf('How much RLNG does Russia supply to Pakistan each year?')).toBeUndefined();
		expect(shortAnswerOf('how much gas will the pipeline carry annually')).toBeUndefined();
	});

	test('GIVEN where a journey went THEN only a place someone goes to answers, not "peace to <place>"', () => {
		expect(shortAnswerOf('where did lavrov fly to after leaving islamabad?')).toBeUndefined();
		expect(shortAnswerOf('where did lavrov arrive')).toBe('Pakistan');
		// "Going to meet" is a plan, no journey: where the meeting is answers.
		expect(shortAnswerOf('where is the IGC going to meet')).toBe('Moscow');
		// "On his trip" is no journey asked; a place someone else is invited to visit is not where Lavrov went.
		expect(shortAnswerOf('Where did Lavrov meet Qureshi on his trip?')).toBe('Islamabad');
		expect(shortAnswerOf('Where did Lavrov head to next?')).not.toBe('Pakistan');
	});

	test('GIVEN "which X make up Y" THEN only a sentence listing members answers, not a name beside Y', () => {
		expect(shortAnswerOf('Which countries make up the Extended Troika?')).toBeUndefined();
		// "Who is in Lima" asks where one is, no members.
		expect(shortAnswerOf('Who is in Islamabad on a two-day visit?')).toMatch(/Lavrov/u);
		expect(shortAnswerOf('who was in the group of participants at the moscow conference')).toBeUndefined();
	});

	test('GIVEN when something is happening THEN not the day it was announced ("Lavrov on Wednesday said …")', () => {
		expect(shortAnswerOf("when's the first of these new joint military drills actually happening")).toBeUndefined();
	});

	test('GIVEN a time before the event ("before this trip", "previously") THEN no weekday of the report’s own week', () => {
		expect(shortAnswerOf('When did Qureshi and Lavrov last meet before this trip?')).toBeUndefined();
		expect(shortAnswerOf('when did imran previously meet putin')).toMatch(/2019/u);
	});

	test('GIVEN a time of a named body or place THEN only a sentence naming it gives it; one person of several named is none', () => {
		expect(shortAnswerOf('when did the IGC last meet')).toBeUndefined();
		expect(shortAnswerOf('when will the IGC meet')).toMatch(/later this year/u);
		// A person may be "he" where the time is given.
		expect(shortAnswerOf('On which day did Lavrov hold the joint news conference with Qureshi?')).toMatch(/Wednesday/u);
		expect(shortAnswerOf('who was the last russian FM to visit pakistan b4 lavrov')).toBeUndefined();
	});

	test('GIVEN "which month of <year>" THEN a date in that year answers by its month', () => {
		expect(shortAnswerOf('in which month of 2019 was the bishkek sco summit')).toMatch(/June/u);
	});

	test('GIVEN a person asked for THEN a name the lexicon knows as a body is none, with or without "the"', () => {
		expect(shortAnswerOf('Which American president is quoted on the May 1 date?') ?? '').not.toMatch(/Taliban/u);
	});

	test('GIVEN "the name of X" or "what is X called" THEN the name the article gives an X, in full', () => {
		expect(shortAnswerOf('what is the name of the vaccine russia provided')).toMatch(/Sputnik/u);
		expect(shortAnswerOf('what is the name of the gas pipeline')).toMatch(/Pipeline/u);
	});

	test('GIVEN a name in quotes before the words the question gives THEN that name; a long "what is X called" too', () => {
		const question = 'What is the tram project Reed wants started soon called?';
		const sentence = 'Reed backed the “Harbour Link” (East-West) Tram project and its budget.';
		expect(extractShortAnswer('other', sentence, contextFor(question, { answerNoun: 'project' }))).toBe('Harbour Link');
		expect(findAnswerNoun(question, (word) => ['wants', 'started'].includes(word))).toBe('project');
	});

	test('GIVEN a name that ends with a synonym of the noun asked ("which jab" of "Harbour Shield Vaccine") THEN that name', () => {
		const question = 'which jab did reed praise';
		const sentence = 'Reed praised the development of Harbour Shield Vaccine last week.';
		const synonyms = contextFor(question, { answerNoun: 'jab', answerNounTerms: new Set(['vaccin']) });
		expect(extractShortAnswer('other', sentence, synonyms)).toMatch(/^Harbour Shield/u);
		// Without the synonym the noun is nowhere in the sentence: no name of it.
		expect(extractShortAnswer('other', sentence, { ...synonyms, answerNounTerms: new Set<string>() })).toBeUndefined();
	});

	test('GIVEN a people\'s adjective right before the noun asked ("the Lima-backed Omani government") THEN the noun too', () => {
		const context = contextFor('which govt does lima back', {
			answerNoun: 'government',
			isPeopleWord: (word) => word === 'Omani',
		});
		const sentence = 'Fighting between the Lima-backed Omani government and the rebels goes on.';
		expect(extractShortAnswer('other', sentence, context)).toBe('Lima-backed Omani government');
		// A city is no people's word: the word after it is not taken along.
		const city = contextFor('where did the ministers meet', { isPlace: (name) => name === 'Karachi' });
		expect(extractShortAnswer('place', 'The ministers met in Karachi yesterday.', city)).toBe('Karachi');
		// A name of its own before the noun is the answer without it.
		expect(
			extractShortAnswer(
				'other',
				'The Harbour Link project is late.',
				contextFor('which project is late', { answerNoun: 'project' }),
			),
		).toBe('Harbour Link');
	});

	test('GIVEN where something goes ("into which region", "… spills into?") THEN the place after "into", with its compass word', () => {
		expect(shortAnswerOf('into which region could the afghan instability spill over')).toMatch(/^central Asia$/iu);
	});

	test('GIVEN where a route starts or ends THEN its first or its last place', () => {
		expect(shortAnswerOf('in which city does the gas pipeline begin')).toBe('Karachi');
		expect(shortAnswerOf('in which city will the gas pipeline finish')).toBe('Lahore');
	});

	test('GIVEN "which month" THEN a month as the article writes it, never a weekday it resolves to a date', () => {
		expect(shortAnswerOf('in which month did imran khan meet putin in bishkek')).toMatch(/^June/u);
	});

	test('GIVEN "what decade" or "what year" THEN only a time of that grain, never a day', () => {
		const answer = shortAnswerOf('what decade did pakistan and the us back the fighters');
		expect(answer === undefined || /\d0s/u.test(answer)).toBe(true);
	});

	test('GIVEN "from X to where" THEN the end of the route', () => {
		expect(shortAnswerOf('the pipeline runs from karachi to where?')).toBe('Lahore');
	});

	test('GIVEN "which <nationality> <role>" THEN only a person of that country, never a country', () => {
		expect(shortAnswerOf('Which Russian leader did Imran Khan invite to visit?')).toMatch(/Putin/u);
		// Whom the deed was done to, where the deed is: officials named elsewhere were not invited.
		expect(shortAnswerOf('Which Russian official did Imran Khan invite to visit Pakistan?') ?? '').not.toMatch(
			/Lavrov/u,
		);
		expect(shortAnswerOf('Which Russian foreign minister visited Pakistan nine years ago?') ?? '').not.toMatch(
			/Qureshi/u,
		);
	});

	test('GIVEN "who\'s" with an alias, in chat THEN that person', () => {
		expect(shortAnswerOf("who's the COAS")).toContain('Bajwa');
		expect(shortAnswerOf("who's the pakistani PM in this")).toContain('Imran Khan');
		expect(shortAnswerOf('who is the army chief that lavrov met')).toContain('Bajwa');
		// A clause whose subject is another person ends the description.
		expect(shortAnswerOf('who is the russian president imran khan invited')).toContain('Putin');
	});
});

describe('extractShortAnswer: a time of day', () => {
	test('GIVEN "what time" THEN the time of day with the word that bounds it, never the day', () => {
		const context = contextFor('what time did the mayor leave');
		expect(extractShortAnswer('time', 'The mayor left on Monday shortly after 6 p.m.', context)).toBe(
			'shortly after 6 p.m.',
		);
		expect(extractShortAnswer('time', 'The mayor left on Monday.', context)).toBeUndefined();
		expect(extractShortAnswer('time', 'The mayor met 5 ambassadors on Monday.', context)).toBeUndefined();
		expect(extractShortAnswer('time', 'The mayor left on Monday evening.', context)).toBe('on Monday evening');
	});
});

describe('extractShortAnswer: a time of a named party', () => {
	test('GIVEN a name typed in lower case THEN a time only from a paragraph that names it', () => {
		const sentence = 'The US will withdraw its forces by May 1.';
		const context = (paragraph: string) =>
			contextFor('when did soviet forces leave', { paragraphNameTerms: ['soviet'], paragraphOf: () => paragraph });
		expect(extractShortAnswer('time', sentence, context(sentence))).toBeUndefined();
		expect(extractShortAnswer('time', sentence, context(`Soviet forces fought here. ${sentence}`))).toBe('May 1');
	});
});

describe('extractShortAnswer: a count of a named place', () => {
	test('GIVEN a country the question names THEN a count only from a paragraph naming it; a thing named otherwise may', () => {
		const sentence = 'Chile has received 50,000 doses of Vaxo.';
		const context = (names: string[]) =>
			contextFor('how many doses of vaxo has peru received', {
				paragraphNameTerms: names,
				paragraphOf: () => sentence,
				isCountry: (name) => ['peru', 'chile'].includes(name.toLowerCase()),
			});
		expect(extractShortAnswer('quantity', sentence, context(['peru']))).toBeUndefined();
		expect(extractShortAnswer('quantity', sentence, context(['vaxo']))).toBe('50,000 doses');
	});
});

describe('extractShortAnswer: sums of money', () => {
	const quantityOf = (question: string, sentence: string) =>
		extractShortAnswer('quantity', sentence, contextFor(question));
	const sentence = 'Ferry traffic rose 12 percent last year, and ticket sales reached $4.5 million.';

	test('GIVEN a question for money THEN the sum with its currency, never another number of the sentence', () => {
		expect(quantityOf('how much did tickets sell for in dollar terms', sentence)).toBe('$4.5 million');
		expect(quantityOf('what were ticket sales worth', sentence)).toBe('$4.5 million');
	});

	test('GIVEN a percentage asked, though the question says "worth" THEN the percentage', () => {
		expect(quantityOf('by what percentage did the worth of ticket sales grow', sentence)).toBe('12 percent');
	});

	test('GIVEN a question for money and a sentence without a sum THEN no short answer', () => {
		expect(quantityOf('how much money did the ferry make', 'Ferry traffic rose 12 percent last year.')).toBeUndefined();
	});
});

describe('extractShortAnswer: lengths and counts', () => {
	const quantityOf = (question: string, sentence: string) =>
		extractShortAnswer('quantity', sentence, contextFor(question));

	test('GIVEN "how long" and a length without a number ("for decades") THEN that length', () => {
		expect(
			quantityOf('how long has the ferry feud gone on', 'The ferry feud has gone on for decades, officials said.'),
		).toBe('for decades');
	});

	test('GIVEN a length in two units THEN the whole length, never its last part alone', () => {
		const sentence = 'The ferry talks then ran for about two hours and 15 minutes, an aide said.';
		expect(quantityOf('how long did the ferry talks run', sentence)).toBe('two hours and 15 minutes');
	});

	test('GIVEN "an hour and a half" THEN a length, whole; a time describing another thing ("a 35-minute chat") loses to it', () => {
		const sentence =
			'The mayors first held a 35-minute one-on-one chat and then led ferry talks that ran for roughly an hour and a half.';
		expect(quantityOf('how long did the ferry talks go on', sentence)).toBe('an hour and a half');
		// Alone, a time describing another thing is still the only length there is.
		expect(quantityOf('how long did the mayors meet', 'The mayors met for a 35-minute chat.')).toBe('35-minute');
	});

	test('GIVEN "how long is" a thing THEN its length in a unit of length, not a time beside it ("less than a day")', () => {
		const sentence = 'The governor stayed less than a day and opened the 120-km (75-mile) ferry line.';
		expect(quantityOf('how long is the ferry line', sentence)).toBe('120-km');
	});

	test('GIVEN "one official said" THEN "one" counts nothing; the number before what is counted does', () => {
		expect(
			quantityOf('how many officials were in the party', 'One harbour official said the party was late.'),
		).toBeUndefined();
		expect(quantityOf('how many officials were in the party', 'The party numbered 17 officials.')).toBe('17 officials');
	});
});

describe('extractShortAnswer: who', () => {
	const isCommonWord = (norm: string) => ['foreign', 'minister', 'harbour', 'line', 'bush'].includes(norm);
	const personOf = (sentence: string) =>
		extractShortAnswer('person', sentence, contextFor('who opened the bridge', { isCommonWord }));

	test('GIVEN a run of common words ("Foreign Minister", "Harbour Line") THEN no one; a surname that is a word is', () => {
		expect(personOf('The Harbour Line opened the bridge.')).toBeUndefined();
		expect(personOf('The Foreign Minister opened the bridge.')).toBeUndefined();
		expect(personOf('On Monday, Laura Bush opened the bridge.')).toBe('Laura Bush');
	});
});

describe('extractShortAnswer: which body', () => {
	const isBodyWord = (norm: string) => ['commission', 'council'].includes(norm);
	const bodyOf = (question: string, sentence: string) =>
		extractShortAnswer('other', sentence, contextFor(question, { isBodyWord, answerNoun: 'body' }));

	test('GIVEN "which body" THEN the name of a body the sentence gives, never another capitalized name', () => {
		expect(bodyOf('which body will meet in Lyon', 'The Harbour Commission will meet in Lyon next year.')).toBe(
			'Harbour Commission',
		);
		expect(bodyOf('which body will meet in Lyon', 'Mayor Ana Reed will meet in Lyon next year.')).toBeUndefined();
	});

	test('GIVEN "which <thing>" and "the <thing> of <Name>" THEN the name after "of"', () => {
		const context = contextFor('which forum did Lyon host', { answerNoun: 'forum' });
		expect(extractShortAnswer('other', 'Lyon hosted the recent forum of Harbour Towns.', context)).toBe(
			'Harbour Towns',
		);
	});
});

describe('extractShortAnswer: places', () => {
	const placeOf = (question: string, sentence: string) => extractShortAnswer('place', sentence, contextFor(question));

	test('GIVEN where something will be THEN a place dated in the past ("in Lima in June 2019") is none', () => {
		const past = 'Reed recalled the summit in Lima in June 2019, where the pact was first discussed.';
		expect(placeOf('where will the next summit take place', past)).toBeUndefined();
		expect(placeOf('where was the summit held', past)).toBe('Lima');
	});

	test('GIVEN an adjective of a people before a noun THEN the two together ("the Andean region")', () => {
		const stability = 'Peru is a factor of stability in the Andean region.';
		expect(placeOf('reed called peru a factor of stability in which region', stability)).toBe('Andean region');
	});

	test('GIVEN where something was THEN the place of an event that may or will be is none', () => {
		const maybe = 'Reed said another summit could again be held in Lima.';
		expect(placeOf('where was the summit held', maybe)).toBeUndefined();
		expect(placeOf('where could another summit be held', maybe)).toBe('Lima');
		const planned = 'They agreed to hold a trade summit later this year in Quito.';
		expect(placeOf('in which city did the summit take place', planned)).toBeUndefined();
	});

	test('GIVEN a sentence sharing no word with the question THEN no place of it answers', () => {
		expect(placeOf('what city did the mayor visit', 'Talks were held in Lima.')).toBeUndefined();
	});
});

describe('extractShortAnswer: which country', () => {
	const COUNTRIES = new Set(['chile', 'peru', 'mali', 'niger', 'france']);
	const countryOf = (question: string, sentence: string, countriesOfPlaces: readonly string[] = []) =>
		extractShortAnswer(
			'place',
			sentence,
			contextFor(question, {
				questionTerms: new Set([...briefing.index.termsOf(question), ...countriesOfPlaces]),
				countriesOfPlaces: new Set(countriesOfPlaces),
				isCountry: (name) => COUNTRIES.has(name.toLowerCase()),
			}),
		);
	const sentence = 'The fighting in Mali pits the army against the rebels, whom Niger has been accused of arming.';

	test('GIVEN "which country" asked of a party THEN the country beside the question’s words, not where it happens', () => {
		expect(countryOf('which country has been accused of arming the rebels', sentence)).toBe('Niger');
		expect(countryOf('which country is the fighting in', sentence)).toBe('Mali');
	});

	test('GIVEN "which country did X <verb>" THEN only a country by that action answers, not one in another clause', () => {
		const withActions = (question: string, text: string) =>
			extractShortAnswer(
				'place',
				text,
				contextFor(question, {
					isCountry: (name) => COUNTRIES.has(name.toLowerCase()),
					isVerb: (norm) => briefing.index.partOfSpeechOf(norm) === 'verb',
					formsOf: (norm) => new Set(briefing.index.termsOf(norm)),
				}),
			);
		const invaded = 'Peru led the talks with the rebels — who were driven out when France invaded in 2001 — and Chile.';
		expect(withActions('which country did france invade in 2001', invaded)).toBeUndefined();
		expect(withActions('which country did france invade', 'Peru welcomed the envoys.')).toBeUndefined();
		expect(withActions('which country did france invade', 'In 2001 France invaded Mali, and Peru protested.')).toBe(
			'Mali',
		);
		// A passive asks its subject, beside the question's words, whatever the verb.
		expect(withActions('besides peru, which country was named at the talks', 'The talks drew Peru and Mali.')).toBe(
			'Mali',
		);
	});

	test('GIVEN "the United States" THEN a synonym of the country asked for ("state") does not name it', () => {
		const question = 'which country backed the rebels alongside peru';
		const text = 'Peru and the United States backed the rebels.';
		const context = contextFor(question, {
			questionTerms: new Set([...briefing.index.termsOf(question), 'state']),
			answerNounTerms: new Set(['state']),
			isCountry: (name) => ['peru', 'united states'].includes(name.toLowerCase()),
		});
		expect(extractShortAnswer('place', text, context)).toBe('United States');
		expect(extractShortAnswer('place', text, { ...context, answerNounTerms: new Set<string>() })).toBeUndefined();
	});

	test('GIVEN names joined by "and" THEN each is a country; one the question names is no answer', () => {
		const talks = 'The talks drew Peru and Chile, which France hosted.';
		expect(countryOf('besides peru, which country came to the talks france hosted', talks)).toBe('Chile');
	});

	test('GIVEN the country of a place the question names THEN it may answer ("Lima is the capital of …")', () => {
		const capital = 'Envoys met in Peru capital of Lima.';
		expect(countryOf('lima is the capital of which country', capital, ['peru'])).toBe('Peru');
		expect(countryOf('which country is peru next to', capital)).toBeUndefined();
	});
});

describe('extractShortAnswer: kinds and names of things', () => {
	const answerOf = (question: string, sentence: string, answerNoun?: string) =>
		extractShortAnswer(
			'other',
			sentence,
			contextFor(question, { isCommonWord: briefing.index.isCommonWord, answerNoun }),
		);

	test('GIVEN "what kind of X" THEN the words that qualify X with X, as long as one is new', () => {
		const sentence = 'The plant will burn low sulphur heavy fuel from the new terminal.';
		expect(answerOf('what kind of fuel will the plant burn', sentence)).toBe('low sulphur heavy fuel');
		expect(answerOf('which type of heavy fuel will it burn', sentence)).toBe('low sulphur heavy fuel');
		expect(answerOf('what kind of fuel will the plant burn', 'The plant will burn fuel.')).toBeUndefined();
		// A capitalized noun is part of a name, not a thing of some kind.
		expect(answerOf('what kind of fuel is it', 'They run the Heavy Fuel Terminal.')).toBeUndefined();
	});

	test('GIVEN a question word left at the end ("a state for who?") THEN the name right after that word', () => {
		expect(answerOf('the council backs a new state for who', 'The council backs a new state of Vaxia, it said.')).toBe(
			'Vaxia',
		);
		expect(answerOf('talks between lyon and who', 'Talks between Lyon and Nice resumed.')).toBe('Nice');
		expect(answerOf('the council backs a new state for who', 'The council backs a new state soon.')).toBeUndefined();
	});

	test('GIVEN "which X" and a name with digits ("Vaxo-19 flu") THEN the whole name, even one X stands for', () => {
		const sentence = 'Officials discussed the Vaxo-19 flu and its cost.';
		expect(answerOf('which flu did officials discuss', sentence, 'flu')).toBe('Vaxo-19');
		// Where the knowledge makes the name a synonym of the noun asked for, the name still answers it.
		const context = contextFor('which flu did officials discuss', {
			questionTerms: new Set([...briefing.index.termsOf('which flu did officials discuss vaxo 19')]),
			answerNounTerms: new Set(briefing.index.termsOf('vaxo 19')),
			isCommonWord: briefing.index.isCommonWord,
			answerNoun: 'flu',
		});
		expect(extractShortAnswer('other', sentence, context)).toBe('Vaxo-19');
		expect(extractShortAnswer('other', sentence, { ...context, answerNounTerms: new Set<string>() })).toBeUndefined();
	});

	test('GIVEN "which X" and a name of an X with its acronym inside THEN the whole name', () => {
		const sentence = 'The mayors met at the Baltic Harbour Towns (BHT) Summit in Gdansk.';
		expect(answerOf('which summit did the mayors attend', sentence, 'summit')).toBe(
			'Baltic Harbour Towns (BHT) Summit',
		);
	});
});

describe('findPersonDescribed', () => {
	test('GIVEN a nationality before an alias THEN only the person of that nationality', () => {
		const { people } = briefing;
		expect(findPersonDescribed(people, 'pakistani PM')?.name).toBe('Imran Khan');
		expect(findPersonDescribed(people, 'russian PM')).toBeUndefined();
		expect(findPersonDescribed(people, 'the russian president they keep mentioning')?.name).toBe('Vladimir Putin');
	});

	test('GIVEN words about the report after the description THEN they are left out; "of" is no abbreviation', () => {
		const { people } = briefing;
		expect(findPersonDescribed(people, 'the COAS quoted in the report')?.name).toMatch(/Bajwa/u);
		expect(findPersonDescribed(people, 'the army chief in this story')?.name).toMatch(/Bajwa/u);
		expect(findPersonDescribed(people, 'the president of russia')?.name).toBe('Vladimir Putin');
		// The time of the report's event is when the person the article names held the office.
		expect(findPersonDescribed(people, "pak's prime minister during the visit")?.name).toBe('Imran Khan');
		expect(findPersonDescribed(people, 'the army chief at the time')?.name).toMatch(/Bajwa/u);
	});

	test("GIVEN someone's counterpart THEN the other person the words after describe, never the owner", () => {
		const { people } = briefing;
		const [first, second] = briefing.knowledge.people.filter((person) =>
			person.aliases.some((alias) => /counterpart/u.test(alias)),
		);
		const describedBy = (person: typeof first) => person?.aliases.find((alias) => /counterpart/u.test(alias)) ?? '';
		expect(second).toBeDefined();
		expect(findPersonDescribed(people, `${first?.name}'s ${describedBy(second)} in all this`)?.name).toBe(second?.name);
		expect(findPersonDescribed(people, `${first?.name}'s ${describedBy(first)}`)).toBeUndefined();
	});
});
