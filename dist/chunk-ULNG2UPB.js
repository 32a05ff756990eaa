import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);

// src/core/url-secrets.ts
var MIN_SECRET_LENGTH = 6;
var SCHEME_URL = /\b[a-z][a-z0-9+.-]*:\/\/[^\s'"<>`]+/gi;
function parse(url) {
  try {
    return new URL(url);
  } catch {
    return void 0;
  }
}
function publicUrl(url) {
  const parsed = parse(url);
  if (!parsed || !/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) return url;
  if (!parsed.username && !parsed.password && !parsed.search && !parsed.hash) return url;
  parsed.username = "";
  parsed.password = "";
  parsed.search = "";
  parsed.hash = "";
  return parsed.toString();
}
function redactUrls(text) {
  return text.replace(SCHEME_URL, (url) => {
    const trail = /[).,;:!]*$/.exec(url)?.[0] ?? "";
    const bare = trail ? url.slice(0, -trail.length) : url;
    return publicUrl(bare) + trail;
  });
}
function urlSecrets(url) {
  const parsed = parse(url);
  if (!parsed || !/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) return [];
  const found = [];
  const both = (encoded) => {
    let decoded = encoded;
    try {
      decoded = decodeURIComponent(encoded);
    } catch {
    }
    found.push(encoded, decoded);
  };
  if (parsed.password) both(parsed.password);
  else if (parsed.username && /^https?:$/.test(parsed.protocol)) both(parsed.username);
  for (const [, value] of parsed.searchParams) found.push(value, encodeURIComponent(value));
  if (parsed.hash.length > 1) both(parsed.hash.slice(1));
  return [...new Set(found)].filter((s) => s.length >= MIN_SECRET_LENGTH);
}

export {
  publicUrl,
  redactUrls,
  urlSecrets
};
