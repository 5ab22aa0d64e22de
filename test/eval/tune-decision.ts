/**
 * `npx tsx test/eval/tune-decision.ts [--search '{"…": …}']`: chooses the decision threshold (`minCoverage`) on the
 * tuning half of dev-questions-2: the highest threshold that wrongly declines at most 5% of its answerable
 * questions (printed with its balanced accuracy: the mean of the shares answered and declined as they should be). Prints ranking quality at that threshold, for sweeping
 * search options (passed as JSON) by hand. Only the tuning half is used: the other half stays held out.
 */
import { join } from 'node:path';
import { answerQuestion } from '../../src/core/answer/answer-question.js';
import { createBriefing } from '../../src/core/briefing.js';
import { loadKnowledge } from '../../src/core/knowledge/load-knowledge.js';
import { type EvalCase, readCases, splitCases } from './evaluate.js';
import { SPLIT_SEED } from './split-seed.js';

const at = process.argv.indexOf('--search');
const searchOptions = at === -1 ? {} : JSON.parse(process.argv[at + 1] ?? '{}');
const briefing = createBriefing(await loadKnowledge(join(import.meta.dirname, '..', '..', 'knowledge')), searchOptions);
const { tune } = splitCases(readCases(join(import.meta.dirname, 'dev-questions-2.jsonl')), SPLIT_SEED);

const rankOf = (item: EvalCase) => {
	const answer = answerQuestion(briefing, item.q, { limit: 5, decide: { minCoverage: 0 } });
	const texts = answer.found ? answer.passages.map((passage) => passage.paragraph.text) : [];
	return texts.findIndex((text) => item.gold.some((gold) => text.includes(gold)));
};
// The earlier sets, for ranking only: each stays at its own bar (see quality.test.ts).
const earlier = ['dev-questions.jsonl', 'own-questions.jsonl', 'paraphrase-questions.jsonl'].flatMap((file) =>
	readCases(join(import.meta.dirname, file)).filter((item) => item.gold.length > 0),
);
const earlierRanks = earlier.map(rankOf);

const results = tune.map((item) => {
	const answer = answerQuestion(briefing, item.q, { limit: 5, decide: { minCoverage: 0 } });
	const texts = answer.found ? answer.passages.map((passage) => passage.paragraph.text) : [];
	const rank = texts.findIndex((text) => item.gold.some((gold) => text.includes(gold)));
	return { answerable: item.gold.length > 0, confidence: answer.found ? answer.confidence : -1, rank };
});
const answerable = results.filter((result) => result.answerable);
const outOfScope = results.filter((result) => !result.answerable);
// A wrong "not in the article" costs a user more than a near miss answered with its closest passages: the
// threshold is the highest that wrongly declines at most this share of answerable questions.
const MAX_WRONG_DECLINES = 0.05;
let best = { threshold: 0, balanced: 0 };
for (let threshold = 0; threshold <= 1; threshold += 0.01) {
	const answered = answerable.filter((result) => result.confidence >= threshold).length / answerable.length;
	const declined = outOfScope.filter((result) => result.confidence < threshold).length / outOfScope.length;
	if (1 - answered <= MAX_WRONG_DECLINES) best = { threshold, balanced: (answered + declined) / 2 };
}
const kept = answerable.filter((result) => result.confidence >= best.threshold);
console.log(
	JSON.stringify({
		minCoverage: Number(best.threshold.toFixed(2)),
		balancedAccuracy: Number(best.balanced.toFixed(3)),
		rankedHitAt1: Number((answerable.filter((r) => r.rank === 0).length / answerable.length).toFixed(3)),
		rankedHitAt3: Number((answerable.filter((r) => r.rank >= 0 && r.rank < 3).length / answerable.length).toFixed(3)),
		hitAt1: Number((kept.filter((r) => r.rank === 0).length / answerable.length).toFixed(3)),
		hitAt3: Number((kept.filter((r) => r.rank >= 0 && r.rank < 3).length / answerable.length).toFixed(3)),
		wronglyDeclined: answerable.length - kept.length,
		earlierHitAt1: Number((earlierRanks.filter((r) => r === 0).length / earlier.length).toFixed(3)),
		earlierHitAt3: Number((earlierRanks.filter((r) => r >= 0 && r < 3).length / earlier.length).toFixed(3)),
		declined: `${outOfScope.filter((r) => r.confidence < best.threshold).length}/${outOfScope.length}`,
	}),
);
