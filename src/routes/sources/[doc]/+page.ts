import { error } from '@sveltejs/kit';
import { builtinFactFile } from '$lib/builtin-facts';
import { documentText } from '$lib/sources';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => builtinFactFile.documents.map((d) => ({ doc: d.id }));

export const load: PageLoad = ({ params }) => {
	const doc = builtinFactFile.documents.find((d) => d.id === params.doc);
	const text = doc && documentText(doc.file);
	if (!doc || text === undefined) error(404, 'No such document');
	return { doc, paragraphs: text.split(/\r?\n/).filter((p) => p.trim() !== '') };
};
