/**
 * `npm run bench`: in-process latency of each command (p50/p99 over a few thousand calls), index build time and
 * peak memory, next to plain MiniSearch defaults. A benchmark, not a test: it asserts nothing.
 */
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/boot.js';
import { autocompleteCommand, executeCommand } from '../../src/commands/index.js';
import { answerQuestion } from '../../src/core/answer/answer-question.js';
import { createBriefing } from '../../src/core/briefing.js';
import { loadKnowledge } from '../../src/core/knowledge/load-knowledge.js';
import { readCases } from '../eval/evaluate.js';

const ROUNDS = 3000;

function percentile(sorted: readonly number[], p: number): number {
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

function measure(name: string, inputs: readonly string[], run: (input: string) => unknown): string[] {
	for (const input of inputs.slice(0, 200)) run(input);
	const times: number[] = [];
	for (let i = 0; i < ROUNDS; i++) {
		const input = inputs[i % inputs.length] ?? '';
		const start = process.hrtime.bigint();
		run(input);
		times.push(Number(process.hrtime.bigint() - start) / 1e6);
	}
	times.sort((a, b) => a - b);
	return [name, `${ROUNDS}`, percentile(times, 50).toFixed(3), percentile(times, 99).toFixed(3)];
}

let peak = process.memoryUsage().rss;
const sampler = setInterval(() => {
	peak = Math.max(peak, process.memoryUsage().rss);
}, 5);

const knowledge = await loadKnowledge(DEFAULT_KNOWLEDGE_DIR);
const buildStart = performance.now();
const briefing = createBriefing(knowledge);
const buildMs = performance.now() - buildStart;

const questions = [
	...readCases(join(import.meta.dirname, '..', 'eval', 'dev-questions.jsonl')),
	...readCases(join(import.meta.dirname, '..', 'eval', 'own-questions.jsonl')),
].map((item) => item.q);
// Hostile questions, past the 300 characters /ask accepts, straight into the core: its cost must stay bounded.
const hostile = [
	'Lavrov vaccine Syria '.repeat(300),
	`${'x'.repeat(5000)} vaccine`,
	Array.from({ length: 800 }, (_, i) => `terms${i}x`).join(' '),
	'quereshi vacine pipline '.repeat(200),
];
const names = ['bajwa', 'quereshi', 'army chief', 'Sergei Lavrov', 'nobody here', ''];
const topics = ['energy', 'vaccine', 'security', '', 'football'];

const plain = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
plain.addAll(knowledge.article.paragraphs.map((paragraph) => ({ id: paragraph.number, text: paragraph.text })));

const rows = [
	measure('/ask', questions, (question) => executeCommand(briefing, 'ask', { question })),
	measure('answerQuestion, hostile (4,800–6,300 chars)', hostile, (question) => answerQuestion(briefing, question)),
	measure('/who', names, (name) => executeCommand(briefing, 'who', { name })),
	measure('/pledges', topics, (topic) => executeCommand(briefing, 'pledges', { topic })),
	measure('/check', questions, (claim) => executeCommand(briefing, 'check', { claim })),
	measure('/about', [''], () => executeCommand(briefing, 'about', {})),
	measure('autocomplete /ask', ['vacc', 'how many', 'lavrov', ''], (value) =>
		autocompleteCommand(briefing, 'ask', 'question', value),
	),
	measure('minisearch defaults (reference)', questions, (question) => plain.search(question)),
];
clearInterval(sampler);

const header = ['operation', 'calls', 'p50 ms', 'p99 ms'];
const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)));
const line = (cells: readonly string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
console.log(
	`machine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
);
console.log(
	`index build: ${buildMs.toFixed(1)} ms (${knowledge.article.paragraphs.length} paragraphs); peak RSS: ${(peak / 2 ** 20).toFixed(0)} MiB\n`,
);
console.log(line(header));
console.log(line(widths.map((width) => '-'.repeat(width))));
for (const row of rows) console.log(line(row));
