// Package lexicon is the phrase matcher shared by the rules of institutional
// voice (courtesy, personal-tone, unverified-source, internal-deliberation,
// plain-language).
//
// # How text is matched
//
// The matcher never runs a regular expression per entry. It turns the
// document's words (lint.Document.Words, so word boundaries are the UAX #29
// ones) into a stream of normalised units and walks a trie of word IDs from
// every unit. The cost per post depends on the number of words and on the
// longest phrase, not on the number of entries.
//
// A word becomes a unit key like this:
//
//   - lower case; accents and diaeresis removed (á→a, ü→u) but ñ kept, so
//     "año" never becomes "ano"; Cyrillic and Greek look-alike letters
//     folded to Latin;
//   - in a word that mixes letters and digits, leetspeak digits read as
//     letters (0→o 1→i 3→e 4→a 5→s 7→t), so "1gn0r4nt3" reads "ignorante";
//   - "*" and "@" inside or right after a word stand for one unknown letter
//     ("p*to", "pendej@"); "$" reads as "s";
//   - letters split by dots, hyphens or underscores ("i.g.n.o.r.a.n.t.e"),
//     and runs of three or more single letters split by spaces
//     ("i g n o r a n t e"), are joined into one word;
//   - a visibly stretched word ("idiotaaa", "pendejoo") is also tried with
//     the stretched letters reduced; legitimate Spanish doubles (rr, ll, cc,
//     nn, ee, oo) are kept, so "pero" never reads as "perro";
//   - every spelling of laughter ("jajaja", "JAJAJ", "jejeje", "jsjsjs",
//     "hahaha") reads as the key "jaja".
//
// Words inside URLs, mentions, e-mails and numbers are skipped; a hashtag is
// one unit of its own, never part of a phrase. Two units are adjacent for a
// phrase only when nothing but spaces (or a single line break) separates
// them, so a phrase never spans a comma or the end of a sentence.
//
// # Lexicon files
//
// A lexicon is plain UTF-8 text, one entry per line; blank lines and lines
// starting with "#" are comments. An entry is
//
//	<category> <severity> <phrase> [=> <alternative>[; <alternative>...]] [@tag...]
//
// category is lower-case kebab-case (insult, rumour, bureaucratic...) and
// becomes the finding's kind. severity is error, warning, info, or "-" for a
// context marker that is never reported itself: rules use markers to decide,
// for instance, whether a post speaks of an approved decision (approval),
// of the Consejo (council), of the institution (institutional), names an
// official source (official) or denies a rumour (debunk). Two marker
// categories mean the same in every lexicon: except, a harmless phrase that
// silences any match it overlaps ("derechos reservados"), and, in courtesy,
// name, a word that is also a place or surname (Naco, Cerda). The phrase
// is one or more words, matched case- and accent-insensitively, and each
// word may be written as
//
//	corrupto+        the word and its gender and number forms
//	                 (corrupto corrupta corruptos corruptas; ignorante
//	                 ignorantes; cabrón cabrona cabrones cabronas)
//	pendej*          any word that begins with these letters (use only
//	                 for stems no harmless word starts with)
//	dijo/dije/dijimos  any of these words
//	~decidir         any form of a lemma (decide, decidimos, decidiendo...)
//	~estar:pres.1pl  the forms of a lemma with these features
//	%deliberar:ger   any form of any lemma of a class (analizando,
//	                 valorando, discutiendo...) with these features
//	<verb.inf>       any word with these features (a part of speech)
//	no?              an optional word (also no/nunca?)
//	..3              up to three free words of the same sentence
//
// Classes are reviewed word lists in data/classes.txt. Features are
// joined by dots (all must hold; two of one group, such as pres.fut, are
// either) and alternatives by commas: noun adj verb adv det pron prep
// conj interj propn num; ind subj imp inf ger part; pres pret impf fut
// cond; 1 2 3; sg pl (1pl is 1.pl); masc fem. The forms of lemmas come
// from the morphological analyser of the bundled dictionary, through a
// table generated from it (data/forms.txt, go generate), and are folded
// like every word, so "esta analizando" written without its accent
// matches ~estar %deliberar:ger. A gap lets commas and other punctuation
// pass but not the end of a sentence or a hashtag, and the finding quotes
// the words in the gap too.
//
// # Compiled tables
//
// Compiling a lexicon expands every entry into the word sequences it
// matches and builds a trie per lexicon. For the built-in lexicons this
// is done by go generate (gen.go), which writes data/matcher.bin: a table
// of little-endian integers (see table.go) that the matcher reads in place,
// so a run pays nothing to load it and an entry is decoded only when it is
// first matched. A lexicon the config changes is compiled from its text
// when the linter is built and encoded into the same table, so it matches
// exactly as the generated one would. Tests compare the generated table
// with a fresh compile, byte for byte, and the table's matches with a walk
// of the compiled tries over the rules' test corpora and in a fuzz test.
//
// Alternatives after "=>" are plain replacements (plain-language offers a
// fix when there is exactly one). Tags after "@" restrict when an entry is
// reported; each rule documents the tags it honours: person, noun, aimed,
// reply, nolink, alone, chat, start, unapproved, council, private, label,
// advice.
//
// # Configuration
//
// The config key lexicons extends or trims a built-in lexicon by name:
//
//	lexicons:
//	  courtesy:
//	    add: ["insult error fulanito+ @person"]
//	    remove: ["payaso+", "corrupta"]
//
// add takes entries in the file format above. remove takes a phrase in the
// same word syntax (or a whole entry line) and deletes every form it
// expands to, so "payaso+" drops all four forms and "corrupta" only that
// one; a phrase that is not in the lexicon is an error.
package lexicon
