import type { Briefing } from '../briefing.js';
import type { ClaimCheck } from './check-claim.js';
import { plainClaim } from './read-claim.js';

/** Longest name read on either side of "is the capital of" (characters): "the Democratic Republic of the Congo". */
const MAX_NAME_LENGTH = 40;
const NAME = String.raw`([\p{L}][\p{L}\s.'’-]{0,${MAX_NAME_LENGTH}}?)`;
// "Lima is the capital of Peru", "the capital of Peru is Lima", "Peru's capital is Lima", "the Peruvian capital is
// Lima", "Lima is Peru's capital", "Lima is the Peruvian capital". The present only: a capital of the past ("was") is no
// claim on today's data.
const CAPITAL_CLAIMS: readonly { pattern: RegExp; city: number; country: number }[] = [
	[String.raw`^${NAME}\s+is\s+(?:the\s+)?capital(?:\s+city)?\s+of\s+${NAME}$`, 1, 2],
	[String.raw`^the\s+capital(?:\s+city)?\s+of\s+${NAME}\s+is\s+${NAME}$`, 2, 1],
	[String.raw`^${NAME}['’]s?\s+capital(?:\s+city)?\s+is\s+${NAME}$`, 2, 1],
	[String.raw`^the\s+${NAME}\s+capital(?:\s+city)?\s+is\s+${NAME}$`, 2, 1],
	[String.raw`^${NAME}\s+is\s+${NAME}['’]s?\s+capital(?:\s+city)?$`, 1, 2],
	[String.raw`^${NAME}\s+is\s+the\s+${NAME}\s+capital(?:\s+city)?$`, 1, 2],
].map(([source, city, country]) => ({
	pattern: new RegExp(source as string, 'iu'),
	city: Number(city),
	country: Number(country),
}));

/**
 * "Lima is the capital of Peru": a wrong capital is contradicted by country data, whatever sentence names both (an
 * article names capitals without saying whose). Undefined for a right one, which the article may state, for any other
 * claim, and where country data, as the lexicon keeps it for the article's names, knows no other pairing.
 */
export function checkCapitalClaim(briefing: Briefing, claim: string): ClaimCheck | undefined {
	const text = plainClaim(claim);
	const { index } = briefing;
	for (const { pattern, city: cityAt, country: countryAt } of CAPITAL_CLAIMS) {
		const match = pattern.exec(text);
		if (match === null) continue;
		const city = (match[cityAt] ?? '').replace(/^the\s+/iu, '').trim();
		const country = (match[countryAt] ?? '').replace(/^the\s+/iu, '').trim();
		const countryNorm = country.toLowerCase();
		if (!index.isPlace(city) || (!index.isCountry(countryNorm) && !index.isPeopleWord(countryNorm))) return undefined;
		const stemOf = (name: string) => index.termsOf(name).join(' ');
		// The country's capitals and the city's countries, each only where country data relates them to the article's.
		const capitals = index.countriesOf(countryNorm).filter((name) => index.isCapital(name));
		const countries = index.countriesOf(city.toLowerCase()).filter((name) => index.isCountry(name));
		const otherCapital = capitals.length > 0 && !capitals.includes(stemOf(city));
		// The country as named, or by its people's word ("the Qatari capital").
		const named = new Set([stemOf(country), ...index.countriesOf(countryNorm)]);
		const otherCountry = countries.length > 0 && !countries.some((name) => named.has(name));
		if (!otherCapital && !otherCountry) return undefined;
		const capitalOf = index.isPeopleWord(countryNorm) ? `the ${country} capital` : `the capital of ${country}`;
		return {
			found: true,
			claim,
			verdict: 'contradicted',
			reason: `By country data ${city} is not ${capitalOf}.`,
			passages: [],
			asOf: briefing.knowledge.article.meta.date,
		};
	}
	return undefined;
}
