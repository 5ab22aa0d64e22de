import { join } from 'node:path';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/boot.js';
import type { ClaimCheck } from '../../src/core/answer/check-claim.js';
import { type Briefing, createBriefing } from '../../src/core/briefing.js';
import { loadKnowledge } from '../../src/core/knowledge/load-knowledge.js';

export const FIXTURE_DIR = join(import.meta.dirname, '..', 'fixtures', 'mini-article');
export const PROJECT_DIR = join(import.meta.dirname, '..', '..');

let real: Promise<Briefing> | undefined;

/** The briefing over the project's real knowledge folder, built once per test file. */
export function loadRealBriefing(): Promise<Briefing> {
	real ??= loadKnowledge(DEFAULT_KNOWLEDGE_DIR).then((knowledge) => createBriefing(knowledge));
	return real;
}

/** The briefing over the small fixture article written for the tests. */
export async function loadFixtureBriefing(): Promise<Briefing> {
	return createBriefing(await loadKnowledge(FIXTURE_DIR));
}

export const TWO_SOURCES_DIR = join(import.meta.dirname, '..', 'fixtures', 'two-sources');

/** The briefing over two short invented reports of one event: the fixture article and a second outlet's. */
export async function loadTwoSourceBriefing(): Promise<Briefing> {
	return createBriefing(await loadKnowledge(TWO_SOURCES_DIR));
}

/** A claim check's verdict, "not-covered" where the article does not discuss the claim. */
export const verdictOf = (check: ClaimCheck) => (check.found ? check.verdict : 'not-covered');

/** A claim check's reason, empty where the article does not discuss the claim. */
export const reasonOf = (check: ClaimCheck) => (check.found ? check.reason : '');
