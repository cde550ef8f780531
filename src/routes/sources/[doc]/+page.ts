import { error } from '@sveltejs/kit';
import { loadBuiltinFacts } from '$lib/state/builtin-deck';
import { documentText } from '$lib/sources';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = async () =>
	(await loadBuiltinFacts()).documents.map((d) => ({ doc: d.id }));

export const load: PageLoad = async ({ params, parent }) => {
	const { file } = await parent();
	const doc = file.documents.find((d) => d.id === params.doc);
	const text = doc && documentText(doc.file);
	if (!doc || text === undefined) error(404, 'No such document');
	return { doc, paragraphs: text.split(/\r?\n/).filter((p) => p.trim() !== '') };
};
