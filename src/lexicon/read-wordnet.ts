/**
 * Reads the WordNet database files (`index.*`, `data.*`, and the `*.exc` exception lists): the format is WordNet's
 * own (wndb(5WN)), one synset or lemma per line, fields separated by spaces.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PartOfSpeech } from '../core/lexicon/lexicon-data.js';

const FILE_NAMES: Record<PartOfSpeech, string> = { noun: 'noun', verb: 'verb', adjective: 'adj', adverb: 'adv' };
const POS_OF_TYPE: Record<string, PartOfSpeech> = { n: 'noun', v: 'verb', a: 'adjective', s: 'adjective', r: 'adverb' };

/** One pointer of a synset: its symbol (`@` hypernym, `+` derivation, …), the target, and the words it links. */
export interface Pointer {
	readonly symbol: string;
	readonly target: string;
	/** The index of the source word within its synset, from 1; 0 when the pointer links whole synsets. */
	readonly source: number;
	readonly targetWord: number;
}

export interface Synset {
	readonly id: string;
	readonly words: readonly string[];
	/** The words WordNet capitalizes: names of one person, place or thing ("Bamako", "Lincoln"). */
	readonly names: readonly string[];
	readonly pointers: readonly Pointer[];
	/** The lexicographer file it is filed in: 18 is `noun.person`, 15 `noun.location` (see WordNet's lexnames). */
	readonly lexFile: number;
	/** What the gloss says the sense is, without its examples: "public transport provided by a line of railway cars …". */
	readonly definition: string;
}

export interface Lemma {
	readonly word: string;
	readonly pos: PartOfSpeech;
	/** Synset ids, most frequent sense first. */
	readonly synsets: readonly string[];
	/** How many of its senses are tagged in WordNet's sense-tagged corpus: a rough measure of how common the word is. */
	readonly tagged: number;
	/**
	 * How many times its senses are tagged in that corpus, all senses together (WordNet's `index.sense`): how often the
	 * word is used as this part of speech. 0 where the database has no counts.
	 */
	readonly uses: number;
}

export interface WordNet {
	readonly synsets: ReadonlyMap<string, Synset>;
	readonly lemmas: readonly Lemma[];
	/** Irregular forms: "came" → ["come"]. */
	readonly exceptions: ReadonlyMap<string, readonly string[]>;
}

/** A lemma as WordNet writes it ("prime_minister", "whole(a)") as words ("prime minister", "whole"). */
function readWord(raw: string): string {
	return raw
		.replace(/\([a-z]+\)$/u, '')
		.replaceAll('_', ' ')
		.toLowerCase();
}

function readLines(path: string): string[] {
	// License text at the top of each file is indented with spaces; data lines never are.
	return readFileSync(path, 'utf8')
		.split('\n')
		.filter((line) => line !== '' && !line.startsWith(' '));
}

/** Reads WordNet from its `dict` folder, with the exception lists from another folder of the same format. */
export function readWordNet(dictDir: string, exceptionsDir: string): WordNet {
	const synsets = new Map<string, Synset>();
	const lemmas: Lemma[] = [];
	const exceptions = new Map<string, string[]>();
	const uses = readUses(dictDir);
	for (const [pos, name] of Object.entries(FILE_NAMES) as [PartOfSpeech, string][]) {
		for (const line of readLines(join(dictDir, `data.${name}`))) {
			const fields = line.split(' ');
			const type = fields[2] ?? '';
			const id = `${POS_OF_TYPE[type] ?? pos}:${fields[0]}`;
			const wordCount = Number.parseInt(fields[3] ?? '0', 16);
			const raw = Array.from({ length: wordCount }, (_, i) => fields[4 + i * 2] ?? '');
			const words = raw.map(readWord);
			const names = raw.filter((word) => /^\p{Lu}/u.test(word)).map(readWord);
			let at = 4 + wordCount * 2;
			const pointerCount = Number(fields[at++]);
			const pointers: Pointer[] = [];
			for (let i = 0; i < pointerCount; i++, at += 4) {
				const link = fields[at + 3] ?? '0000';
				pointers.push({
					symbol: fields[at] ?? '',
					target: `${POS_OF_TYPE[fields[at + 2] ?? ''] ?? pos}:${fields[at + 1]}`,
					source: Number.parseInt(link.slice(0, 2), 16),
					targetWord: Number.parseInt(link.slice(2), 16),
				});
			}
			// The gloss follows " | ": the definition's first clause, before any semicolon or quoted example.
			const bar = line.indexOf(' | ');
			const definition = bar === -1 ? '' : (line.slice(bar + 3).split(/[;"]/u)[0] ?? '').trim();
			synsets.set(id, { id, words, names, pointers, lexFile: Number(fields[1]), definition });
		}
		for (const line of readLines(join(dictDir, `index.${name}`))) {
			const fields = line.trim().split(' ');
			const senseCount = Number(fields[2]);
			const pointerCount = Number(fields[3]);
			const tagged = Number(fields[5 + pointerCount]);
			const offsets = fields.slice(6 + pointerCount, 6 + pointerCount + senseCount);
			lemmas.push({
				word: readWord(fields[0] ?? ''),
				pos,
				synsets: offsets.map((offset) => `${pos}:${offset}`),
				tagged,
				uses: uses.get(`${pos}:${fields[0]}`) ?? 0,
			});
		}
		for (const line of readLines(join(exceptionsDir, `${name}.exc`))) {
			const [form, ...bases] = line.trim().split(' ').map(readWord);
			if (form !== undefined) exceptions.set(form, [...(exceptions.get(form) ?? []), ...bases]);
		}
	}
	return { synsets, lemmas, exceptions };
}

const POS_OF_SENSE_TYPE: Record<string, PartOfSpeech> = {
	'1': 'noun',
	'2': 'verb',
	'3': 'adjective',
	'4': 'adverb',
	// An adjective satellite, listed in `index.adj` with the adjectives.
	'5': 'adjective',
};

/**
 * Tag counts by part of speech and lemma as the index files write it ("noun:prime_minister"), from `index.sense`
 * (lines "gift%2:41:00:: 02479662 1 1": sense key, synset, sense number, tag count).
 */
function readUses(dictDir: string): Map<string, number> {
	const uses = new Map<string, number>();
	for (const line of readLines(join(dictDir, 'index.sense'))) {
		const [key = '', , , count = '0'] = line.split(' ');
		const [lemma = '', type = ''] = key.split(/%|:/u);
		const pos = POS_OF_SENSE_TYPE[type];
		if (pos === undefined) continue;
		const id = `${pos}:${lemma}`;
		uses.set(id, (uses.get(id) ?? 0) + Number(count));
	}
	return uses;
}

/** The names (see `Synset.names`) of every kind and instance under a synset: every place under "location". */
export function collectNames(wordnet: WordNet, root: string): Set<string> {
	const names = new Set<string>();
	const seen = new Set<string>([root]);
	const queue = [root];
	for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
		const synset = wordnet.synsets.get(id);
		if (synset === undefined) continue;
		for (const name of synset.names) names.add(name);
		for (const pointer of synset.pointers) {
			if ((pointer.symbol === '~' || pointer.symbol === '~i') && !seen.has(pointer.target)) {
				seen.add(pointer.target);
				queue.push(pointer.target);
			}
		}
	}
	return names;
}
