/** The web app manifest: what the phone shows when the app is installed. */
export const manifest = {
	name: 'Belarus Study',
	short_name: 'Belarus Study',
	description:
		'Flashcards and quizzes on two documents about political prisoners released in Belarus. Works offline.',
	start_url: '/',
	scope: '/',
	display: 'standalone' as const,
	orientation: 'portrait' as const,
	theme_color: '#1f3a5f',
	background_color: '#ffffff',
	lang: 'en',
	icons: [
		{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
		{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
		{ src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' }
	]
};
