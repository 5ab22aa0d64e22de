import type { Briefing } from '../briefing.js';
import type { ClaimCheck } from './check-claim.js';
import { cleanClaim } from './read-claim.js';

const NAME = String.raw`([\p{L}][\p{L}\s.'’-]{0,40}?)`;
// "Lima is the capital of Peru", "Peru's capital is Lima", "the Peruvian capital is Lima", "Lima is Peru's capital".
const CAPITAL_CLAIMS: readonly { pattern: RegExp; city: number; country: number }[] = [
	{
		pattern: new RegExp(String.raw`^${NAME}\s+(?:is|was)\s+(?:the\s+)?capital(?:\s+city)?\s+of\s+${NAME}$`, 'iu'),
		city: 1,
		country: 2,
	},
	{
		pattern: new RegExp(String.raw`^${NAME}['’]s?\s+capital(?:\s+city)?\s+(?:is|was)\s+${NAME}$`, 'iu'),
		city: 2,
		country: 1,
	},
	{
		pattern: new RegExp(String.raw`^the\s+${NAME}\s+capital(?:\s+city)?\s+(?:is|was)\s+${NAME}$`, 'iu'),
		city: 2,
		country: 1,
	},
	{
		pattern: new RegExp(String.raw`^${NAME}\s+(?:is|was)\s+${NAME}['’]s?\s+capital(?:\s+city)?$`, 'iu'),
		city: 1,
		country: 2,
	},
];

/**
 * "Lima is the capital of Peru": a wrong capital is contradicted by country data, whatever sentence names both (an
 * article names capitals without saying whose). Undefined for a right one, which the article may state, for any other
 * claim, and where country data knows neither the city as a capital nor the country's capital.
 */
export function checkCapitalClaim(briefing: Briefing, claim: string): ClaimCheck | undefined {
	const text = cleanClaim(claim)
		.trim()
		.replace(/[.!?]+$/u, '');
	const { index } = briefing;
	for (const { pattern, city: cityAt, country: countryAt } of CAPITAL_CLAIMS) {
		const match = pattern.exec(text);
		if (match === null) continue;
		const city = (match[cityAt] ?? '').replace(/^the\s+/iu, '').trim();
		const country = (match[countryAt] ?? '').replace(/^the\s+/iu, '').trim();
		const cityNorm = city.toLowerCase();
		const countryNorm = country.toLowerCase();
		if (!index.isCountry(countryNorm) && !index.isPeopleWord(countryNorm)) return undefined;
		const stemOf = (name: string) => index.termsOf(name).join(' ');
		const capitals = index.countriesOf(countryNorm).filter((name) => index.isCapital(name));
		const isCapitalOf = capitals.includes(stemOf(city)) || index.countriesOf(cityNorm).includes(stemOf(country));
		// The right one is the article's to state ("in Qatar capital of Doha"): the ordinary check reads it.
		if (isCapitalOf || (!index.isCapital(cityNorm) && capitals.length === 0)) return undefined;
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
