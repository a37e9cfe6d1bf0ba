// Dev-only. Reads lint/testdata/twittertext/cases.jsonl (one JSON string per
// line) and writes lint/testdata/twittertext/expected.jsonl with what
// twitter-text 3.1.0 and Node's Intl.Segmenter say about each case, on the
// NFC form of the text (the form vocero analyses and X counts):
//   weightedLength, valid           parseTweet
//   hashtags, mentions, urls,       extractEntitiesWithIndices, each entity
//   cashtags                        as [start, end, value] with start/end in
//                                   bytes of the UTF-8 NFC text
//   graphemes                       Intl.Segmenter grapheme count (Bluesky)
// Usage: npm install twitter-text@3.1.0 (outside the repository), then
//   NODE_PATH=<dir>/node_modules node expected.js <repo>/lint/testdata/twittertext
'use strict';
const fs = require('fs');
const path = require('path');
const tt = require('twitter-text');
const dir = process.argv[2];
if (!dir) throw new Error('usage: node expected.js <testdata dir>');
const cases = fs.readFileSync(path.join(dir, 'cases.jsonl'), 'utf8').split('\n').filter((l) => l !== '').map((l) => JSON.parse(l));
const seg = new Intl.Segmenter('es', { granularity: 'grapheme' });
const bytes = (s, i) => Buffer.byteLength(s.slice(0, i), 'utf8');
const out = cases.map((text) => {
  const t = text.normalize('NFC');
  const p = tt.parseTweet(t);
  const ents = tt.extractEntitiesWithIndices(t);
  const pick = (key) => ents.filter((e) => e[key] !== undefined).map((e) => {
    let v = e[key];
    if (key === 'screenName' && e.listSlug) v += e.listSlug;
    return [bytes(t, e.indices[0]), bytes(t, e.indices[1]), v];
  });
  return JSON.stringify({
    weightedLength: p.weightedLength,
    valid: p.valid,
    hashtags: pick('hashtag'),
    mentions: pick('screenName'),
    urls: pick('url'),
    cashtags: pick('cashtag'),
    graphemes: [...seg.segment(t)].length,
  });
});
fs.writeFileSync(path.join(dir, 'expected.jsonl'), out.join('\n') + '\n');
console.error(cases.length + ' cases');
