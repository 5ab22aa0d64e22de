import { describe, expect, test } from 'vitest';
import { expandShorthand, normalizeQuestion, type Vocabulary } from '../../../src/core/text/normalize-question.js';

/** A vocabulary of a few words, correcting by a table: the stage's own logic is what is tested. */
function vocabulary(known: readonly string[], corrections: Readonly<Record<string, string>> = {}): Vocabulary {
	const words = new Set(known);
	return {
		isKnown: (norm) => words.has(norm),
		correct: (norm, distance) => (distance >= 1 ? corrections[norm] : undefined),
	};
}

describe('normalizeQuestion', () => {
	test('GIVEN a tag asking to confirm ("…, right?") THEN it goes; "human rights?" stays', () => {
		expect(normalizeQuestion('reed said something about trust, right?', vocabulary([]))).toBe(
			'reed said something about trust?',
		);
		expect(normalizeQuestion('they met in lima, correct? what for', vocabulary([]))).toBe('they met in lima? what for');
		expect(normalizeQuestion('what did he say about human rights?', vocabulary([]))).toBe(
			'what did he say about human rights?',
		);
	});

	test('GIVEN chat\'s opening pause ("wait, did …", "so wait is …") THEN it goes; someone waiting stays', () => {
		expect(normalizeQuestion('wait, did reed meet soto?', vocabulary([]))).toBe('did reed meet soto?');
		expect(normalizeQuestion('so wait is the bridge open', vocabulary([]))).toBe('is the bridge open');
		expect(normalizeQuestion('hold on who paid for it', vocabulary([]))).toBe('who paid for it');
		expect(normalizeQuestion('who was waiting for reed at the airport', vocabulary([]))).toBe(
			'who was waiting for reed at the airport',
		);
		expect(normalizeQuestion('wait times at the border?', vocabulary([]))).toBe('wait times at the border?');
		expect(normalizeQuestion('wait and see what happens?', vocabulary([]))).toBe('wait and see what happens?');
	});

	test('GIVEN "right" stressing a time ("right before", "right after") THEN it goes; "the right to …" stays', () => {
		expect(normalizeQuestion('where was reed right before lima', vocabulary([]))).toBe('where was reed before lima');
		expect(normalizeQuestion('what did he do right after', vocabulary([]))).toBe('what did he do after');
		expect(normalizeQuestion('is there a right to vote', vocabulary([]))).toBe('is there a right to vote');
	});

	test('GIVEN "the actual X" THEN only X is asked; "actual" with no determiner before it stays', () => {
		expect(normalizeQuestion('what was the actual cost of the bridge', vocabulary([]))).toBe(
			'what was the cost of the bridge',
		);
		expect(normalizeQuestion('any actual dates', vocabulary([]))).toBe('any actual dates');
		expect(normalizeQuestion('the actual and planned costs', vocabulary([]))).toBe('the actual and planned costs');
	});

	test('GIVEN the text itself called a piece, a write-up or the wires THEN "the article"; its reporter, or a report, stay', () => {
		expect(normalizeQuestion('what label does the piece put on the thaw', vocabulary([]))).toBe(
			'what label does the article put on the thaw',
		);
		expect(normalizeQuestion('how long was the war, per the wire copy?', vocabulary([]))).toBe(
			'how long was the war, per the article?',
		);
		expect(normalizeQuestion('who is the reporter on this story', vocabulary([]))).toBe(
			'who is the reporter on the article',
		);
		expect(normalizeQuestion('what did the report say', vocabulary([]))).toBe('what did the report say');
		expect(normalizeQuestion('when is the dispatch of the doses', vocabulary([]))).toBe(
			'when is the dispatch of the doses',
		);
	});

	test('GIVEN chat shorthand THEN it is spelled out, and filler like "lol" dropped', () => {
		const read = normalizeQuestion('wat did imran say abt kashmir w/ the pm lol', vocabulary([]));
		expect(read).toMatch(/^what did imran say about kashmir with the pm\s*$/u);
		expect(normalizeQuestion('how many mous were signed', vocabulary([]))).toBe(
			'how many memoranda of understanding were signed',
		);
		// A contraction typed without its apostrophe gets it back, rather than a "correction" ("didnt" → "dint").
		expect(normalizeQuestion('they didnt meet', vocabulary(['they', 'meet'], { didnt: 'dint' }))).toBe(
			"they didn't meet",
		);
	});

	test('GIVEN a misspelled word THEN the vocabulary corrects it, keeping a capital', () => {
		const words = vocabulary(['did', 'they'], { recieve: 'receive', afganistan: 'afghanistan' });
		expect(normalizeQuestion('did they recieve it', words)).toBe('did they receive it');
		expect(normalizeQuestion('Afganistan?', words)).toBe('Afghanistan?');
		// A four-letter slip ("wher") is corrected too; three letters ("pak") are left: too many words are one away.
		const short = vocabulary(['is', 'which'], { wher: 'where', pak: 'pack', pows: 'bows' });
		expect(normalizeQuestion('wher is pak', short)).toBe('where is pak');
		// A capital inside a word marks an abbreviation: "PoWs" is no misspelling of "bows".
		expect(normalizeQuestion('which PoWs', short)).toBe('which PoWs');
	});

	test('GIVEN two unknown words running THEN a name typed in lower case: neither is corrected', () => {
		const words = vocabulary(['did', 'meet'], { arif: 'aria', alvi: 'ali', presidnet: 'president' });
		expect(normalizeQuestion('did arif alvi meet the presidnet', words)).toBe('did arif alvi meet the president');
	});

	test('GIVEN a question word the vocabulary lacks ("whose") THEN it is left as typed, never "corrected"', () => {
		const words = vocabulary(['whole', 'minister'], { whose: 'whole' });
		expect(normalizeQuestion('whose minister', words)).toBe('whose minister');
	});

	test('GIVEN known words, short words and numbers THEN they are left as typed', () => {
		const words = vocabulary(['pipeline'], { pipeline: 'wrong', gas: 'wrong', '150000': 'wrong' });
		expect(normalizeQuestion('pipeline gas 150000', words)).toBe('pipeline gas 150000');
	});

	test('GIVEN compatibility characters THEN Unicode is normalized before the words are read', () => {
		expect(normalizeQuestion('ﬁnal Ｓｐｕｔｎｉｋ', vocabulary(['final', 'sputnik']))).toBe('final Sputnik');
	});
});

