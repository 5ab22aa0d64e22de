/** What kind of short answer a question asks for. */
export type QuestionKind = 'quantity' | 'time' | 'place' | 'person' | 'definition' | 'other';

/** What a question about the article itself (not its content) asks for. */
export type MetadataField = 'author' | 'date' | 'outlet' | 'url' | 'title';

/** Reads the kind of answer a question wants from its wording. */
export function classifyQuestion(question: string): QuestionKind {
	const text = question.trim().toLowerCase();
	// "What's the capacity of …": a question for a measure wants a number.
	if (
		/\bhow (many|much|long|far|big|large|often)\b|\bwhat (number|amount|percentage|share|volume)\b/u.test(text) ||
		/^what(?:'s|’s| is| was| are)\s+(?:the\s+)?(?:capacity|size|cost|price|value|volume|amount|number|length|rate|budget|population|total)\b/u.test(
			text,
		)
	) {
		return 'quantity';
	}
	if (/\bwhen\b|\b(what|which) (date|day|time|year|month)\b|\bhow long ago\b/u.test(text)) return 'time';
	if (/\bwhere\b|\b(what|which) (cit(?:y|ies)|countr(?:y|ies)|places?|capitals?|regions?|venues?)\b/u.test(text))
		return 'place';
	if (/^(?:and |so )?who(?:m|se)?\b|\b(what|which) (person|official|minister|leader|people|group)\b/u.test(text)) {
		return 'person';
	}
	if (
		/^what(?:'s|’s| is| are| was| does)\s+(?:the\s+|an?\s+)?[\p{L}\d-]+\s*(?:stand for\s*)?\??$/iu.test(question.trim())
	) {
		return 'definition';
	}
	return 'other';
}

// "What is the X of Y?", "Which X of Y …": X is what the question asks for.
const FOCUS =
	/^\s*(?:what|which|who)(?:['’]s|\s+(?:is|are|was|were))\s+(?:the\s+|an?\s+)?([\p{L}-]+)\s+(?:of|for|in|at|on|between|to)\b/iu;
// Foci that ask about what follows them ("the aim of the pipeline" asks about the pipeline) rather than name a fact.
const OPEN_FOCUS = new Set(
	`aim aims purpose goal goals point status outcome outcomes result results significance importance meaning nature
	scope reason reasons cause effect effects impact extent future background context gist substance details upshot`.split(
		/\s+/u,
	),
);

/**
 * Finds what a "what is the X of Y" question asks for: the word X (lowercased), and whether it is open, asking
 * about Y in general ("the aim of"), rather than for a fact the article must name ("the price of").
 */
export function findQuestionFocus(question: string): { word: string; open: boolean } | undefined {
	const word = FOCUS.exec(question)?.[1]?.toLowerCase();
	return word === undefined ? undefined : { word, open: OPEN_FOCUS.has(word) };
}

/**
 * Recognizes questions about the article's provenance ("who wrote this article?", "when was it published?"),
 * which are answered from its metadata rather than its text.
 */
export function detectMetadataQuestion(question: string): MetadataField | undefined {
	const text = question.trim().toLowerCase();
	const aboutArticle = /\b(article|story|report|piece|this|it|news item|source)\b/u.test(text);
	if (/\b(who (wrote|authored|reported|filed)|author|written by|byline|reporter|journalist)\b/u.test(text)) {
		return aboutArticle || /\bauthor|byline\b/u.test(text) ? 'author' : undefined;
	}
	if (
		/\b(which|what) (outlet|newspaper|paper|publication|site|website|agency)\b|\bpublished (by|in|where)\b/u.test(text)
	) {
		return 'outlet';
	}
	if (aboutArticle && /\b(published|publication date|dated|date of (the|this) (article|story))\b/u.test(text)) {
		return 'date';
	}
	if (aboutArticle && /\b(link|url|where can i read|original)\b/u.test(text)) return 'url';
	if (aboutArticle && /\b(title|headline)\b/u.test(text)) return 'title';
	return undefined;
}
