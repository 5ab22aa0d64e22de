import { appendFile, cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_KNOWLEDGE_DIR } from '../../../src/boot.js';
import { type Answer, answerQuestion, type FoundAnswer } from '../../../src/core/answer/answer-question.js';
import type { Briefing } from '../../../src/core/briefing.js';
import { createBriefing } from '../../../src/core/briefing.js';
import { loadKnowledge, withLexicon } from '../../../src/core/knowledge/load-knowledge.js';
import {
	FIXTURE_DIR,
	loadFixtureBriefing,
	loadRealBriefing,
	loadTwoSourceBriefing,
	TWO_SOURCES_DIR,
} from '../../helpers/briefing.js';

let briefing: Briefing;
beforeAll(async () => {
	briefing = await loadRealBriefing();
});

/** Answers a question over the fixture article with `lines` added as its last paragraphs (and `meta` to its metadata). */
async function answerWithLines(lines: string, question: string, meta: object = {}): Promise<Answer> {
	const dir = await mkdtemp(join(tmpdir(), 'briefing-lines-'));
	try {
		await cp(FIXTURE_DIR, dir, { recursive: true });
		const metaPath = join(dir, 'article.json');
		await writeFile(metaPath, JSON.stringify({ ...(JSON.parse(await readFile(metaPath, 'utf8')) as object), ...meta }));
		await appendFile(join(dir, 'article.txt'), lines);
		return answerQuestion(createBriefing(await loadKnowledge(dir)), question);
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}

/**
 * Answers a question over the real article with one paragraph of the test's own added at its end; the shipped lexicon
 * is kept (it was built for the article's texts, whose words the paragraph uses).
 */
async function answerWithParagraph(
	paragraph: string,
	question: string,
	/** The entities of the paragraph's first sentence, as the lexicon's tagger would give them. */
	entities: Readonly<Record<string, readonly string[]>> = {},
): Promise<Answer> {
	const dir = await mkdtemp(join(tmpdir(), 'briefing-paragraph-'));
	try {
		await cp(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
		await appendFile(join(dir, 'article.txt'), `\n${paragraph}\n`);
		const { lexicon } = (await loadRealBriefing()).knowledge;
		if (lexicon === undefined) throw new Error('the shipped knowledge has no lexicon');
		const knowledge = await loadKnowledge(dir, { lexicon: false });
		const added = `${knowledge.article.paragraphs.length}.1`;
		const tagged = { ...lexicon, entities: { ...lexicon.entities, [added]: entities } };
		return answerQuestion(createBriefing(withLexicon(knowledge, tagged)), question);
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}

function found(answer: Answer): FoundAnswer {
	if (!answer.found) throw new Error(`expected an answer to "${answer.question}", got not-found`);
	return answer;
}

describe('answerQuestion: retrieval and citations', () => {
	test('GIVEN a question ending "on the <event>" of a report on that event THEN the event word weighs no more than the rest', async () => {
		const answer = await answerWithLines(
			'\nResidents packed the hall for the vote, and the vote ran late.\nReed brought his spokeswoman, Mira Holt, to the council.\n',
			"Was Reed's spokeswoman there on the vote?",
			{ eventNoun: 'the vote' },
		);
		expect(found(answer).passages[0]?.quote.text).toMatch(/spokeswoman/u);
	});

	test('GIVEN a question THEN the best passage cites its paragraph and a verbatim sentence of it', () => {
		const answer = found(answerQuestion(briefing, 'What equipment is Russia providing?'));
		const [best] = answer.passages;
		expect(best?.paragraph.text).toContain(best?.quote.text);
		expect(best?.paragraph.text).toMatch(/equipment/u);
		expect(answer.asOf).toBe('2021-04-07');
	});

	test('GIVEN "does X admit …" or "how does X respond …" THEN the passage where X answers comes first', () => {
		for (const question of [
			'Has Islamabad ever admitted supporting the Taliban?',
			'how did pakistan reply to the claims it backs the taliban',
		]) {
			expect(found(answerQuestion(briefing, question)).passages[0]?.paragraph.text, question).toMatch(/denies/u);
		}
		// "What did X say" asks X's words, whatever X agreed to: no reply is put first.
		expect(
			found(answerQuestion(briefing, 'What did Pakistan say about the Taliban?')).passages[0]?.paragraph.text,
		).not.toMatch(/^Pakistan denies that\.$/u);
	});

	test('GIVEN a count asked in words that rank other paragraphs first THEN the passage giving a count of that thing comes first', () => {
		const answer = answerQuestion(briefing, 'how many doses will pakistan get in total');
		expect(found(answer).passages[0]?.quote.text).toMatch(/\d[\d,.]*\s+(?:million\s+)?doses/u);
		// Sought only so far down the ranking: not at all, and the count is a detail the passages lack.
		expect(answerQuestion(briefing, 'how many doses will pakistan get in total', { typedAnswerDepth: 0 }).found).toBe(
			false,
		);
	});

	test('GIVEN a time of day asked in words that rank another paragraph first THEN the passage giving the time comes first', async () => {
		const answer = await answerWithLines(
			"Governor Mia Park spoke about the bridge and the town budget with the mayor.\nPark's car departed from Riverton at 4:15 p.m.\n",
			"At what time did Park's car depart after she spoke about the bridge and the town budget?",
		);
		expect(found(answer).passages[0]?.quote.text).toMatch(/\b4:15 p\.m\./u);
	});

	test('GIVEN a time of day and a length asked together THEN "time" is no topic: the sentence giving both covers the question', async () => {
		const answer = await answerWithLines(
			'The mayor received the governor at 4 pm for a meeting that lasted 50 minutes.\n',
			'what time did the mayor receive the governor and how long did it last',
		);
		const [best] = found(answer).passages;
		expect(best?.quote.text).toMatch(/\b4 pm\b.*\b50 minutes\b/u);
		expect(best?.coverage).toBe(1);
	});

	test('GIVEN "who was the X guy" THEN "guy" asks for a person, no detail the text lacks', async () => {
		const lines = 'Governor Mia Park brought Tom Reed, her adviser on fisheries, to the council.\n';
		const answer = found(await answerWithLines(lines, 'who was the fisheries guy at the council'));
		expect(answer.passages[0]?.quote.text).toMatch(/Tom Reed/u);
		expect(answer.shortAnswer).toMatch(/^Tom Reed\b/u);
	});

	test("GIVEN who met a guest on arrival, in chat's words THEN the sentence of who greeted or waited on the tarmac", async () => {
		const lines =
			'Governor Mia Park landed in Riverton on Monday for a two-day visit.\nWaiting on the tarmac was Deputy Mayor Tom Reed, who drove her to the town hall.\n';
		for (const question of ['who was there to greet her on the runway', 'who welcomed the governor at the airport']) {
			const answer = found(await answerWithLines(lines, question));
			expect(answer.passages[0]?.quote.text, question).toMatch(/^Waiting on the tarmac/u);
		}
	});

	test('GIVEN the size of a delegation asked WHERE the text calls it an entourage THEN its count is the answer', async () => {
		const lines =
			'Governor Mia Park came to Riverton on Monday.\nHer entourage numbered 12 officials, the council said.\n';
		for (const question of [
			"How big was the governor's delegation?",
			"What was the size of the governor's delegation?",
			'how large was her contingent',
		]) {
			const answer = found(await answerWithLines(lines, question));
			expect(answer.passages[0]?.quote.text, question).toMatch(/\b12 officials\b/u);
			expect(answer.shortAnswer, question).toBe('12 officials');
		}
	});

	test('GIVEN the size of a group asked by a general word for it ("group", "team") THEN the count of the party is the answer', async () => {
		const lines =
			'Governor Mia Park came to Riverton on Monday to open the bridge.\nShe travelled with a party of 18 officials and aides.\n';
		for (const question of [
			'How big was the group travelling with the governor?',
			'how large was the team that came with the governor',
		]) {
			const answer = found(await answerWithLines(lines, question));
			expect(answer.passages[0]?.quote.text, question).toMatch(/\bparty of 18 officials\b/u);
		}
	});

	test('GIVEN how long someone met or spent with a person THEN the length told beside that person, not of a visit', async () => {
		// The article gives the visit's length ("his two days visit") beside the same names.
		const paragraph =
			'Later that day Imran Khan received Lavrov at his office. Their talks went on for about 70 minutes, officials said.';
		for (const question of [
			'How long did Lavrov meet Imran Khan?',
			'how long did the PM spend with the visiting foreign minister',
		]) {
			const answer = found(await answerWithParagraph(paragraph, question));
			expect(answer.passages[0]?.quote.text, question).toMatch(/\b70 minutes\b/u);
		}
	});

	test('GIVEN how long someone was with a person, at a place THEN the length of their meeting, "a call on" one; none told THEN declined', async () => {
		const paragraph =
			'Later that day Lavrov called on Imran Khan at his office, and the call took about 50 minutes. He then drove to army headquarters in Rawalpindi to see General Bajwa.';
		for (const question of [
			'how long was Lavrov with Imran Khan at his office?',
			'How long did Lavrov meet Imran Khan?',
		]) {
			const answer = found(await answerWithParagraph(paragraph, question));
			expect(answer.passages[0]?.quote.text, question).toMatch(/\b50 minutes\b/u);
		}
		// Staying with someone is a stay, no meeting.
		expect(
			found(await answerWithParagraph(paragraph, 'how long was lavrov staying with imran khan in islamabad?'))
				.passages[0]?.quote.text,
		).not.toMatch(/\b50 minutes\b/u);
		// Where they met is no stay: the visit's "two days" is no answer.
		expect(await answerWithParagraph(paragraph, 'how long was lavrov w/ bajwa in rawalpindi?')).toMatchObject({
			found: false,
			reason: { kind: 'detail-missing' },
		});
	});

	test('GIVEN how long two people talked THEN the length of their conversation, not of a flight beside a name like theirs', async () => {
		const paragraph =
			'Lavrov landed at the Nur Khan air base after a flight of two hours from Delhi, where he had held talks. In the afternoon Prime Minister Imran Khan received him for a conversation of about 50 minutes.';
		for (const question of [
			'how long did lavrov n imran khan actually talk for',
			'How long did Lavrov talk with Imran Khan?',
		]) {
			const answer = found(await answerWithParagraph(paragraph, question));
			expect(answer.passages[0]?.quote.text, question).toMatch(/\b50 minutes\b/u);
			expect(answer.shortAnswer, question).toMatch(/50 minutes/u);
		}
	});

	test('GIVEN the time of day someone left THEN the hour they took off, before a part of the day or the hour they landed', async () => {
		const paragraphs = [
			'Lavrov landed at the air base at 5:40 pm on Tuesday.',
			'Lavrov wrapped up his visit to Pakistan on Wednesday evening, officials said.',
			'Lavrov took off from the air base at 7:15 pm on Wednesday, bound for Moscow.',
		].join('\n');
		for (const question of [
			'wat time did lavrov fly out of pak on wed',
			'What time did Lavrov leave Pakistan on Wednesday?',
		]) {
			const answer = found(await answerWithParagraph(paragraphs, question));
			expect(answer.passages[0]?.quote.text, question).toMatch(/7:15 pm/u);
		}
	});

	test('GIVEN a sum asked as "the number" or "the figure" in a currency THEN the passage giving it in that currency', async () => {
		const lines = 'Trade between the two towns came to about 40 million euros last year, officials said.\n';
		for (const question of [
			'whats the actual trade number btwn the towns in €',
			'what is the trade figure between the towns in euros',
		]) {
			const answer = found(await answerWithLines(lines, question));
			expect(answer.passages[0]?.quote.text, question).toMatch(/\b40 million euros\b/u);
		}
	});

	test("GIVEN people in a delegation counted WHERE a sentence of its own tells the party's make-up THEN its count, not others beside it", async () => {
		const lines =
			'Mayor Ana Lopez will lead a delegation of people from Riverton to Lyon on Friday.\nThe Riverton party numbered 12 officials, the council said. A pool of five reporters travelled on the same bus.\n';
		const answer = found(await answerWithLines(lines, 'how many people were in the Riverton delegation?'));
		expect(answer.passages[0]?.quote.text).toMatch(/\bparty numbered 12 officials\b/u);
		expect(answer.shortAnswer).toBe('12 officials');
	});

	test('GIVEN everyday words for the text\'s ("firms" for "companies", "jet" for "aircraft") THEN the passage saying it is found', async () => {
		const lines =
			"Forty companies from the region will bid for the bridge contract.\nThe governor's aircraft landed at Riverton Airbase at noon.\n";
		for (const [question, said] of [
			['how many firms will bid for the contract', /\bForty companies\b/u],
			["when did the governor's jet land", /\baircraft landed\b/u],
			['which airport did the governor land at', /\bRiverton Airbase\b/u],
		] as const) {
			expect(found(await answerWithLines(lines, question)).passages[0]?.quote.text, question).toMatch(said);
		}
	});

	test('GIVEN why the visit is a big deal THEN the passage saying it is the first in years comes first, however low it ranked', () => {
		for (const question of ['why is lavrov coming such a big deal', 'Why was the Russian minister’s visit notable?']) {
			expect(found(answerQuestion(briefing, question)).passages[0]?.quote.text, question).toMatch(
				/first .* nine years/u,
			);
		}
	});

	test('GIVEN words of the question in the quote THEN they are highlighted', () => {
		const answer = found(answerQuestion(briefing, 'Which vaccine was discussed?'));
		const quote = answer.passages[0]?.quote.text ?? '';
		const words = answer.passages[0]?.highlights.map((span) => quote.slice(span.start, span.end).toLowerCase());
		expect(words).toContain('vaccine');
	});

	test('GIVEN a fact the agency section restates THEN it is shown once, noting the other paragraph', () => {
		const answer = found(
			answerQuestion(briefing, 'providing defense equipment and joint military exercises', { limit: 5 }),
		);
		const ids = answer.passages.map((passage) => passage.paragraph.number);
		expect(ids.filter((n) => n === 1 || n === 20)).toHaveLength(1);
		const kept = answer.passages.find((passage) => passage.paragraph.number === 1 || passage.paragraph.number === 20);
		expect(kept?.also).toContain(kept?.paragraph.number === 1 ? 20 : 1);
	});

	test('GIVEN a limit THEN the rest of the passages are returned as further, without overlap', () => {
		const answer = found(answerQuestion(briefing, 'Afghanistan peace', { limit: 2 }));
		expect(answer.passages).toHaveLength(2);
		expect(answer.further.length).toBeGreaterThan(0);
		const shown = new Set(answer.passages.map((passage) => passage.paragraph.number));
		for (const passage of answer.further) expect(shown.has(passage.paragraph.number)).toBe(false);
	});
});

describe('answerQuestion: short answers', () => {
	test("GIVEN the deadline of one thing asked THEN another thing's deadline is no bold answer", () => {
		// The article's only deadline is the United States' withdrawal's.
		const answer = found(answerQuestion(briefing, 'what is the deadline for the vaccine deliveries'));
		expect(answer.shortAnswer ?? '').not.toMatch(/May 1/u);
		expect(found(answerQuestion(briefing, "what's the deadline for the us withdrawal")).shortAnswer).toMatch(/May 1/u);
	});

	test('GIVEN when a guest left THEN the bold time is not the time of their landing, nor the other way round', async () => {
		const lines =
			'Governor Mia Park touched down in Riverton on Monday evening for the bridge vote.\nPark left Riverton shortly after 4 p.m. on Tuesday, seen off by the mayor.\n';
		const leaving = found(await answerWithLines(lines, 'what time did park fly out of riverton after the bridge vote'));
		expect(leaving.shortAnswer ?? '').not.toMatch(/Monday/u);
		const landing = found(await answerWithLines(lines, 'what time did park land in riverton, seen by the mayor'));
		expect(landing.shortAnswer ?? '').not.toMatch(/4 p\.m\./u);
	});

	test('GIVEN two times in one sentence THEN the bold time is the one beside the thing asked', async () => {
		const lines =
			'The Riverton council signed a lease with the ferry line more than a year ago and now plans a June 3 reopening of the pier.\n';
		const reopening = found(await answerWithLines(lines, 'when is the riverton pier reopening'));
		expect(reopening.shortAnswer).toMatch(/June 3/u);
		const lease = found(await answerWithLines(lines, 'when did the riverton council sign the lease'));
		expect(lease.shortAnswer).toMatch(/more than a year ago/u);
		// Two times of one kind: the second is read too.
		const dated = 'The Riverton council signed the lease on March 3, 2021 and the pier will reopen on June 9, 2022.\n';
		expect(found(await answerWithLines(dated, 'when will the riverton pier reopen')).shortAnswer).toMatch(/June 9/u);
		// A weekday and its date are one time, whichever part is nearer the question's words.
		const day = found(
			await answerWithLines(
				'On Tuesday (6 April) the Riverton ferry talks opened.\n',
				'when did the riverton ferry talks open',
			),
		);
		expect(day.shortAnswer).toMatch(/Tuesday/u);
	});

	test('GIVEN where an event took place THEN the bold place is from a sentence naming the event, not another event beside other words', () => {
		// The Bishkek summit's sentence shares "take" and "level" with the question, not the talks.
		const talks = found(answerQuestion(briefing, 'where did the FM-level talks take place'));
		expect(talks.shortAnswer ?? '').not.toMatch(/Bishkek/u);
		expect(found(answerQuestion(briefing, 'where will the IGC meeting take place')).shortAnswer).toBe('Moscow');
		expect(found(answerQuestion(briefing, 'where and when will the IGC meeting take place')).shortAnswer).toBe(
			'Moscow',
		);
		const qualified = found(answerQuestion(briefing, 'where and when did the FM-level talks in Pakistan take place'));
		expect(qualified.shortAnswer ?? '').not.toMatch(/Bishkek/u);
	});

	test.each([
		['How many doses did Russia deliver?', /^50,000 doses$/u],
		['How many doses will Pakistan buy?', /^5 million doses$/u],
		['How many years since a Russian foreign minister visited Pakistan?', /^nine years$/u],
		// "Gone without" asks the gap, not the length of the visit it ends.
		['How long had Pakistan gone without a visiting Russian foreign minister?', /^nine years$/u],
		// The words asking a gap ("gap", "since", "last") are no words to find, and a gap is no stay in Pakistan.
		["How long was the gap since Moscow's chief diplomat last came calling?", /^nine years$/u],
		['How long since a Russian FM last visited Pakistan?', /^nine years$/u],
		['When did Lavrov arrive in Pakistan?', /Tuesday \(6 April 2021\)/u],
		['When did the United States sign the agreement with the Taliban?', /last year \(2020\)/u],
		['Where did Imran Khan meet Putin?', /^Bishkek$/u],
		['In which decade did Pakistan back the fighters?', /^the 1980s$/u],
		['Where is the gas pipeline going?', /^from Karachi to Lahore$/u],
		['Who is fighting the Afghan government?', /Taliban/u],
		['What is the IGC?', /^Inter-Governmental Commission$/u],
		['What does SCO stand for?', /^Shanghai Cooperation Organization$/u],
		['wat does IIOJK even mean', /^Indian Illegally Occupied Jammu and Kashmir$/u],
		['Who is the army chief?', /^Qamar Javed Bajwa, Chief of Army Staff/u],
		// "He observed …", "He further said …": the person the sentences before name as their subject.
		['Who observed a new thinking in Pakistan?', /^Shah Mahmood Qureshi/u],
		['Who said Russia was ready to moderate a dialogue between Palestine and Israel?', /^Sergey Lavrov/u],
		// "deadline" names a time: the answer noun tells what kind of answer is asked for.
		['What is the deadline for the American pullout?', /May 1/u],
		// A part of a known person's name, an acronym the article gives a name, the report's dateline: looked up.
		['What is the surname of the army chief?', /^Bajwa$/u],
		['Give me the first name of the Pakistani foreign minister', /^Shah$/u],
		// A name in brackets, a number asked without "how many", an irregular past after the noun asked.
		['what is the pakistan stream pipeline also known as', /^North-South$/u],
		// The thing may be named by the words after the brackets ("… (North-South) Gas Pipeline").
		['what is the gas pipeline called in brackets', /^North-South$/u],
		['number of sputnik doses islamabad is going to buy?', /^5 million doses$/u],
		['what is the daily capacity of the stream gas pipeline project', /^1\.6 billion cubic feet/u],
		['which pakistani minister held a joint presser with lavrov', /^Shah Mahmood Qureshi/u],
		['who was next to the russian fm at the joint press conference', /^Shah Mahmood Qureshi/u],
		// Which end of a route, where something was posted, a noun qualified by a place ("meeting in Moscow").
		['where does the gas line end up', /^Lahore$/u],
		// A city gone to ("going to?" ending the question, "reach", "headed for") is a route's end, no venue.
		['Which city is the gas pipeline going to?', /^Lahore$/u],
		['which city will the gas pipeline reach', /^Lahore$/u],
		['Which city will the pipeline start from and go to?', /^from Karachi to Lahore$/u],
		['where did the pakistani foreign minister post his view', /^Twitter$/u],
		['which meeting in moscow did pakistan appreciate', /^Extended Troika$/u],
		['which two countries backed the islamist fighters in the 1980s', /^Pakistan and the United States$/u],
		// The owner before "'s" is read whole: "the russian fm" is one person, "fm" either.
		["what's the russian fm's first name", /^Sergey$/u],
		['What are the given names of the Pakistani foreign minister?', /^Shah Mahmood$/u],
		["What's the abbreviation for the Shanghai Cooperation Organization?", /^SCO$/u],
		['Which city is the report datelined?', /^Islamabad$/u],
		// A question typed as a noun phrase asks what it names.
		['deadline for the american pullout?', /May 1/u],
		['venue of the next IGC meeting', /^Moscow$/u],
		['year the taliban were ousted', /^2001$/u],
		["the army chief's name?", /^Qamar Javed Bajwa/u],
		["pakistan's foreign minister?", /^Shah Mahmood Qureshi/u],
		["what's the russian vaccine's name?", /^Sputnik-V$/u],
		// A measure asked is given by its number, not the word "capacity".
		['capacity of the pipeline?', /^1\.6 billion cubic feet/u],
		// "The number of doses", as "how many doses", is given by a count: the article lacks the word, not the answer.
		['the number of doses pakistan received from russia?', /^50,000 doses$/u],
		// A verb as asked ("will host") may be put otherwise ("due to meet in"); "anti Covid" is no vaccine's name.
		['which city will host the IGC?', /^Moscow$/u],
		["what's the vaccine called?", /^Sputnik-V$/u],
		// A question word left at the end asks what it asks in front.
		['lavrov came from where?', /^India$/u],
		// "Congratulate X on?": the phrase after "X on" in the sentence; a route asked is where it runs.
		['what did the prime minister congratulate russia on?', /^its development of Sputnik-V Vaccine$/u],
		["what's the route of the gas pipeline?", /^from Karachi to Lahore$/u],
		// Office holders counted by the names a sentence lists.
		['how many pakistani leaders did lavrov hold separate talks with', /^three \(.*Imran Khan.*Bajwa.*Qureshi\)$/u],
		// A body as where something is ("at the United Nations level"); "more" as the unit counted before it; a noun
		// that qualifies another ("a major gas pipeline") is no kind of it.
		['where has pakistan-russia coordination been excellent, per qureshi?', /^United Nations$/u],
		['how many more doses will russia send?', /^150,000 more$/u],
		['what kind of gas will the pipeline carry?', /^regasified liquefied natural gas$/u],
		// A participle clause after an office ("quoted about …"), "X stands for?", "X, full name?", "X name?", a rate,
		// a name opening the clause after a noun ("decade pakistan and the US …").
		['who is the american president quoted about the deadline?', /^Joe Biden/u],
		['SCO stands for?', /^Shanghai Cooperation Organization$/u],
		["Pakistan's foreign minister, full name?", /^Shah Mahmood Qureshi$/u],
		['russian vaccine name?', /^Sputnik-V$/u],
		['how much LNG per day?', /^1\.6 billion cubic feet per day$/u],
		['decade pakistan and the US backed the islamist fighters?', /^the 1980s$/u],
		// Who stays names no thing whose length is asked: the visit's length answers.
		['how long did the russian envoy stay?', /two-day/u],
		// Being in a place is staying there; a place typed lowercase is no thing that lasts.
		['how long was the russian fm in islamabad?', /two-day/u],
		// A stay's length is found far down where the closest passages say only where he was; a place typed as no
		// dictionary has it ("isb") is still where someone was, and a war's length ("decades-long") is no stay's.
		['how long was lavrov in pak for', /two-day/u],
		['how long was lavrov in isb for lol', /two-day/u],
		// A medium is said plainly and rarely: the passage that names one comes first, wherever it ranks, and the
		// words asking for one ("social media platform") are no words to find.
		['Which platform did Qureshi post on after meeting Lavrov?', /^Twitter$/u],
		['Which social media platform did Qureshi use to comment after the meeting?', /^Twitter$/u],
		// Whom someone called on, where the sentence has "who called on him": the one it speaks of, named before.
		['Whom did Lavrov call on during his visit?', /^Imran Khan/u],
	])('GIVEN "%s" THEN the short answer is %s', (question, expected) => {
		expect(found(answerQuestion(briefing, question)).shortAnswer).toMatch(expected);
	});

	test('GIVEN a quantity of a deed asked the other way round THEN no bold answer; asked the right way THEN the quantity', () => {
		const bold = (question: string) => {
			const answer = answerQuestion(briefing, question);
			return answer.found ? (answer.shortAnswer ?? '') : '';
		};
		// Russia provided the doses to Pakistan; Pakistan (Islamabad) will buy five million.
		expect(bold('How many doses did Russia give Pakistan?')).toMatch(/50,000/u);
		expect(bold('How many doses did Pakistan give Russia?')).not.toMatch(/\d/u);
		expect(bold('How many doses will Pakistan buy from Russia?')).toMatch(/5 million/u);
		expect(bold('How many doses will Russia buy from Pakistan?')).not.toMatch(/\d/u);
	});

	test('GIVEN whom someone did something to THEN the bold answer comes from a sentence stating the deed', () => {
		// The article has Lavrov arrive in Pakistan on Tuesday, and meet no one that day.
		const answer = answerQuestion(briefing, 'Who did Lavrov meet on Tuesday?');
		expect(answer.found ? (answer.shortAnswer ?? '') : '').not.toMatch(/Pakistan/u);
		expect(found(answerQuestion(briefing, 'Who did Imran Khan invite to Pakistan?')).shortAnswer).toMatch(/Putin/u);
	});

	test('GIVEN people counted of someone named THEN a list of names in a sentence not speaking of them counts nothing', () => {
		// The article lists whom Lavrov met, by his title; Putin met no one there.
		expect(found(answerQuestion(briefing, 'How many leaders did the Russian FM meet?')).shortAnswer).toMatch(
			/^three\b/u,
		);
		expect(answerQuestion(briefing, 'How many leaders did Putin meet?')).toMatchObject({
			found: false,
			reason: { kind: 'detail-missing' },
		});
		// Bajwa is one of those Lavrov met, by his own name: the list counts no one he met.
		expect(answerQuestion(briefing, 'How many officials did Bajwa meet?')).toMatchObject({
			found: false,
			reason: { kind: 'detail-missing' },
		});
	});

	test('GIVEN when a work will be finished THEN a time of its start is no answer: the detail is missing', () => {
		expect(answerQuestion(briefing, 'When is the gas pipeline expected to be finished?')).toMatchObject({
			found: false,
			reason: { kind: 'detail-missing' },
		});
		// Its start is given ("as soon as it is signed").
		expect(answerQuestion(briefing, 'when will construction on the gas pipeline start').found).toBe(true);
	});

	test('GIVEN a value found far down THEN its passage is cited once, never as a restatement of itself', () => {
		const answer = found(answerQuestion(briefing, 'how long was lavrov in pak for'));
		for (const passage of answer.passages) expect(passage.also).not.toContain(passage.paragraph.number);
		const numbers = [...answer.passages, ...answer.further].map((passage) => passage.paragraph.number);
		expect(new Set(numbers).size).toBe(numbers.length);
	});

	test('GIVEN a stay, a medium or whom someone did something to, asked of another one THEN no bold answer', () => {
		const boldOf = (question: string) => {
			const answer = answerQuestion(briefing, question);
			return answer.found ? answer.shortAnswer : undefined;
		};
		// The visit's length is the visitor's, where he was: not another person's, place's or thing's.
		for (const question of [
			'how long was qureshi in islamabad',
			'how long was lavrov in moscow',
			'How long did Soviet forces stay in Afghanistan?',
			'how long was lavrov in delhi before coming to pak',
		]) {
			expect(boldOf(question), question).toBeUndefined();
		}
		expect(boldOf('how long was the kremlin guy even in pak')).toMatch(/two/u);
		// The medium is the speaker's: another person's or a body's post is not said.
		for (const question of [
			'Which platform did Lavrov post on after the meeting?',
			"Which site did Pakistan's foreign ministry post its statement on?",
			"Which website did Russia's foreign ministry publish its statement on?",
		]) {
			expect(boldOf(question), question).toBeUndefined();
		}
		// Whom someone called on or invited: the one asked about must be the doer ("Lavrov, who called on him": Lavrov).
		for (const question of ['Who did Imran Khan call on?', 'Who did Putin invite?', 'who did bajwa brief']) {
			expect(boldOf(question), question).toBeUndefined();
		}
		// "The Prime Minister fondly recalled his interaction with President Vladimir Putin": his is the PM's.
		expect(boldOf('Who did Imran Khan interact with in Bishkek?')).toMatch(/Putin/u);
		// A deed done together ("interact with") may be asked of either side; a country acts through its own people,
		// and the doer is never whom it was done to.
		expect(boldOf('who did putin interact with')).toMatch(/Imran Khan/u);
		expect(boldOf('Who did Russia invite?')).toBeUndefined();
		expect(boldOf('Who did Pakistan invite?') ?? '').not.toMatch(/Imran Khan/u);
		// Being "in" or "at" something that is no place is no stay; another person's visit is not the visitor's.
		for (const question of [
			'how long was lavrov in talks with qureshi',
			'how long was lavrov at the press conference',
			"How long was Putin's visit to Pakistan?",
			'how long did qureshi visit russia',
			'how long was lavrov in afghanistan',
		]) {
			expect(boldOf(question) ?? '', question).not.toMatch(/two/u);
		}
		expect(boldOf("How long was Lavrov's visit to Pakistan?")).toMatch(/two/u);
		// "Say" or "use" alone ask what was said or used, not a medium.
		for (const question of [
			'Which site did Qureshi say the pipeline would run to?',
			'What platform did Qureshi use to buy the vaccine?',
		]) {
			expect(boldOf(question), question).toBeUndefined();
		}
	});

	test('GIVEN a time asked of a named thing THEN only a passage naming it may give it: a date beside other names is declined', () => {
		// "The hosting of the recent meeting of Extended Troika in Moscow" gives no date; "on Wednesday" dates other news.
		const troika = answerQuestion(briefing, 'what day did Moscow host the Extended Troika');
		expect(troika).toMatchObject({ found: false, reason: { kind: 'detail-missing' } });
		// The name is in the passage that dates it.
		expect(found(answerQuestion(briefing, 'On what day did Lavrov arrive in Pakistan?')).shortAnswer).toMatch(
			/Tuesday/u,
		);
	});

	test('GIVEN a day asked in a period ("which date last month …") THEN a weekday of the report\'s own week gives none', () => {
		const answer = answerQuestion(briefing, 'Which date last month was the Moscow conference on Afghanistan held?');
		expect(answer).toMatchObject({ found: false, reason: { kind: 'detail-missing', detail: 'when' } });
		// What the question is about is the conference, not the "date" it asks.
		if (!answer.found && answer.reason.kind === 'detail-missing') expect(answer.reason.subject).not.toBe('date');
		expect(found(answerQuestion(briefing, 'which day did lavrov arrive in pakistan')).shortAnswer).toMatch(/Tuesday/u);
	});

	test('GIVEN what someone said about a country the report names as itself THEN only a paragraph where both are gives it', () => {
		expect(answerQuestion(briefing, 'What did Imran Khan say about the Palestine issue?')).toMatchObject({
			found: false,
			reason: { kind: 'detail-missing' },
		});
		expect(answerQuestion(briefing, 'what did lavrov say about palestine').found).toBe(true);
		// A country the whole report is about is put otherwise ("the two countries"): no such check.
		expect(answerQuestion(briefing, 'what did qureshi say about russia').found).toBe(true);
		// A country whose name is also a common word ("china", porcelain) is a country all the same.
		expect(answerQuestion(briefing, 'What did Lavrov say about China?')).toMatchObject({
			found: false,
			reason: { kind: 'detail-missing' },
		});
	});

	test('GIVEN people counted in a group ("how many officials were in X\'s delegation") THEN a list of people elsewhere counts none', () => {
		expect(answerQuestion(briefing, "How many officials were in Lavrov's delegation to Islamabad?")).toMatchObject({
			found: false,
			reason: { kind: 'detail-missing', detail: 'the number of officials' },
		});
	});

	test('GIVEN a detail in the words of the whole question ("who leads the taliban") THEN still about what the article covers', () => {
		const answer = answerQuestion(briefing, 'who leads the taliban');
		expect(answer).toMatchObject({ found: false, reason: { kind: 'detail-missing' } });
		if (!answer.found && answer.reason.kind === 'detail-missing') expect(answer.reason.subject).toMatch(/taliban/iu);
	});

	test('GIVEN "how many <things> <verb> …" THEN the things are counted, not the words after the verb', () => {
		// "The first … in nine years, part of a warming": "part" of "took part" is no thing counted.
		const answer = answerQuestion(briefing, 'how many sailors took part in the joint naval drills?');
		expect(answer).toMatchObject({ found: false, reason: { kind: 'detail-missing', detail: 'the number of sailors' } });
		// A past form WordNet also files as an adjective ("attended") is the verb before its object.
		expect(answerQuestion(briefing, 'how many ministers attended the talks')).toMatchObject({
			found: false,
			reason: { kind: 'detail-missing', detail: 'the number of ministers' },
		});
		// A noun more often a verb ("grants") before an auxiliary is still the thing counted.
		expect(answerQuestion(briefing, 'how many study grants will pakistani students get')).toMatchObject({
			found: false,
			reason: { kind: 'detail-missing', detail: 'the number of study grants' },
		});
	});

	test('GIVEN "the name of <an office> who …" THEN the office is asked: one nobody holds is declined', () => {
		const answer = answerQuestion(briefing, 'what is the name of the foreign office spokesman who spoke to reporters');
		expect(answer).toMatchObject({ found: false, reason: { kind: 'detail-missing' } });
		expect(
			found(answerQuestion(briefing, 'what is the name of the russian minister who came to pakistan')).shortAnswer,
		).toMatch(/Lavrov/u);
	});

	test('GIVEN a part of a name the fact sheet knows but the article never writes THEN a detail it does not give', () => {
		for (const question of ["What is the army chief's full name?", 'the full name of the army chief lavrov met?']) {
			expect(answerQuestion(briefing, question)).toMatchObject({
				found: false,
				reason: { kind: 'detail-missing', detail: 'full name' },
			});
		}
	});

	test('GIVEN a place or a person of a role asked THEN none from a sentence on something else, nor of another role', () => {
		// The summit city is in a sentence that names neither Lavrov nor a visit.
		expect(found(answerQuestion(briefing, 'what city did lavrov visit')).shortAnswer).not.toBe('Bishkek');
		// A foreign minister is no general, a group named with "the" no person.
		expect(found(answerQuestion(briefing, 'which general did lavrov meet')).shortAnswer ?? '').not.toMatch(
			/Qureshi|Taliban/u,
		);
	});

	test('GIVEN a stop word where a question word would stand, "as per", "per cent", a term served THEN no new answer', () => {
		const there = answerQuestion(briefing, 'There were talks in Moscow last month?');
		expect(there.found ? (there.shortAnswer ?? '') : '').not.toMatch(/Afghanistan/u);
		expect(found(answerQuestion(briefing, 'how many doses will Pakistan buy, as per Qureshi?')).shortAnswer).toMatch(
			/5 million/u,
		);
		expect(found(answerQuestion(briefing, 'by how many per cent did trade rise?')).shortAnswer).toMatch(/46 percent/u);
		// Hanging about in a place is staying there: not declined for a length no passage gives the Kremlin's man.
		expect(answerQuestion(briefing, "how long was the kremlin's man hanging about in pakistan").found).toBe(true);
		const served = answerQuestion(briefing, 'how long did the minister serve?');
		expect(served.found ? (served.shortAnswer ?? '') : '').not.toMatch(/two-day/u);
		// A city a line starts from is no country something came from.
		const country = answerQuestion(briefing, 'came from which country');
		expect(country.found ? (country.shortAnswer ?? '') : '').not.toMatch(/Karachi/u);
		// Ministers counted by a list that names an army chief: no count.
		const ministers = answerQuestion(briefing, 'how many ministers did Lavrov meet?');
		expect(ministers.found ? (ministers.shortAnswer ?? '') : '').not.toMatch(/three/u);
	});

	test('GIVEN "who <verb> the <thing>" THEN no doer of that verb on another thing answers ("a US-led invasion")', () => {
		const answer = answerQuestion(briefing, 'who led the taliban delegation at the moscow talks?');
		expect(answer.found ? (answer.shortAnswer ?? '') : '').not.toMatch(/US|United States/u);
		// A name acted on may be named otherwise ("briefed lavrov" is "briefed his Russian counterpart").
		expect(found(answerQuestion(briefing, 'who briefed lavrov on kashmir?')).shortAnswer).toMatch(/Qureshi/u);
	});

	test('GIVEN "who <verb> X" where the article says "X <verb> …" THEN X is not the answer', () => {
		expect(found(answerQuestion(briefing, 'Who met Lavrov in Islamabad?')).shortAnswer ?? '').not.toMatch(/Lavrov/u);
	});

	test('GIVEN "what is X\'s title/job/role" THEN the office the knowledge gives X; a country has none', () => {
		const title = answerQuestion(briefing, "what's bajwa's title in this");
		expect(title.found && title.shortAnswer).toMatch(/Chief of Army Staff/u);
		const role = answerQuestion(briefing, "what's pakistan's role in afghanistan");
		expect(role.found ? role.shortAnswer : undefined).toBeUndefined();
	});

	test('GIVEN a question about the article itself THEN the answer comes from its metadata', () => {
		const author = found(answerQuestion(briefing, 'Who wrote this article?'));
		expect(author.basis).toBe('metadata');
		expect(author.shortAnswer).toContain('Asghar Ali Mubarak');
		expect(found(answerQuestion(briefing, 'When was it published?')).shortAnswer).toContain('7 April 2021');
		expect(found(answerQuestion(briefing, 'Which outlet published it?')).shortAnswer).toContain('TDMI News');
		// The dateline is cited where the article writes it, opening its first paragraph.
		const dateline = found(answerQuestion(briefing, 'Which city is the report datelined?'));
		expect(dateline.passages[0]?.quote.text).toMatch(/^ISLAMABAD:/u);
	});

	test('GIVEN the byline, headline or highlights asked THEN the line above the body is quoted as written', () => {
		const { byline, highlights, meta } = briefing.knowledge.article;
		expect(found(answerQuestion(briefing, 'who even wrote this lol')).frontMatter).toEqual({
			part: 'byline',
			text: byline,
		});
		expect(found(answerQuestion(briefing, 'whats the headline')).frontMatter?.text).toBe(meta.title);
		const bullets = found(answerQuestion(briefing, 'Per the bullet points up top, what did Russia vow?'));
		expect(bullets.frontMatter?.part).toBe('highlights');
		for (const line of highlights) expect(bullets.frontMatter?.text).toContain(line);
	});

	test('GIVEN the highlights asked of an article without any THEN it is no question about the article’s metadata', async () => {
		const { knowledge } = await loadFixtureBriefing();
		const question = 'what do the bullet points up top say about the ferry';
		expect(found(answerQuestion(createBriefing(knowledge), question)).basis).toBe('metadata');
		const bare = createBriefing({ ...knowledge, article: { ...knowledge.article, highlights: [] } });
		const asked = answerQuestion(bare, question);
		expect(asked.found ? asked.basis : 'not found').not.toBe('metadata');
	});

	test('GIVEN "what was the year of …" THEN only a year answers, not a decade', () => {
		const answer = found(answerQuestion(briefing, 'what was the year of the soviet withdrawal?'));
		expect(answer.shortAnswer ?? '').not.toMatch(/1980s/u);
	});

	test('GIVEN "who will supply …" THEN "supply" is the verb asked, not an adverb: who buys is no answer', () => {
		// "Qureshi said Islamabad will also buy 5 million doses of the vaccine …"
		const answer = found(answerQuestion(briefing, 'who will supply pakistan with the vaccine'));
		expect(answer.shortAnswer ?? '').not.toMatch(/Qureshi/u);
	});

	test('GIVEN a time asked of a deed THEN a date of the sentence before, sharing only the doer, gives none', () => {
		// "… recalled his interaction with President Putin … in Bishkek in June 2019. He reiterated the importance …"
		const answer = found(answerQuestion(briefing, 'when did khan say russia was a key foreign policy priority'));
		expect(answer.passages[0]?.quote.text).toMatch(/priority/u);
		expect(answer.shortAnswer ?? '').not.toMatch(/2019/u);
	});

	test('GIVEN a number of another deed than the one asked, in the same sentence THEN no bold answer', () => {
		// "will also buy 5 million doses … and … manufacture it": the number is bought, not made.
		const made = answerQuestion(briefing, 'how many vaccine doses will pakistan produce locally');
		expect(made.found ? (made.shortAnswer ?? '') : '').not.toMatch(/5 million/u);
		expect(found(answerQuestion(briefing, 'How many doses will Pakistan buy?')).shortAnswer).toMatch(/5 million/u);
	});

	test('GIVEN a place the question names ("the Moscow conference") THEN a sentence sharing only that place gives no answer', () => {
		const answer = answerQuestion(briefing, 'where was the Moscow conference held');
		expect(answer.found ? (answer.shortAnswer ?? '') : '').not.toMatch(/Afghanistan/u);
	});

	test('GIVEN "which city" THEN the cities the article names answer it, not the word "city"', () => {
		expect(found(answerQuestion(briefing, 'which city does the gas line start in')).shortAnswer).toBe('Karachi');
	});

	test('GIVEN "who … when she arrived" THEN the passage of her arrival that names others comes first, not one of her arriving alone', async () => {
		const answer = await answerWithLines(
			'\nGovernor Mia Park arrived in Riverton on Sunday for her first visit since the vote.\n' +
				'Her plane landed at the Riverton airfield at 6 pm. Mayor Ana Lopez and Councillor Tom Reed were waiting on the runway.\n',
			'Who greeted the governor when she arrived?',
		);
		expect(found(answer).passages[0]?.paragraph.text).toMatch(/waiting on the runway/u);
	});

	test('GIVEN "in which city will …" THEN a city the lexicon files under "city" is the answer, not a place the question names', async () => {
		// The shipped lexicon relates "city" to the article's cities as kinds of it, a loose relation; its tagger's
		// entities are given for the added sentence as it would tag it.
		const answer = await answerWithParagraph(
			'The ambassador said the embassy intends to open a visa centre in Lahore by the end of the year.',
			'In which city will the embassy open a visa centre?',
			{ place: ['Lahore'], date: ['year'] },
		);
		expect(found(answer).passages[0]?.quote.text).toMatch(/visa centre in Lahore/u);
	});
});

describe('answerQuestion: abstention', () => {
	test('GIVEN where someone went after leaving THEN where they came from is no answer: a detail the article lacks', () => {
		const answer = answerQuestion(briefing, 'where did lavrov head after he left islamabad');
		expect(answer).toMatchObject({ found: false, reason: { kind: 'detail-missing' } });
	});

	test('GIVEN "which X" of a concrete thing THEN a kind of it answers only in the closest passages, not elsewhere', () => {
		// "Gas" is a kind of fuel the article has, but not where it speaks of the army chief.
		const answer = answerQuestion(briefing, 'Which fuel did the army chief offer Lavrov?');
		expect(answer).toMatchObject({ found: false, reason: { kind: 'detail-missing', detail: 'fuel' } });
		expect(found(answerQuestion(briefing, 'Which fuel will the pipeline carry?')).passages[0]?.quote.text).toMatch(
			/gas/iu,
		);
		// A person is no kind of a thing: "Khan" is an inn in WordNet, but Imran Khan is no inn Lavrov stayed at.
		expect(answerQuestion(briefing, 'Which inn did Lavrov stay at?')).toMatchObject({
			found: false,
			reason: { kind: 'detail-missing', detail: 'inn' },
		});
	});

	test('GIVEN whether there was any of a concrete thing the article never names THEN it is the detail missing', () => {
		for (const question of ['did qureshi give lavrov any gift', 'In any case, did Qureshi give Lavrov any gift?']) {
			expect(answerQuestion(briefing, question), question).toMatchObject({
				found: false,
				reason: { kind: 'detail-missing', detail: 'gift' },
			});
		}
		// One it names, in its own words or another's, is there to find.
		expect(
			found(answerQuestion(briefing, 'has russia sent pakistan any vaccine doses')).passages[0]?.quote.text,
		).toMatch(/doses/u);
	});

	test('GIVEN which ones where the best passage says they were not named THEN which is the detail missing', async () => {
		const withheld = await answerWithParagraph(
			'Lavrov said 14 Russian companies want to build the pipeline, although he declined to name any of them.',
			'Which are the 14 Russian companies that want to build the pipeline?',
		);
		// What the text says of the thing, not of the number counting it, is shown.
		expect(withheld).toMatchObject({
			found: false,
			reason: { kind: 'detail-missing', detail: 'which companies', subject: 'pipeline' },
		});
		expect(withheld.found === false && withheld.closest[0]?.quote.text).toMatch(/declined to name/u);
		// Details kept back of a kind the text names ("special military equipment … without going into detail"): the
		// kind answers a plain "which".
		expect(answerQuestion(briefing, 'which equipment will russia supply to pakistan').found).toBe(true);
		// Names given after all, another thing kept back, or who kept it back asked: answered.
		for (const [paragraph, question] of [
			[
				'Lavrov said 14 Russian companies, among them Gazprom and Rosneft, want to build the pipeline.',
				'Which are the 14 Russian companies that want to build the pipeline?',
			],
			[
				'Lavrov declined to name the Russian companies that want to build the pipeline, but Qureshi said Gazprom and Rosneft were among them.',
				'which are the russian companies that want to build the pipeline',
			],
			[
				'Russia will supply Pakistan with Mi-35 helicopters, Lavrov said, though he declined to name a delivery date for the helicopters.',
				'Which helicopters will Russia supply to Pakistan?',
			],
			[
				'Lavrov said Gazprom would build the pipeline. He declined to name the other companies that want to build the pipeline.',
				'Which minister declined to name the companies?',
			],
		] as const) {
			expect((await answerWithParagraph(paragraph, question)).found, question).toBe(true);
		}
	});

	test('GIVEN what a thing held that the article has no word for THEN the thing is the detail missing', () => {
		expect(answerQuestion(briefing, 'what was on the menu when lavrov met imran khan')).toMatchObject({
			found: false,
			reason: { kind: 'detail-missing', detail: 'menu' },
		});
		// A thing it names is there to read.
		for (const question of [
			'what was on the agenda of the talks',
			"what was in the russian foreign ministry's statement",
			// An idiom of what is coming holds nothing.
			'what was in the offing when lavrov met khan',
		]) {
			expect(answerQuestion(briefing, question).found, question).toBe(true);
		}
	});

	test('GIVEN whether there were any of a kind of people the article never names THEN the kind is the detail missing', () => {
		expect(answerQuestion(briefing, 'did lavrov meet any opposition leaders while in pakistan')).toMatchObject({
			found: false,
			reason: { kind: 'detail-missing', detail: 'opposition' },
		});
		// A kind it names is there to find.
		expect(answerQuestion(briefing, 'did lavrov meet any government officials').found).toBe(true);
	});

	test('GIVEN a person of a nationality no one in the article has THEN which one is the detail missing', () => {
		// The article names China (at the Moscow conference), but no Chinese person; WordNet has "Chinese" only as a
		// form of "China", country data as its people.
		expect(answerQuestion(briefing, 'Which Chinese official met Lavrov?')).toMatchObject({
			found: false,
			reason: { kind: 'detail-missing', detail: 'which chinese official' },
		});
		expect(found(answerQuestion(briefing, 'which pakistani official met lavrov')).shortAnswer).toMatch(/Qureshi/u);
	});

	test('GIVEN who does, did or will do a deed the article never states THEN the doer is the detail missing', () => {
		// The article names the commission's meeting and the pipeline, never who chairs or finances them.
		for (const question of [
			"who will chair the commission's meeting in Moscow",
			'who is financing the gas pipeline',
			"who's actually financing the gas pipeline",
			'who is going to co-chair the intergovernmental commission',
			// Done: "Inter-Governmental" shares "inter" with "interpreted", too little of it to be of its family.
			'Who interpreted for Lavrov and Imran Khan during their meeting?',
		]) {
			expect(answerQuestion(briefing, question), question).toMatchObject({
				found: false,
				reason: { kind: 'detail-missing', detail: expect.stringMatching(/^who/u) },
			});
		}
		// A deed it states, in its words, a close or a broader one, or another form of them, has its doer; so does
		// leading what an office is named for.
		for (const question of [
			'who is visiting Islamabad',
			'who will moderate a dialogue between Palestine and Israel',
			'who is threatening more violence',
			'who is waging war in Afghanistan',
			"who heads Pakistan's army",
			'who hosted the conference on afghanistan',
			'who battled the soviet forces',
			// The byline's, and a verb of will before the deed asked.
			'who reported on the visit',
			'who decided to hold the commission meeting in Moscow',
		]) {
			expect(answerQuestion(briefing, question).found, question).toBe(true);
		}
	});

	test('GIVEN what someone discussed in a place THEN only a discussion in a paragraph naming the place answers', () => {
		// Lavrov came from New Delhi; the article says what he discussed in Pakistan, not there ("new" is no name of it).
		for (const question of ['what did lavrov talk about in new delhi', 'what did lavrov discuss in india']) {
			expect(answerQuestion(briefing, question), question).toMatchObject({
				found: false,
				reason: { kind: 'detail-missing', detail: expect.stringMatching(/^what lavrov discussed in /u) },
			});
		}
		expect(answerQuestion(briefing, 'what did lavrov talk about in pakistan').found).toBe(true);
	});

	test('GIVEN when a named thing will happen THEN only a time in a sentence naming it answers', async () => {
		// The paragraph naming the vaccine gives when the pipeline's work begins, in another sentence: no time of it.
		expect(
			answerQuestion(briefing, 'When is Pakistan going to begin producing the Sputnik-V vaccine itself?'),
		).toMatchObject({ found: false, reason: { kind: 'detail-missing', detail: 'when' } });
		// A time in the sentence naming the thing answers.
		const answer = found(answerQuestion(briefing, 'When will the Inter-Governmental Commission next meet?'));
		expect(answer.passages[0]?.quote.text).toMatch(/Inter-Governmental Commission[^.]*later this year/u);
		// Or in the sentence after one naming it, which may speak of it in other words.
		const lines =
			'The Riverton-Lakeside ferry drill was announced on Monday. Officials said the exercise will start next month.\n';
		const drill = found(await answerWithLines(lines, 'When will the Riverton-Lakeside ferry drill start?'));
		expect(drill.passages[0]?.quote.text).toMatch(/next month/u);
	});

	test('GIVEN when someone left on a day the question gives THEN the time of day is the detail missing, not another date', () => {
		// The article says he was in Islamabad on Wednesday, not when he left; "last year" dates something else.
		expect(answerQuestion(briefing, 'when did lavrov leave on wednesday')).toMatchObject({
			found: false,
			reason: { kind: 'detail-missing', detail: 'what time' },
		});
	});

	test('GIVEN how long something lasted THEN a period named as a point ("last month") or a rate is no length of it', () => {
		const answer = answerQuestion(briefing, "how long was lavrov's meeting with Bajwa");
		expect(answer).toMatchObject({ found: false, reason: { kind: 'detail-missing' } });
		// The length the article does give still answers.
		expect(found(answerQuestion(briefing, "how long was lavrov's visit")).shortAnswer).toMatch(/two/u);
	});

	test.each([
		['What did Lavrov say about Ukraine?', 'Ukraine'],
		['Who is the president of France?', 'France'],
		['What did Lavrov say about cricket?', 'cricket'],
		// A name the article lacks ends the topic: the war it has is not that war.
		["What did Moscow's top diplomat say about the war in Syria?", 'Syria'],
		['did lavrov say anything about ukraine while he was in islamabad', 'ukraine'],
	])('GIVEN "%s" THEN it says the article does not mention %s', (question, word) => {
		const answer = answerQuestion(briefing, question);
		expect(answer.found).toBe(false);
		if (!answer.found) {
			expect(answer.missing).toContain(word);
			expect(answer.related.length).toBeGreaterThan(0);
		}
	});

	test('GIVEN "how long did X last" THEN "long" and "last" are no topic: a length of another thing does not answer', () => {
		const meeting = answerQuestion(briefing, "How long did Lavrov's meeting with the premier last?");
		expect(meeting.found).toBe(false);
		if (!meeting.found) expect(meeting.reason).toMatchObject({ kind: 'detail-missing', detail: 'how long' });
		const visit = answerQuestion(briefing, "how long did lavrov's visit last");
		expect(visit.found && visit.shortAnswer).toMatch(/two-day/u);
	});

	test('GIVEN "how long did X last" where a passage lower down gives X\'s length THEN it comes first; a length of something else beside the names does not', async () => {
		const question = 'How long did the Qureshi-Lavrov talks last?';
		const told = await answerWithParagraph(
			'On Thursday Qureshi drove his guest to the lake, where the two men held talks that ran for about three hours.',
			question,
		);
		expect(found(told).passages[0]?.quote.text).toMatch(/three hours/u);
		expect(found(told).shortAnswer).toMatch(/three hours/u);
		const other = await answerWithParagraph('Talks of this kind have been held at the lake for years.', question);
		expect(other.found && other.shortAnswer).toBeFalsy();
	});

	test('GIVEN a thing of a kind the article names nothing of (a dish) THEN not covered, naming it; a slip near its words is no such thing', () => {
		for (const [question, thing] of [
			['where can I get good sushi in Islamabad?', 'sushi'],
			['any good lasagna recipe from moscow', 'lasagna'],
		] as const) {
			const answer = answerQuestion(briefing, question);
			expect(answer, question).toMatchObject({ found: false, reason: { kind: 'not-covered' } });
			if (!answer.found) expect(answer.missing).toContain(thing);
		}
		// "Moth" is an insect, but one edit from the article's "month".
		expect(answerQuestion(briefing, 'what did russia host last moth').found).toBe(true);
	});

	test('GIVEN a name the article lacks qualifying a topic it covers ("the Himalayan region") THEN it is answered', () => {
		expect(answerQuestion(briefing, 'What did Qureshi tell his guest about the disputed Himalayan region?').found).toBe(
			true,
		);
	});

	test('GIVEN two names the article has, but never in one paragraph THEN it says so rather than pick one', () => {
		const answer = answerQuestion(briefing, 'What did Lavrov say about the economy of China?');
		expect(answer).toMatchObject({ found: false, reason: { kind: 'not-together' } });
		if (!answer.found) expect(answer.missing).toEqual(expect.arrayContaining(['economy', 'China']));
		expect(answerQuestion(briefing, 'Which countries took part in the Moscow conference on Afghanistan?').found).toBe(
			true,
		);
	});

	test('GIVEN "what is the X of Y" with an X the article never names THEN it abstains on X, though it has Y', () => {
		for (const [question, focus] of [
			['What is the price of the Sputnik vaccine?', 'price'],
			['What is the cost of the pipeline?', 'cost'],
		]) {
			const answer = answerQuestion(briefing, question ?? '');
			expect(answer).toMatchObject({ found: false, reason: { kind: 'detail-missing', detail: focus } });
			// What the article does say about the subject comes with it.
			if (!answer.found) expect(answer.closest.length).toBeGreaterThan(0);
		}
	});

	test('GIVEN "which X" with a concrete X the text speaks of only as a kind ("his hotel") THEN which one is missing', async () => {
		const question = 'Which hotel did the delegation stay at?';
		expect(
			await answerWithParagraph('The delegation was then driven from the airbase to its hotel.', question),
		).toMatchObject({ found: false, reason: { kind: 'detail-missing', detail: 'which hotel' } });
		// Asked with its preposition first, the same.
		expect(
			await answerWithParagraph(
				'The delegation was then driven from the airbase to its hotel.',
				'At which hotel did the delegation stay?',
			),
		).toMatchObject({ found: false, reason: { kind: 'detail-missing', detail: 'which hotel' } });
		expect(
			(await answerWithParagraph('The delegation was then driven from the airbase to the Marlow Hotel.', question))
				.found,
		).toBe(true);
	});

	test('GIVEN a plain "which X" THEN a place or a name tells which; an owner, a people or where "a X" is does not', async () => {
		const asked = async (paragraph: string, question: string) => (await answerWithParagraph(paragraph, question)).found;
		// "Islamabad airport" is one airport; "a gift of a samovar" says which gift.
		expect(
			await asked('The plane touched down at Karachi airport after dark.', 'Which airport did the plane land at?'),
		).toBe(true);
		expect(
			await asked('The mayor handed Reed a gift of a silver samovar.', 'Which gift did the mayor hand Reed?'),
		).toBe(true);
		// Whose hotel, or where a hotel is, is not which one: before a comma either.
		expect(
			await asked("Reed spent the night at the delegation's hotel.", 'Which hotel did Reed spend the night at?'),
		).toBe(false);
		expect(
			await asked(
				'Reed spent the night at a hotel in the old town, where the talks were held.',
				'Which hotel did Reed spend the night at?',
			),
		).toBe(false);
		// A kind the article writes after a name ("the Sputnik-V vaccine") is one it names.
		expect(answerQuestion(briefing, 'Which vaccine will Pakistan buy?').found).toBe(true);
	});

	test('GIVEN "which X" where the text has "a X" only where it is ("a hotel in the capital") THEN which one is missing', async () => {
		const question = 'Which hotel was the delegation staying at?';
		const unnamed = await answerWithParagraph(
			'A motorcade then carried the delegation from the airbase to a hotel in the capital.',
			question,
		);
		expect(unnamed).toMatchObject({ found: false, reason: { kind: 'detail-missing', detail: 'which hotel' } });
		for (const named of ['to a hotel called the Marlow in the capital', 'to the Marlow Hotel in the capital']) {
			const text = `A motorcade then carried the delegation from the airbase ${named}.`;
			expect((await answerWithParagraph(text, question)).found).toBe(true);
		}
	});

	test('GIVEN "which X" with a concrete X the article never names THEN it abstains on X; an abstract X it does not', () => {
		for (const [question, focus] of [
			['Which hotel did Lavrov stay at in Islamabad?', 'hotel'],
			['What souvenirs did Qureshi hand Lavrov?', 'souvenirs'],
			['How many tanks will Russia give Pakistan?', 'tanks'],
		]) {
			expect(answerQuestion(briefing, question ?? '')).toMatchObject({
				found: false,
				reason: { kind: 'detail-missing', detail: focus },
			});
		}
		expect(answerQuestion(briefing, 'What vaccine did Russia provide to Pakistan?').found).toBe(true);
		expect(answerQuestion(briefing, 'What military gear is Russia going to supply?').found).toBe(true);
	});

	test('GIVEN an open focus with a qualifier ("the main aim of") THEN the qualifier is searched no more than the focus', () => {
		const answer = answerQuestion(briefing, "What is the main aim of Lavrov's visit?");
		// "Main" of "the main supporters of the Islamist fighters" is no answer to it.
		expect(answer.found ? answer.passages[0]?.paragraph.text : '').not.toMatch(/main supporters/u);
	});

	test('GIVEN an open focus ("the aim of", "the outcome of") THEN the question is answered about what follows', () => {
		const aim = found(answerQuestion(briefing, 'What is the aim of the pipeline project?'));
		expect(aim.passages[0]?.paragraph.text).toMatch(/pipeline/iu);
		const significance = found(answerQuestion(briefing, 'What is the significance of the visit?'));
		expect(significance.passages[0]?.paragraph.text).toMatch(/visit/iu);
	});

	test('GIVEN only stop words or nothing THEN it asks for a question instead of guessing', () => {
		for (const question of ['', '   ', 'what is the', '?!']) {
			const answer = answerQuestion(briefing, question);
			expect(answer.found).toBe(false);
			if (!answer.found) expect(answer.reason).toEqual({ kind: 'empty' });
		}
	});

	test('GIVEN a time asked THEN a date in a sentence about something else does not answer it', async () => {
		const fixture = await loadFixtureBriefing();
		const question = 'When will the regional governor pay half the cost?';
		// The paragraph on the cost gives a month for the works ("start in May"), not for the payment.
		expect(answerQuestion(fixture, question, { typedSentenceCoverage: 0 }).found).toBe(true);
		expect(answerQuestion(fixture, question)).toMatchObject({ found: false, reason: { kind: 'detail-missing' } });
		expect(found(answerQuestion(fixture, 'Until what date can residents comment?')).shortAnswer).toBe('June 30');
	});

	test('GIVEN a later report restating a fact with the time of day asked THEN it is cited, not hidden under the first', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'briefing-restated-'));
		try {
			await cp(TWO_SOURCES_DIR, dir, { recursive: true });
			await appendFile(
				join(dir, 'sources', 'valley', 'article.txt'),
				'The town council approved the new bridge over the Wend river on Monday evening.\n',
			);
			const fixture = createBriefing(await loadKnowledge(dir));
			const answer = found(answerQuestion(fixture, 'What time did the council approve the bridge on Monday?'));
			expect(answer.passages[0]?.quote.text).toMatch(/Monday evening/u);
		} finally {
			await rm(dir, { recursive: true, force: true });
		}
	});

	test('GIVEN the value of a thing asked THEN a sum of money answers it, though the article never says "value"', async () => {
		const fixture = await loadTwoSourceBriefing();
		const answer = found(answerQuestion(fixture, 'what is the value of the new bridge?'));
		const shown = [...answer.passages, ...answer.further];
		expect(shown.some((passage) => /\d+ million euros/u.test(passage.quote.text))).toBe(true);
	});

	test('GIVEN another article THEN questions are answered from it and its date', async () => {
		const fixture = await loadFixtureBriefing();
		const answer = found(answerQuestion(fixture, 'How much will the bridge cost?'));
		expect(answer.shortAnswer).toBe('12 million euros');
		expect(answer.asOf).toBe('2024-03-04');
		expect(answerQuestion(fixture, 'What did the mayor say about Lavrov?').found).toBe(false);
	});
});

