import { StringDecoder } from 'node:string_decoder';

/** Longest line kept, in characters: the rest of a longer line is dropped (no answer needs it, memory would). */
export const MAX_LINE_LENGTH = 64 * 1024;

/**
 * Splits a stream into lines on "\n" only, dropping one "\r" before it (Windows line ends): one line in is one
 * line out, whatever else the line holds (a bare "\r", NUL, invalid UTF-8). The last line counts even without a
 * final "\n". Unlike readline, which also ends a line at a bare "\r".
 */
export async function* readLines(
	input: AsyncIterable<Buffer | string>,
	maxLineLength = MAX_LINE_LENGTH,
): AsyncGenerator<string> {
	const decoder = new StringDecoder('utf8');
	let line = '';
	let pending = false;
	const add = (piece: string) => {
		pending = true;
		if (line.length < maxLineLength) line += piece.slice(0, maxLineLength - line.length);
	};
	const take = () => {
		const done = line.endsWith('\r') ? line.slice(0, -1) : line;
		line = '';
		pending = false;
		return done;
	};
	for await (const chunk of input) {
		const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
		let start = 0;
		for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
			add(text.slice(start, end));
			yield take();
			start = end + 1;
		}
		if (start < text.length) add(text.slice(start));
	}
	const rest = decoder.end();
	if (rest !== '') add(rest);
	if (pending) yield take();
}
