/**
 * A QR code of a quiz link or a result code, drawn by `uqr` as an SVG image (a data URL, shown in
 * an <img>, so no markup from data reaches the page). Throws when the text is too long for any
 * QR code; the caller says so.
 */
import { renderSVG } from 'uqr';

export function qrImage(text: string): string {
	const svg = renderSVG(text, { ecc: 'L', border: 2 });
	return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
