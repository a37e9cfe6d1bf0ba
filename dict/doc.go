// Package dict is vocero's Spanish dictionary and spelling engine.
//
// The bundled dictionary (Default) holds every form that the Mexican
// Spanish Hunspell dictionary generates (about 694,000 forms of the
// LibreOffice dictionary by Santiago Bosio, from Debian's hunspell-es),
// plus reviewed supplement lists for the domain: electoral and
// institutional vocabulary, institutions and their acronyms, the 72
// municipalities of Sonora and their localities, common Mexican names and
// surnames, and social-media words. They live in data/ as plain text.
// Voseo forms (informate, consultalo, participá), which the dictionary
// shares with other countries, are left out: in Mexico they are
// misspellings of infórmate, consúltalo, participa.
//
// # How the data is stored
//
// go generate ./dict runs gen.go, which expands every affix rule of the
// .aff/.dic pair with this package's own Hunspell reader, adds the
// supplement, estimates word frequencies from Spanish prose installed on
// the machine (Debian's fortunes-es, debian-reference-es, manpages-es) and
// writes es_MX.dawg: a minimal acyclic automaton whose 8-byte edges also
// number the words (a minimal perfect hash), followed by one byte of
// frequency and flags per word. The file is embedded and read in place:
// Default reads a 24-byte header, the alphabet (about a hundred
// characters) and the root's edges, a few microseconds, and nothing per
// word, so a process that checks one post pays almost nothing for the
// dictionary, and only the pages a look-up touches are ever loaded. A
// look-up walks one edge per character (about 50 ns for a common word).
//
// # Capitalisation
//
// Contains follows Spanish usage: a form may be written as the dictionary
// has it, with a capital first letter, or all in capitals, and capitals
// keep their accents (ÉXITO is right, EXITO is not); a
// proper noun keeps its capital (hermosillo is wrong, Hermosillo right).
// Lookup finds a form whatever its capitalisation and tells if it is a
// proper noun or an acronym. Verb forms with enclitic pronouns (publícalo)
// and words with the usual prefixes (exconsejera, prerregistro) are
// accepted when their parts are words and the accent is right.
//
// # Suggestions
//
// Suggest ranks corrections by a weighted edit distance computed while
// walking the automaton: a wrong or missing accent costs least, then the
// confusions of Mexican Spanish (b/v, c/s/z, g/j, ll/y, h, x/cc, doubled
// letters; plus the REP pairs of the .aff file), then any other edit at
// distance one or two (a swap of two letters counts one); frequent words
// win ties.
//
// # Lists of common errors
//
// CommonMisspellings is a reviewed list of misspellings frequent in
// Mexican Spanish, each with one sure fix (haiga -> haya, atravez -> a
// través, fué -> fue, à -> a); it is matched word by word through
// github.com/client9/misspell's string replacer, so accented entries
// work. ProbableAccents lists words that exist without an accent, mostly
// as rare verb forms, but that in a post nearly always need it (numero ->
// número, computo -> cómputo): a checker should ask, not fix.
//
// # Morphology
//
// Analyze gives each form of the bundled dictionary its lemmas and coarse
// features: part of speech (Noun, Adjective, Verb, Adverb, Determiner,
// Pronoun, Preposition, Conjunction, Interjection, ProperNoun, Numeral);
// for verbs, mood or non-finite form (Indicative, Subjunctive,
// Imperative, Infinitive, Gerund, Participle), tense (Present, Preterite,
// Imperfect, Future, Conditional), person and number; gender and number
// for nouns, adjectives, participles and determiners. A homograph gets
// every reading, closed classes first:
//
//	sobre    sobre prep · sobre noun · sobrar verb subj pres 1sg, 3sg
//	voto     votar verb ind pres 1sg · voto noun masc sg
//	votó     votar verb ind pret 3sg
//
// Verb forms with enclitic pronouns are split at run time: regístrate is
// registrar, imperative, 2sg, with Clitics te; dígaselo is decir,
// imperative (of usted), 3sg, with se and lo. The split is accepted only
// when the host is an infinitive, gerund or command and the written
// accent of the whole word is where the rules put it, so registrate (a
// voseo form, wrong in Mexico) has no such reading.
//
// A word the dictionary lacks but that is a productive prefix joined to
// a noun, adjective or verb form is analysed through the rest, with the
// prefix in Prefix (reprogramó: programar, Prefix re; exconsejera:
// consejero, Prefix ex), and a number written in digits is a Numeral.
//
// The word is analysed as written: accents count (publico, público,
// publicó) and ñ is never folded; capitals do not (PÚBLICO is público). A
// reused buffer makes Analyze allocation-free, and a look-up costs a walk
// of the automaton plus a few table reads (well under a microsecond).
// Forms lists the forms of a lemma, for building matchers.
//
// The analyses are built by go generate from the same Hunspell files: a
// verb is a stem whose affix classes conjugate (each generated form is
// read by its ending and the spelling of its stem: pienso, busqué,
// conozco, construyó); the plural and feminine classes inflect nouns and
// adjectives; other classes derive new words with their own lemma
// (votación from votar). Irregular verbs (ser, ir, haber, estar, tener,
// poner, venir, decir, hacer, dar, ver, saber, poder, querer, salir,
// valer, caber, traer, caer, oír, andar and the -ducir verbs, with the
// compounds of most: detener, proponer, conducir) come from the reviewed
// paradigms in data/verbos_irregulares.txt, and closed classes from
// data/categorias.txt. Noun and adjective are told apart only by affix
// classes and endings: a gendered word (público) is given both. The table
// (es_MX.morph) is indexed by the automaton's word numbers and read in
// place; nothing is decoded until the first Analyze.
//
// # English words
//
// English tells an English word in a Spanish post (download, meeting, the)
// from a Spanish misspelling, and gives a Spanish equivalent where one is
// listed (download: descarga). The list (data/ingles.txt) is generated by
// go generate from Debian's hunspell-en-us dictionary (SCOWL), keeping the
// forms that are not Spanish and are not an accent or a b/v, c/s/z...
// confusion away from a Spanish word (area is área, not English); the
// equivalents and a few function words are a reviewed list
// (data/ingles_equivalentes.txt).
//
// # Other dictionaries and user words
//
// LoadHunspell reads any Hunspell .aff/.dic pair at run time, and
// WithWords extends a dictionary with a user's words (the config's words:
// list and the CLI's --words file).
//
// # Licence of the data
//
// The Spanish dictionary is © Santiago Bosio and the LibreOffice project,
// distributed under MPL-1.1, GPL-3+ or LGPL-3+ at the user's choice;
// es_MX.dawg is derived from it and is distributed under the same terms
// (LICENSE-es_MX.MPL-1.1 holds the MPL text; see README.md).
package dict
