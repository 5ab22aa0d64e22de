import type { Synonyms } from '../types.js';

/**
 * Everyday English that WordNet's first senses miss or rank low, as news and chat write it: newsroom words ("jab",
 * "pullout", "top diplomat"), chat shorthand ("govt", "ppl") and common abbreviations ("US", "UN"). Every knowledge
 * folder loads with them; its own `synonyms.json` adds only what its article coins (its acronyms, its own names).
 * Countries, their people and capitals come from country data in the lexicon, not from here.
 */
export const EVERYDAY_SYNONYMS: Synonyms = {
	acronyms: {
		US: 'United States',
		'U.S.': 'United States',
		USA: 'United States',
		UN: 'United Nations',
		'U.N.': 'United Nations',
	},
	groups: [
		['vaccine', 'vaccines', 'vaccination', 'jab', 'jabs', 'shot', 'shots', 'inoculation', 'doses', 'dose'],
		['withdrawal', 'withdraw', 'pullout', 'pull out', 'drawdown', 'leave'],
		['promise', 'pledge', 'vow', 'commit', 'commitment', 'intend', 'undertake', 'assure'],
		['plan', 'intend', 'intention'],
		['give', 'gave', 'given', 'provide', 'deliver', 'supply', 'send', 'sent', 'donate', 'ship', 'provision'],
		['buy', 'bought', 'purchase', 'procure', 'procurement', 'acquire'],
		['weapons', 'arms', 'equipment', 'hardware', 'weaponry', 'gear', 'arm'],
		['military', 'defence', 'defense', 'armed forces', 'army'],
		['drills', 'exercises', 'war games', 'manoeuvres', 'maneuvers', 'training'],
		[
			'terrorism',
			'terror',
			'terrorist',
			'counter-terrorism',
			'counterterrorism',
			'anti-terrorist',
			'militancy',
			'extremism',
		],
		['talks', 'meeting', 'meet', 'met', 'negotiations', 'dialogue', 'cross paths', 'crossed paths'],
		['discuss', 'discussion', 'exchange', 'deliberate', 'talk'],
		['role', 'player', 'part'],
		['take part', 'took part', 'taken part', 'participate', 'participated', 'participants', 'attend', 'attended'],
		['arrive', 'arrival', 'come', 'came', 'travel', 'travelled', 'traveled'],
		['concern', 'concerned', 'worry', 'worried', 'fear', 'care'],
		['area', 'field', 'sector', 'domain'],
		[
			'increase',
			'grow',
			'grown',
			'growth',
			'rise',
			'rose',
			'boost',
			'expand',
			'jump',
			'jumped',
			'surge',
			'soar',
			'climb',
			'go up',
			'went up',
		],
		['trade', 'commerce', 'exports', 'imports'],
		['economy', 'economic'],
		['gas', 'lng', 'natural gas'],
		['prime minister', 'pm', 'premier'],
		['foreign minister', 'fm', 'top diplomat'],
		['foreign ministry', 'ministry of foreign affairs', 'mfa', 'foreign office'],
		['covid', 'covid-19', 'coronavirus', 'pandemic'],
		['ties', 'relations', 'relationship'],
		['war', 'conflict', 'fighting'],
		['visit', 'trip', 'tour', 'stay'],
		['invite', 'invitation'],
		['manufacture', 'produce', 'make'],
		['help', 'support', 'assistance', 'aid', 'assist', 'backing'],
		['supporter', 'supporters', 'backer', 'backers'],
		['reiterate', 'reiterated', 'repeat', 'repeated', 'restate', 'restated'],
		['troops', 'forces', 'soldiers'],
		['topple', 'toppled', 'removed from power', 'oust', 'ousted', 'overthrow', 'overthrown'],
		['change', 'shift', 'reset'],
		['describe', 'term', 'termed', 'characterize', 'portray'],
		['include', 'inclusive'],
		['praise', 'acknowledge', 'appreciate', 'commend', 'hail', 'recognise', 'thank', 'congratulate', 'credit'],
		['campaign', 'fight', 'struggle', 'battle'],
		['tweet', 'tweeted', 'twitter'],
		['lead', 'leader', 'head', 'chief'],
		['joint', 'jointly', 'together'],
		['capability', 'capabilities', 'capacity', 'potential'],
		['speed up', 'accelerate', 'accelerated', 'expedite', 'expeditiously', 'hasten'],
		['quickly', 'as early as possible', 'as soon as possible', 'expeditiously', 'swiftly', 'promptly', 'rapidly'],
		['give up', 'gave up', 'given up', 'abandon', 'abandoned', 'forget', 'forgot', 'forgotten', 'ditch', 'ditched'],
		['interim', 'transitional', 'stopgap', 'caretaker', 'provisional'],
		['instability', 'chaos', 'turmoil', 'unrest'],
		['see eye to eye', 'agree', 'convergent', 'in agreement'],
		['deteriorate', 'deteriorating', 'deteriorated', 'worsen', 'worsening', 'getting worse'],
		['amount', 'volume', 'quantity'],
		['reconsider', 'rethink', 'review'],
		['rapprochement', 'reset', 'thaw', 'warming'],
		['influence', 'clout', 'stature', 'sway'],
		['resolve', 'resolution', 'settle', 'settlement', 'solution'],
		['problem', 'issue', 'challenge', 'trouble'],
		// Not "party": its stem is also that of a conflict's "parties".
		['delegation', 'entourage', 'contingent'],
		['people', 'ppl'],
		['government', 'govt', 'gov'],
		['international', 'intl'],
		['deal', 'agreement', 'pact', 'accord'],
		['carry', 'transport', 'convey'],
		// Words are matched by their stems: "firms" is also the "firm" of "a firm commitment", a risk the plural is
		// worth; "businesses" would be every "business visa", and "reporters" every "reported".
		['company', 'companies', 'firms'],
		['plane', 'planes', 'aircraft', 'airplane', 'aeroplane', 'jet'],
		// Where a guest is met on arrival, as reports put it ("greeted on the tarmac", "received on the apron").
		['airport', 'airports', 'airbase', 'airfield', 'tarmac', 'runway', 'apron', 'airstrip'],
		// Not "meet": "welcomed the decision" is no meeting, and "X welcomed Y" has a direction "met" lacks.
		['greet', 'welcome', 'wait'],
	],
};

/** The everyday synonyms with a knowledge folder's own: the folder's acronyms win, its groups are added. */
export function withEverydaySynonyms(own: Synonyms): Synonyms {
	return {
		acronyms: { ...EVERYDAY_SYNONYMS.acronyms, ...own.acronyms },
		groups: [...EVERYDAY_SYNONYMS.groups, ...own.groups],
	};
}