describe('expandShorthand', () => {
	test('GIVEN chat shorthand THEN it is spelled out; GIVEN an initial or an abbreviation THEN it stays', () => {
		expect(expandShorthand('r u gonna go')).toBe('are you going to go');
		// "rn" is when, not a "right" to find ("human rights").
		expect(expandShorthand('wat r they doing rn')).toBe('what are they doing now');
		expect(expandShorthand('trade b/w them')).toBe('trade between them');
		expect(expandShorthand('trade btwn them')).toBe('trade between them');
		// A currency's sign with no amount after it is the currency's name; one before an amount stays.
		expect(expandShorthand('trade in $ rn?')).toBe('trade in dollars now?');
		expect(expandShorthand('how many € is it')).toBe('how many euros is it');
		expect(expandShorthand('did it cost $5 million')).toBe('did it cost $5 million');
		expect(expandShorthand('did it cost $ 5 million')).toBe('did it cost $ 5 million');
		expect(expandShorthand('whos the mayor')).toBe('who is the mayor');
		// Units as a trade writes them, and "asap".
		expect(expandShorthand('1.6 bcf/d, asap')).toBe('1.6 billion cubic feet per day, quickly');
		expect(expandShorthand('the joint presser')).toBe('the joint press conference');
		expect(expandShorthand('another big meetup?')).toBe('another big meeting?');
		// Clipped nouns of the news.
		expect(expandShorthand('how many journos, and any biz reps?')).toBe(
			'how many journalists, and any business representatives?',
		);
		// "Rep" is also a reputation.
		expect(expandShorthand("did russia's rep improve")).toBe("did russia's rep improve");
		// Written abbreviations, as notes and chat use them.
		expect(expandShorthand('the asia dept head, approx 2 hrs, incl trade')).toBe(
			'the asia department head, approximately 2 hours, including trade',
		);
		expect(expandShorthand('the U.S. and U N officials')).toBe('the U.S. and U N officials');
	});

	test('GIVEN a pronoun\'s contracted modal THEN it is spelled out: "he\'d visit" would, "he\'d visited" had', () => {
		expect(expandShorthand("reed said he'd visit lima")).toBe('reed said he would visit lima');
		expect(expandShorthand('Reed said he’d visited Lima')).toBe('Reed said he had visited Lima');
		expect(expandShorthand("they'll sign the deal")).toBe('they will sign the deal');
		// A possessive or a name is no contraction.
		expect(expandShorthand("reed's plan, o'neill's deal")).toBe("reed's plan, o'neill's deal");
	});

	test('GIVEN a time counted "back" THEN it is "ago"; "back" of anything else stays', () => {
		expect(expandShorthand('the deal was signed two years back')).toBe('the deal was signed two years ago');
		expect(expandShorthand('talks a few weeks back')).toBe('talks a few weeks ago');
		expect(expandShorthand('he flew back home')).toBe('he flew back home');
	});
});

describe('normalizeQuestion: the question word', () => {
	test('GIVEN a slip in the opening question word THEN the one question word it is one edit from', () => {
		const words = vocabulary(['many', 'doses', 'wen', 'other', 'regions']);
		expect(normalizeQuestion('hw many doses', words)).toBe('how many doses');
		expect(normalizeQuestion('wich other regions', words)).toBe('which other regions');
		// A word of its own ("wen") is a slip only where a question word would stand, before "is".
		expect(normalizeQuestion('wen is it', words)).toBe('when is it');
		expect(normalizeQuestion('wen doses', words)).toBe('wen doses');
		// One edit from two question words ("ho": who, how) stays as typed.
		expect(normalizeQuestion('ho is it', words)).toBe('ho is it');
	});
});
