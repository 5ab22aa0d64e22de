import { describe, expect, test } from 'vitest';
import {
	findClockTime,
	fitsTime,
	nameDayParts,
	parseNumberWords,
	readQuantities,
	readTimes,
	type TimePoint,
} from '../../../src/core/text/read-values.js';

const values = (text: string) => readQuantities(text).map(({ value, kind }) => ({ value, kind }));

describe('parseNumberWords', () => {
	test.each([
		['nine', 9],
		['fifty thousand', 50_000],
		['one hundred fifty thousand', 150_000],
		['a dozen', 12],
		['two-day', undefined],
	])('GIVEN "%s" THEN %s', (words, expected) => {
		expect(parseNumberWords(words)).toBe(expected);
	});
});

describe('readQuantities', () => {
	test('GIVEN digits, shorthand and words for one number THEN they read as the same value', () => {
		for (const text of ['50,000 doses', '50k doses', 'fifty thousand doses', '50000 doses']) {
			expect(values(text)).toEqual([{ value: 50_000, kind: 'count' }]);
		}
		expect(values('5M doses')).toEqual(values('5 million doses'));
		// Newswire and chat shorthand after digits: "5 mln", "5 mil".
		expect(values('5 mln doses')).toEqual(values('5 million doses'));
		expect(values('5 mil doses')).toEqual(values('5 million doses'));
		expect(values('1.6bln cubic feet')).toEqual(values('1.6 billion cubic feet'));
		expect(values('five mln doses')).toEqual(values('5 million doses'));
		expect(values('fifty k doses')).toEqual(values('50,000 doses'));
		expect(values('50 thou doses')).toEqual(values('50,000 doses'));
		// "Mil" after words is the army's: two exercises, not two million.
		expect(values('two mil exercises')).toEqual(values('two exercises'));
		expect(values('1.5 million more doses')).toEqual([{ value: 1_500_000, kind: 'count' }]);
	});

	test('GIVEN "another N", typed right or as chat slips it ("anotehr") THEN N more; a short word is read as typed', () => {
		expect(readQuantities('another 150k doses')[0]?.additional).toBe(true);
		expect(readQuantities('anotehr 150k doses')[0]?.additional).toBe(true);
		expect(readQuantities('send 150k doses')[0]?.additional).toBe(false);
	});

	test('GIVEN "a whole week" or a length after "in" THEN one week; the span something falls in is marked so', () => {
		expect(values('for a whole week')).toEqual([{ value: 1, kind: 'duration' }]);
		expect(readQuantities('the first visit in nine years')[0]?.within).toBe(true);
		expect(readQuantities('a visit of nine days')[0]?.within).toBeUndefined();
	});

	test('GIVEN a number word that begins with a smaller one THEN the whole word is read, and a word merely starting like one is none', () => {
		expect(values('in nineteen years')).toEqual([{ value: 19, kind: 'duration' }]);
		expect(values('sixty doses')).toEqual([{ value: 60, kind: 'count' }]);
		expect(values('seventy five percent')).toEqual([{ value: 75, kind: 'percent' }]);
		expect(values('tens of doses and a tent')).toEqual([]);
		// "The two" refers to things already named; it counts nothing.
		expect(values('trade between the two went up')).toEqual([]);
	});

	test('GIVEN minutes and hours THEN lengths of time, as days and years are', () => {
		expect(values('a meeting that lasted about 50 minutes')).toEqual([{ value: 50, kind: 'duration' }]);
		expect(values('a 40-minute meeting')).toEqual([{ value: 40, kind: 'duration' }]);
		expect(values('two hours and 15 minutes')).toEqual([
			{ value: 2, kind: 'duration' },
			{ value: 15, kind: 'duration' },
		]);
	});

	test('GIVEN "a day" right after an amount THEN a rate, as "per day" is, no length; after a verb or "for", a length', () => {
		expect(values('1.6 billion cubic feet of gas a day')).toEqual([{ value: 1_600_000_000, kind: 'count' }]);
		expect(values('5 million doses a year')).toEqual([{ value: 5_000_000, kind: 'count' }]);
		expect(values('he stayed for a day')).toEqual([{ value: 1, kind: 'duration' }]);
		expect(values('50,000 doses in a week')).toEqual([
			{ value: 50_000, kind: 'count' },
			{ value: 1, kind: 'duration' },
		]);
	});

	test('GIVEN "one day" after "to" or a modal THEN someday, no length of time; elsewhere a day', () => {
		expect(values('hopes to one day host the games')).toEqual([]);
		expect(values('lima will one day host the games')).toEqual([]);
		expect(values('the talks lasted one day')).toEqual([{ value: 1, kind: 'duration' }]);
		expect(values('built in one day')).toEqual([{ value: 1, kind: 'duration' }]);
		expect(values('the visit was cut to one day')).toEqual([{ value: 1, kind: 'duration' }]);
	});

	test('GIVEN "nearly" THEN a bound just under the value, and its words span the bound and the unit of time', () => {
		const [decade] = readQuantities('in nearly a decade now');
		expect(decade).toMatchObject({ value: 10, bound: 'almost', span: { start: 3, end: 18 } });
	});

	test('GIVEN a fraction of a scale or a unit THEN its value; GIVEN "half the" THEN no quantity', () => {
		expect(values('half a million doses')).toEqual(values('500,000 doses'));
		expect(values('one and a half million doses')).toEqual(values('1.5 million doses'));
		expect(values('a quarter of a million tonnes')).toEqual([{ value: 250_000, kind: 'count' }]);
		expect(readQuantities('2 and a half years')[0]).toMatchObject({ value: 2.5, kind: 'duration', unit: ['year'] });
		expect(values('half the doses arrived')).toEqual([]);
		expect(values('twenty one and a half million doses')).toEqual([{ value: 21_500_000, kind: 'count' }]);
		expect(values('three quarters of a million doses')).toEqual([{ value: 750_000, kind: 'count' }]);
		expect(values('half a dozen drills')).toEqual([{ value: 6, kind: 'count' }]);
		expect(values('a million doses')).toEqual([{ value: 1_000_000, kind: 'count' }]);
	});

	test('GIVEN "an hour", "a minute" THEN one unit of time; GIVEN "and a half" after the unit THEN half one more', () => {
		expect(readQuantities('they met for an hour')[0]).toMatchObject({ value: 1, kind: 'duration', unit: ['hour'] });
		const [talks] = readQuantities('talks ran for roughly an hour and a half, he said');
		expect(talks).toMatchObject({ value: 1.5, kind: 'duration', unit: ['hour'], text: 'an hour and a half' });
		expect(readQuantities('two years and a half')[0]).toMatchObject({ value: 2.5, unit: ['year'] });
		// "An hour" after an amount is a rate, no length.
		expect(readQuantities('at 100 km an hour').map((quantity) => quantity.kind)).toEqual(['count']);
		// "Ago" after the half still makes it a span; a half of something else is not the length's.
		expect(readQuantities('an hour and a half ago')[0]).toMatchObject({ value: 1.5, within: true });
		expect(readQuantities('two weeks and a half dozen ministers')[0]).toMatchObject({ value: 2, unit: ['week'] });
		expect(readQuantities('a day and a half-hearted effort')[0]).toMatchObject({ value: 1, text: 'a day' });
	});

	test('GIVEN a percent sign or the word percent THEN both are a percentage', () => {
		expect(values('trade jumped 46%')).toEqual([{ value: 46, kind: 'percent' }]);
		expect(values('a 46 percent increase')).toEqual([{ value: 46, kind: 'percent' }]);
	});

	test('GIVEN a span of time in words THEN a duration in its unit, a decade being ten years', () => {
		expect(readQuantities('in nine years')[0]).toMatchObject({ value: 9, kind: 'duration', unit: ['year'] });
		expect(readQuantities('in over a decade')[0]).toMatchObject({ value: 10, unit: ['year'], bound: 'over' });
	});

	test('GIVEN money and a volume of the same size THEN they are of different kinds and units', () => {
		expect(readQuantities('cost $2.5 billion')[0]).toMatchObject({ kind: 'money', value: 2_500_000_000 });
		expect(readQuantities('1.6 billion cubic feet per day')[0]).toMatchObject({
			kind: 'count',
			unit: ['cubic', 'feet'],
		});
	});

	test('GIVEN "150,000 more" THEN it is marked additional', () => {
		expect(readQuantities('intend to provide 150,000 more')[0]).toMatchObject({ value: 150_000, additional: true });
	});

	test('GIVEN numbers inside names, dates and pronouns THEN none is a quantity', () => {
		expect(readQuantities('Covid-19 and the S-400, on May 1, in 2001, the one supplying')).toEqual([]);
	});
});

