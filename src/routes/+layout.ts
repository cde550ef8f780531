// Every page is prerendered into static HTML; progress is read in the browser from IndexedDB.
export const prerender = true;
export const trailingSlash = 'never';
