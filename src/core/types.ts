import type { LexiconData } from './lexicon/lexicon-data.js';

/** Provenance of an article, from its `article.json`. */
export interface ArticleMeta {
	readonly title: string;
	readonly author: string;
	readonly outlet: string;
	readonly url: string;
	readonly dateline: string;
	/** The day the article reports on (ISO `YYYY-MM-DD`); every answer is stamped as of this date. */
	readonly date: string;
	readonly event: string;
	/** How headings name the event ("the visit": "Commitments made during the visit"); optional. */
	readonly eventNoun?: string | undefined;
	/**
	 * One example per command name, in console syntax ("who": "/who diaz"), for /help and the console banner;
	 * without one, the example is drawn from the facts.
	 */
	readonly examples?: Readonly<Record<string, string>> | undefined;
	readonly language: string;
}

/** One report in the knowledge folder: its provenance and where its paragraphs sit among all sources'. */
export interface Source {
	/** Short lowercase id, unique in the folder ("rtn"): JSON passages carry it. */
	readonly slug: string;
	/** How citations name the source when there are several ("RTN ¶12"). */
	readonly label: string;
	readonly meta: ArticleMeta;
	/** SHA-256 of this source's verbatim text. */
	readonly hash: string;
	/** `Paragraph.number` of its first paragraph. */
	readonly first: number;
	/** How many body paragraphs it has. */
	readonly count: number;
}

/** One sentence of a paragraph, with its offsets in the paragraph text. */
export interface Sentence {
	/** Position within the paragraph, from 1. */
	readonly index: number;
	readonly text: string;
	readonly start: number;
	readonly end: number;
}

/** One body paragraph of the article, the unit users cite as ¶N. */
export interface Paragraph {
	/** Its number within its own source, as users cite it: "¶12". */
	readonly id: string;
	/**
	 * 1-based position among the body paragraphs of all sources, in order: the key every fact and index uses. With
	 * one source it is the paragraph's own number.
	 */
	readonly number: number;
	/** The slug of the source it belongs to. */
	readonly source: string;
	/** How users see it cited: "¶12" with one source, "RTN ¶12" with several. */
	readonly cite: string;
	readonly text: string;
	readonly sentences: readonly Sentence[];
}

/** The text of every source, one after another; `meta` is the first source's. */
export interface Article {
	readonly meta: ArticleMeta;
	/** The headline bullet lines above the byline. */
	readonly highlights: readonly string[];
	readonly byline: string;
	readonly paragraphs: readonly Paragraph[];
	/**
	 * SHA-256 of the verbatim article text (with several sources, of their texts in order, each followed by a NUL
	 * but the last), so users can tell which version answered and the lexicon which texts it was built for.
	 */
	readonly hash: string;
	readonly wordCount: number;
}

/** A verbatim quote pinned to the paragraph it comes from. */
export interface Pin {
	readonly paragraph: number;
	readonly quote: string;
}

export interface Person {
	readonly id: string;
	readonly name: string;
	readonly role: string;
	readonly country: string;
	/** Other names users may type, including spellings the article does not use. */
	readonly aliases: readonly string[];
	readonly pin: Pin;
	/** Paragraph numbers that mention the person, derived from the text. */
	readonly mentions: readonly number[];
}

export interface Topic {
	readonly id: string;
	readonly label: string;
	readonly keywords: readonly string[];
	/** Paragraph numbers that touch the topic, derived from the text. */
	readonly paragraphs: readonly number[];
}

/** A commitment made during the event: who committed, to whom, on what, pinned to the article. */
export interface Pledge {
	/** Parties that committed, e.g. ["Chile"] or ["Chile", "Peru"] for a joint commitment. */
	readonly by: readonly string[];
	/** The person who voiced it, by `Person.id`. */
	readonly speaker: string | undefined;
	readonly to: string;
	/** A `Topic.id`. */
	readonly topic: string;
	/** A one-line summary. */
	readonly text: string;
	readonly pin: Pin;
	/** Other paragraphs that restate the same commitment. */
	readonly also: readonly Pin[];
}

export interface Synonyms {
	/** Case-sensitive abbreviations spelled out before analysis ("US" → "United States"). */
	readonly acronyms: Readonly<Record<string, string>>;
	/** Groups of interchangeable words or phrases. */
	readonly groups: readonly (readonly string[])[];
}

/** Everything Briefing knows about one event. */
export interface Knowledge {
	readonly article: Article;
	/** The reports, in the order their paragraphs are numbered; at least one. */
	readonly sources: readonly Source[];
	readonly people: readonly Person[];
	readonly topics: readonly Topic[];
	readonly pledges: readonly Pledge[];
	readonly synonyms: Synonyms;
	/** Relations from English words to the article's, when the folder has a `lexicon.json`. */
	readonly lexicon?: LexiconData;
}