describe('readTimes', () => {
	test('GIVEN weekdays, dates, years and relative times in any case THEN each is read with a comparable value', () => {
		expect(
			readTimes('met on thursday by june 1 in 2003 and Last month').map(({ kind, value }) => [kind, value]),
		).toEqual([
			['weekday', 'thursday'],
			['day-of-month', '6-1'],
			['year', '2003'],
			['relative', 'last month'],
		]);
	});

	test('GIVEN a year with its month, or the middle of a year THEN the year, with the month or the months it may be', () => {
		const [june, mid, bare] = readTimes('met in June 2019, again in mid-2020 and in 2021');
		expect(june).toMatchObject({ text: 'June 2019', kind: 'year', value: '2019', month: 6 });
		expect(mid).toMatchObject({ text: 'mid-2020', value: '2020', months: [5, 8] });
		expect(bare?.month).toBeUndefined();
		// A year stated without its month fits any; with it, only a claim of that month or part of the year.
		const time = (text: string) => readTimes(text)[0] as TimePoint;
		expect(fitsTime(time('mid-2019'), time('June 2019'))).toBe(true);
		expect(fitsTime(time('March 2019'), time('June 2019'))).toBe(false);
		expect(fitsTime(time('March 2019'), time('2019'))).toBe(true);
		expect(fitsTime(time('mid-2019'), time('in 2018'))).toBe(false);
	});

	test('GIVEN a decade in four digits, two, or with an apostrophe THEN one decade, and no number', () => {
		for (const text of ['in the 1980s', 'back in the 80s', "in the '80s"]) {
			expect(readTimes(text)).toMatchObject([{ kind: 'decade', value: '1980s' }]);
			expect(readQuantities(text)).toEqual([]);
		}
		// Two digits alone are an age or a temperature, not a decade.
		expect(readTimes('a man in his 60s')).toEqual([]);
	});

	test('GIVEN "N units ago" THEN a relative time: one is "last", a bound is no point in time', () => {
		expect(readTimes('signed a year ago')[0]?.value).toBe(readTimes('signed last year')[0]?.value);
		expect(readTimes('two weeks ago')[0]?.value).toBe(readTimes('2 weeks ago')[0]?.value);
		expect(readTimes('two weeks ago')[0]?.value).not.toBe(readTimes('last week')[0]?.value);
		expect(readTimes('more than a year ago')).toEqual([]);
	});

	test('GIVEN "May 1" and "1 May" THEN the same date; GIVEN the verb may THEN no date', () => {
		expect(readTimes('a May 1 deadline')[0]?.value).toBe(readTimes('by 1 May')[0]?.value);
		expect(readTimes('they may visit')).toEqual([]);
	});
});