describe('answerQuestion: questions in people’s words', () => {
	test('GIVEN "when did X <deed>" THEN a bold time only from a sentence stating the deed', () => {
		// Putin never visited: "June 2019" dates the premier's interaction with him in Bishkek.
		expect(found(answerQuestion(briefing, 'When did Putin visit Pakistan?')).shortAnswer).toBeUndefined();
		expect(found(answerQuestion(briefing, 'When did Lavrov arrive in Pakistan?')).shortAnswer).toMatch(/Tuesday/u);
	});

	test('GIVEN "took a trip" THEN the noun says what was done: the passage cited tells of the visit', () => {
		const [best] = found(answerQuestion(briefing, 'Who took a trip to Islamabad?')).passages;
		expect(best?.quote.text).toMatch(/\bvisit/u);
	});

	test('GIVEN a topic after "on" the article puts otherwise THEN answered; one after "about" it lacks THEN declined', async () => {
		const fixture = await loadFixtureBriefing();
		// "On" also opens a place or an idiom ("on the runway", "on schedule"): its word is no topic the answer needs.
		expect(found(answerQuestion(fixture, 'Why did Reed vote no on the scheme?')).passages[0]?.quote.text).toMatch(
			/Reed voted against/u,
		);
		expect(answerQuestion(fixture, 'What did Reed say about the radio?')).toMatchObject({
			found: false,
			reason: { kind: 'not-covered', missing: ['radio'] },
		});
	});

	test("GIVEN a year the article never gives, after a word of time THEN declined naming it; its date's year or a count THEN not", async () => {
		const lines = '\n\nThe council set a target of 40 new bridges for 2030 and opened 3 of them in 1998.\n';
		const dated = (question: string) => answerWithLines(lines, question);
		expect(await dated('What target did the council set for 2035?')).toMatchObject({
			found: false,
			reason: { kind: 'not-covered', missing: ['2035'] },
		});
		expect(await dated('What did the council say in 2015?')).toMatchObject({
			found: false,
			reason: { kind: 'not-covered', missing: ['2015'] },
		});
		// Given by the text, or the year the article is dated: answered.
		expect(found(await dated('What target did the council set for 2030?')).passages[0]?.quote.text).toMatch(/2030/u);
		expect((await dated('What bridges did the council open in 2024?')).found).toBe(true);
		// A number that is no year of anything ("2000 bridges", "for 2000 bridges") is compared, not looked up; asked yes
		// or no, the passages dating it answer.
		expect((await dated('Did the council plan 2000 bridges?')).found).toBe(true);
		const target = 'The council set a target of 40 new bridges for 2030.';
		expect((await answerWithParagraph(target, 'What target did the council set for 2000 bridges?')).found).toBe(true);
		expect((await dated('Did the council open the bridges in 2015?')).found).toBe(true);
	});

	test('GIVEN a newsroom metonym THEN it stands for what the article names ("the Kremlin" for Russia and Moscow)', () => {
		const answer = found(answerQuestion(briefing, 'What hardware is the Kremlin offering its partner?'));
		expect(answer.passages[0]?.paragraph.text).toMatch(/equipment/iu);
	});

	test('GIVEN a word the article lacks THEN a WordNet relative of it is matched, without a veto', () => {
		const answer = found(answerQuestion(briefing, 'Which general did Moscow’s envoy hold talks with?'));
		expect(answer.passages.slice(0, 3).map((passage) => passage.paragraph.text)).toContainEqual(
			expect.stringMatching(/COAS Bajwa/u),
		);
	});

	test('GIVEN misspelled ordinary words and chat shorthand THEN they are read as meant', () => {
		const typos = found(answerQuestion(briefing, 'wat did imran say abt afganistan'));
		expect(typos.passages[0]?.paragraph.text).toMatch(/Afghanistan/u);
		const conference = found(answerQuestion(briefing, 'who attended the conferance in moscow last month'));
		expect(conference.passages[0]?.paragraph.text).toMatch(/conference/u);
	});

	test('GIVEN "who is" an office the knowledge gives no one THEN the detail is missing; one it gives someone is answered', () => {
		expect(answerQuestion(briefing, 'Who is the mayor of Islamabad?')).toMatchObject({
			found: false,
			reason: { kind: 'detail-missing', detail: expect.stringMatching(/mayor/u) },
		});
		expect(answerQuestion(briefing, "Who is India's foreign secretary?")).toMatchObject({
			found: false,
			reason: { kind: 'detail-missing', detail: 'who the foreign secretary is' },
		});
		expect(found(answerQuestion(briefing, 'who is the president of russia')).shortAnswer).toMatch(/Putin/u);
		// Any office holder leads: "the leader of …" is never missing, and is answered only by a person of that country.
		const leader = found(answerQuestion(briefing, 'who is the leader of russia'));
		expect(leader.shortAnswer ?? '').not.toMatch(/Qureshi|Khan|Bajwa/u);
		expect(answerQuestion(briefing, "Who is Khan's adviser?")).toMatchObject({
			reason: { detail: 'who the adviser is' },
		});
	});

	test('GIVEN a stay asked with "since" THEN the stay, not the gap since the last visit', () => {
		for (const question of [
			'How long was Lavrov in Pakistan since he landed?',
			'How long did Lavrov stay in Pakistan since arriving on Tuesday?',
		]) {
			const answer = found(answerQuestion(briefing, question));
			expect(answer.passages[0]?.quote.text).toMatch(/two-day visit/u);
			expect(answer.shortAnswer ?? '').not.toMatch(/nine years/u);
		}
	});

	test('GIVEN a yes-no question about an office no one of that country holds THEN the detail is missing', () => {
		expect(answerQuestion(briefing, "Did Lavrov also meet Pakistan's president during the trip?")).toMatchObject({
			found: false,
			reason: { kind: 'detail-missing', detail: expect.stringMatching(/president/u) },
		});
		// One someone of that country holds is answered.
		expect(answerQuestion(briefing, "Did Lavrov meet Pakistan's army chief?").found).toBe(true);
	});

	test('GIVEN "which agency/company" and no organization in the closest passages THEN the detail is missing', () => {
		expect(answerQuestion(briefing, 'which agency will deliver the doses')).toMatchObject({
			found: false,
			reason: { kind: 'detail-missing' },
		});
		// Named in the passage, it answers.
		expect(found(answerQuestion(briefing, "Which organization's summit did Imran Khan attend?")).shortAnswer).toMatch(
			/Shanghai/u,
		);
	});

	test('GIVEN a time asked of a future event the closest passages give none for THEN the detail is missing', () => {
		// The article dates the leaders' past meeting, and names an invitation, but no date of a coming visit.
		expect(answerQuestion(briefing, 'When is the Russian president going to travel to Pakistan?')).toMatchObject({
			found: false,
			reason: { kind: 'detail-missing' },
		});
		expect(
			found(answerQuestion(briefing, 'When will the intergovernmental commission meet?')).passages[0]?.quote.text,
		).toMatch(/later this year/u);
	});

	test('GIVEN what a party said, and no close passage in which it speaks THEN how it reacted is missing', () => {
		// China is named in the article only among the countries others speak of.
		expect(answerQuestion(briefing, 'What did China say about Afghanistan?')).toMatchObject({
			found: false,
			reason: { kind: 'detail-missing', detail: 'what China said' },
		});
		// Whether someone accepted what the article only says was offered to them.
		expect(answerQuestion(briefing, 'Has Putin accepted the invitation to come to Pakistan?')).toMatchObject({
			found: false,
			reason: { kind: 'detail-missing', detail: 'how Putin answered' },
		});
		// A party to a deal it signed answered it, though it does not speak.
		expect(answerQuestion(briefing, 'Did the Taliban accept the US deal?').found).toBe(true);
		// A country speaks by its people and its capital: Pakistan's ministers say a great deal.
		expect(answerQuestion(briefing, 'What did Islamabad say about terrorism?').found).toBe(true);
	});

	test('GIVEN the name of a thing the article describes but never names THEN the name is the missing detail', () => {
		expect(answerQuestion(briefing, 'What is the name of the new protocol?')).toMatchObject({
			found: false,
			reason: { kind: 'detail-missing', detail: 'the name of the protocol' },
		});
		// Named just before the thing ("… Organization (SCO) Summit"), it answers.
		expect(
			found(answerQuestion(briefing, 'what is the name of the summit khan attended')).passages[0]?.quote.text,
		).toMatch(/Shanghai/u);
	});

	test('GIVEN "which <nationality> company" and only a title or a state tagged as one THEN the detail is missing', () => {
		expect(answerQuestion(briefing, 'what russian firm is laying the gas line')).toMatchObject({
			found: false,
			reason: { kind: 'detail-missing' },
		});
	});

	test('GIVEN "how long did X last" THEN "last" asks the length, and is no "last month" to find', () => {
		expect(found(answerQuestion(briefing, 'How long did the visit last?')).shortAnswer).toMatch(/two-day/u);
	});

	test('GIVEN who did something N years ago, where the article only counts that gap THEN the detail is missing', () => {
		// The article counts nine years since the last such visit, and names only this one's visitor.
		expect(answerQuestion(briefing, 'Which Russian minister came to Pakistan nine years ago?')).toMatchObject({
			found: false,
			reason: { kind: 'detail-missing', detail: 'who it was nine years ago' },
		});
		// Any other "ago" is left to the passages, which date it their own way ("last month").
		expect(answerQuestion(briefing, 'Who hosted the Afghan peace conference a month ago?').found).toBe(true);
	});

	test('GIVEN a count of another party than the passages holding one name THEN the detail is missing', () => {
		// The article counts the doses Russia gave Pakistan; India is named only elsewhere.
		expect(answerQuestion(briefing, 'How many vaccine doses did India receive from Russia?')).toMatchObject({
			found: false,
			reason: { kind: 'detail-missing', subject: 'India' },
		});
		// Capitals may be put otherwise ("between the two countries"): only countries must be named.
		expect(
			found(answerQuestion(briefing, 'What percentage did trade grow between Moscow and Islamabad?')).shortAnswer,
		).toMatch(/46/u);
	});

	test('GIVEN a count of a thing by a close relative of the article’s word ("jabs" for "doses") THEN it is counted', () => {
		expect(found(answerQuestion(briefing, 'how many jabs has russia sent so far')).shortAnswer).toMatch(/50,000/u);
	});

	test('GIVEN a count the article never gives near its subject THEN the detail is missing, with nearby passages', () => {
		const answer = answerQuestion(briefing, 'How many American troops are still in Afghanistan?');
		expect(answer).toMatchObject({ found: false, reason: { kind: 'detail-missing' } });
		if (!answer.found) expect(answer.closest[0]?.paragraph.text).toMatch(/Afghan/u);
	});

	test('GIVEN "what day" THEN the day is the kind of answer, not a word to find ("two-day" is no day asked for)', () => {
		const answer = found(answerQuestion(briefing, 'What day did Lavrov come to Pakistan?'));
		expect(answer.passages[0]?.quote.text).toMatch(/arrived/u);
		expect(answer.shortAnswer).toMatch(/Tuesday/u);
		// "What time" asks for a time of day, whatever the first sense of "time" is ("the first time a minister …"):
		// the article gives the day of the arrival, not its hour.
		const time = answerQuestion(briefing, 'what time did lavrov arrive in pakistan');
		expect(time).toMatchObject({ found: false, reason: { kind: 'detail-missing', detail: 'what time' } });
		if (!time.found) expect(time.closest.map((passage) => passage.quote.text).join(' ')).toMatch(/arrived/u);
	});

	test('GIVEN "from which country" THEN the kind asked is no word to find ("the two countries" answer nothing)', () => {
		const answer = found(answerQuestion(briefing, 'From which country did the Russian minister fly in?'));
		expect(answer.passages[0]?.quote.text).toMatch(/arrived/u);
		expect(answer.shortAnswer).toBe('India');
	});

	test('GIVEN a phrasal verb of arriving ("get to", "touch down") THEN the passage where they arrived, and its day', () => {
		for (const question of ['which day did lavrov get to pakistan', 'when did lavrov touch down in pakistan']) {
			const answer = found(answerQuestion(briefing, question));
			expect(answer.passages[0]?.quote.text).toMatch(/arrived/u);
			expect(answer.shortAnswer).toMatch(/Tuesday/u);
		}
	});

	test('GIVEN where someone was right before a place THEN the passage saying where they came from, and that place', () => {
		for (const question of ['which country was lavrov in right before pakistan?', 'where was lavrov before pakistan']) {
			const answer = found(answerQuestion(briefing, question));
			expect(answer.passages[0]?.quote.text).toMatch(/arrived in Pakistan .*from/u);
			expect(answer.shortAnswer).toBe('India');
		}
	});

	test('GIVEN "who is" in chat ("wait whos … in this again") THEN the person, cited where the fact sheet pins them', () => {
		const answer = found(answerQuestion(briefing, 'wait whos the pak FM in this again'));
		expect(answer.shortAnswer).toMatch(/^Shah Mahmood Qureshi/u);
		expect(answer.passages[0]?.quote.text).toMatch(/Shah Mahmood Qureshi/u);
		// The pinned sentence is quoted even where retrieval found its paragraph by another sentence.
		expect(found(answerQuestion(briefing, 'ok who is lavrov')).passages[0]?.quote.text).toMatch(/Lavrov/u);
	});

	test('GIVEN a role instead of a name THEN the passages are the holder’s, not those using the role’s words for another', () => {
		// "Top Russian diplomat" is the article's name for the visitor: "chief diplomat" of the host is someone else.
		const host = found(
			answerQuestion(briefing, "How did Islamabad's chief diplomat describe Moscow's part in the world?"),
		);
		expect(host.passages[0]?.paragraph.text).toMatch(/Qureshi/u);
		const invited = found(answerQuestion(briefing, 'When has the Kremlin chief been asked to come to Pakistan?'));
		expect(invited.passages.slice(0, 3).map((passage) => passage.paragraph.text)).toContainEqual(
			expect.stringMatching(/invitation to President (?:Vladimir )?Putin/u),
		);
	});

	test('GIVEN a role instead of a name THEN "who is" answers with the person of that role', () => {
		expect(found(answerQuestion(briefing, 'Who is the premier?')).shortAnswer).toMatch(/^Imran Khan/u);
		expect(found(answerQuestion(briefing, "Who is Pakistan's top diplomat?")).shortAnswer).toMatch(/Qureshi/u);
	});

	test('GIVEN a bare phrase for a question ("endpoint of the pipeline?") THEN the short answer its question would get', () => {
		for (const [phrase, question] of [
			['starting point of the gas pipeline?', 'where does the gas pipeline start?'],
			['endpoint of the gas pipeline?', 'where does the gas pipeline end?'],
			["length of lavrov's visit?", "how long was lavrov's visit?"],
		] as const) {
			const asked = found(answerQuestion(briefing, question)).shortAnswer;
			expect(asked, question).toBeDefined();
			expect(found(answerQuestion(briefing, phrase)).shortAnswer, phrase).toBe(asked);
		}
	});

	test('GIVEN "what is the name of" an office THEN who holds it, as "who is" answers; a full name is not guessed', () => {
		expect(found(answerQuestion(briefing, "what's the name of the russian FM in this")).shortAnswer).toMatch(/Lavrov/u);
		expect(found(answerQuestion(briefing, 'what is the name of the pakistani prime minister')).shortAnswer).toMatch(
			/Imran Khan/u,
		);
		// A body or a country a title names is no office.
		for (const question of ['what is the name of the Pakistani army', 'what is the name of the Russian Federation']) {
			const answer = answerQuestion(briefing, question);
			expect(answer.found ? (answer.shortAnswer ?? '') : '', question).not.toMatch(/Bajwa|Lavrov/u);
		}
	});
});
