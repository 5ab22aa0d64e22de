import { answerQuestion } from '/work/main/src/core/answer/answer-question.js';
import { createBriefing } from '/work/main/src/core/briefing.js';
import { loadKnowledge } from '/work/main/src/core/knowledge/load-knowledge.js';
import { readCases, splitCases } from '/work/main/test/eval/evaluate.js';

const briefing = createBriefing(await loadKnowledge('/work/main/knowledge'));
const set = process.argv[2] ?? 'tune';
const all = readCases('/work/main/test/eval/dev-questions-2.jsonl');
const { tune, heldOut } = splitCases(all, 'briefing-2026');
const cases = set === 'tune' ? tune : set === 'held' ? heldOut : readCases(set);
const paras = briefing.knowledge.article.paragraphs;
for (const item of cases) {
	const a = answerQuestion(briefing, item.q, { limit: 5, decide: { minCoverage: 0 } });
	const texts = a.found ? a.passages.map((p) => p.paragraph.text) : [];
	const rank = texts.findIndex((t) => item.gold.some((g) => t.includes(g)));
	const goldParas = paras.filter((p) => item.gold.some((g) => p.text.includes(g))).map((p) => p.number);
	const top = a.found
		? a.passages
				.slice(0, 3)
				.map((p) => `${p.paragraph.number}(${p.score.toFixed(0)},${p.coverage?.toFixed?.(2)})`)
				.join(' ')
		: JSON.stringify(a.reason);
	const cs = briefing.index
		.analyze(briefing.index.normalize(item.q))
		.map(
			(c) =>
				`${c.label}:${c.rarity.toFixed(1)}/${c.coverage.toFixed(1)}${c.generic ? 'g' : ''}[${[...c.terms]
					.filter(([, w]) => w < 1)
					.map(([t, w]) => t + w)
					.slice(0, 4)
					.join(',')}]`,
		)
		.join(' ');
	console.log(
		`${item.gold.length ? 'A' : 'O'} ${a.confidence.toFixed(2)} r${rank} gold=${goldParas} top=${top} | ${item.q} | ${cs}`,
	);
}
