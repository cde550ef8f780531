/** Hands a file made in the page to the browser's download (no server: the bytes never leave). */
export function downloadFile(name: string, parts: BlobPart[], type: string) {
	const url = URL.createObjectURL(new Blob(parts, { type }));
	const link = Object.assign(document.createElement('a'), { href: url, download: name });
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