describe('findClockTime', () => {
	test('GIVEN a part of the day before an hour THEN the hour is the time of day', () => {
		expect(findClockTime('He flew in on Tuesday evening, landing at about 7:40 pm.')).toBe('about 7:40 pm');
		expect(findClockTime('He flew in on Tuesday evening.')).toBe('on Tuesday evening');
		expect(findClockTime('He flew in on Tuesday.')).toBeUndefined();
	});
});

describe('nameDayParts', () => {
	test('GIVEN times on a twelve-hour clock THEN each is followed by its part of the day', () => {
		expect(nameDayParts('Talks opened at 9:30 a.m. and ended at 3 p.m.')).toBe(
			'Talks opened at 9:30 a.m. morning and ended at 3 p.m. afternoon',
		);
		expect(nameDayParts('He landed at 7:40 pm and left at 11 PM.')).toBe(
			'He landed at 7:40 pm evening and left at 11 PM night.',
		);
		expect(nameDayParts('at 12 a.m., at 12:15 p.m.')).toBe('at 12 a.m. night, at 12:15 p.m. afternoon');
	});

	test('GIVEN no twelve-hour time, or an hour past twelve THEN the text as it was', () => {
		for (const text of ['He left at 18:00.', 'I am here', 'at 13 p.m.']) expect(nameDayParts(text)).toBe(text);
	});
});
