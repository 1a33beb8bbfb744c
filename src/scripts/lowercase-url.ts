/**
 * On the 404 page: profile URLs are lower case, but people type and share `/countries/PRK/`. If the address has
 * capitals, try it in lower case (a lower-case miss lands back here without a loop).
 */
const { pathname, search, hash } = window.location;
const lower = pathname.toLowerCase();
if (lower !== pathname) window.location.replace(lower + search + hash);
