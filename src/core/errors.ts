/** A knowledge file is missing, malformed, or pins a quote that is not in the article. Thrown at start-up only. */
export class KnowledgeError extends Error {
	override readonly name = 'KnowledgeError';
}

/** Configuration (environment) is missing or invalid. Thrown at start-up only. */
export class ConfigError extends Error {
	override readonly name = 'ConfigError';
}
