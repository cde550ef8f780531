/**
 * Which quotes occur verbatim in a text, in time linear in the sizes of the text and the quotes
 * (Aho–Corasick). Checking each quote with `text.includes` costs the text's length per quote in
 * the worst case: a hostile file of a few thousand long quotes against a repetitive text would
 * take seconds; this takes one pass over the text whatever it holds.
 */

/**
 * A trie edge is the key `node * radix + letter` of one Map, where a letter is the index of a code
 * unit in the quotes' own alphabet: small keys stay small integers, which Maps hash fastest.
 */

/** For each quote, whether it occurs in `text` (compared code unit for code unit). */
export function occursIn(text: string, quotes: readonly string[]): boolean[] {
	const letter = new Int32Array(0x10000).fill(-1);
	let radix = 0;
	for (const quote of quotes)
		for (let i = 0; i < quote.length; i++) {
			const code = quote.charCodeAt(i);
			if (letter[code] === -1) letter[code] = radix++;
		}

	// The trie of the quotes: node 0 is the root; each node remembers its parent and its edge.
	const edges = new Map<number, number>();
	const parent: number[] = [0];
	const edge: number[] = [0];
	const depth: number[] = [0];
	const terminal = quotes.map((quote) => {
		let node = 0;
		for (let i = 0; i < quote.length; i++) {
			const code = letter[quote.charCodeAt(i)]!;
			const key = node * radix + code;
			let next = edges.get(key);
			if (next === undefined) {
				next = parent.length;
				edges.set(key, next);
				parent.push(node);
				edge.push(code);
				depth.push(depth[node]! + 1);
			}
			node = next;
		}
		return node;
	});

	// Nodes by depth (a counting sort), so each failure link is computed after its parent's.
	const count = parent.length;
	let maxDepth = 0;
	for (const d of depth) maxDepth = Math.max(maxDepth, d);
	const slot = new Int32Array(maxDepth + 2);
	for (const d of depth) slot[d + 1] = (slot[d + 1] ?? 0) + 1;
	for (let d = 1; d < slot.length; d++) slot[d] = (slot[d] ?? 0) + (slot[d - 1] ?? 0);
	const byDepth = new Int32Array(count);
	for (let node = 0; node < count; node++) {
		const d = depth[node]!;
		byDepth[slot[d]!] = node;
		slot[d] = slot[d]! + 1;
	}
	const fail = new Int32Array(count);
	for (const node of byDepth) {
		const from = parent[node]!;
		if (node === 0 || from === 0) continue;
		const code = edge[node]!;
		let f = fail[from]!;
		while (f !== 0 && !edges.has(f * radix + code)) f = fail[f]!;
		fail[node] = edges.get(f * radix + code) ?? 0;
	}

	// One pass over the text, marking every node reached; a node's failure links are suffixes of
	// what was read, so they were reached too.
	const seen = new Uint8Array(count);
	seen[0] = 1;
	let node = 0;
	for (let i = 0; i < text.length; i++) {
		const code = letter[text.charCodeAt(i)]!;
		if (code === -1) {
			// A code unit no quote has: nothing read so far can continue.
			node = 0;
			continue;
		}
		for (;;) {
			const next = edges.get(node * radix + code);
			if (next !== undefined) {
				node = next;
				break;
			}
			if (node === 0) break;
			node = fail[node]!;
		}
		seen[node] = 1;
	}
	for (let i = count - 1; i > 0; i--) {
		const deepest = byDepth[i]!;
		if (seen[deepest]) seen[fail[deepest]!] = 1;
	}
	return terminal.map((node) => seen[node] === 1);
}
