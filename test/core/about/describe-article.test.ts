import { describe, expect, test } from 'vitest';
import { describeArticle, formatRanges } from '../../../src/core/about/describe-article.js';
import { loadRealBriefing } from '../../helpers/briefing.js';

describe('formatRanges', () => {
	test('GIVEN runs of paragraph numbers THEN they collapse into ranges', () => {
		expect(formatRanges([11, 2, 3, 4, 20, 22, 21])).toBe('¶2–4, ¶11, ¶20–22');
		expect(formatRanges([])).toBe('');
	});
});

describe('describeArticle', () => {
	test('GIVEN the article THEN size, version and a topic map are derived from the text', async () => {
		const { knowledge } = await loadRealBriefing();
		const summary = describeArticle(knowledge);
		expect(summary.paragraphs).toBe(30);
		expect(summary.hash).toBe(knowledge.article.hash.slice(0, 12));
		expect(summary.words).toBeGreaterThan(1500);
		const kashmir = summary.topics.find(({ topic }) => topic.id === 'kashmir');
		expect(kashmir?.ranges).toBe('¶7, ¶30');
	});
});
