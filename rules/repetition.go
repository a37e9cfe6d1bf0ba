package rules

import (
	"fmt"
	"math"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/vocero/vocero/lint"
	"github.com/vocero/vocero/rules/internal/minhash"
)

// RepetitionOptions configures the repetition rule. Zero values take the
// defaults.
type RepetitionOptions struct {
	// Window is how far apart in time two posts may be for a near-duplicate
	// to count (default 7 days).
	Window time.Duration
	// Threshold is the similarity (Jaccard of character shingles, 0 to 1)
	// from which a post is a near-duplicate of another (default 0.8).
	Threshold float64
	// MaxEmoji is how many times one emoji may appear (default 3).
	MaxEmoji int
	// MaxLinks is how many links a post may carry (default 3).
	MaxLinks int
	// MinChars is the shortest post, in letters and digits, compared with
	// the history (default 40): short replies and greetings repeat by
	// nature.
	MinChars int
	// CompareReplies compares replies with the history too; by default
	// replies, which answer the same question the same way, are left out.
	CompareReplies bool
	// IgnoreHashtags turns off the repeated-hashtag check. This rule is
	// the only one that reports a repeated hashtag, so with it on no
	// finding says so.
	IgnoreHashtags bool
	// Past holds published posts; only those with a publish time are used.
	Past []lint.Post
}

// Default option values.
const (
	DefaultRepetitionWindow    = 7 * 24 * time.Hour
	DefaultRepetitionThreshold = 0.8
	defaultMaxEmoji            = 3
	defaultMaxLinks            = 3
	defaultMinChars            = 40
	// maxCandidates bounds the exact comparisons per post, so that a
	// history full of copies of one post does not slow a check down.
	maxCandidates = 64
)

// Repetition reports spam-like repetition inside a post (a word or phrase
// repeated, stretched letters, one emoji many times, a mention or hashtag
// twice, too many links) and posts that nearly repeat one published
// shortly before. The history index is built once, by NewRepetition.
type Repetition struct {
	o     RepetitionOptions
	past  []pastPost // sorted by time
	times []int64    // past[i].at, for binary search
	index *minhash.Index
	bufs  sync.Pool // *repetitionScratch
}

type pastPost struct {
	id, text string
	at       int64 // Unix seconds
}

type repetitionScratch struct {
	all     []seqWord // the words of the post, for checkWords
	content []seqWord // those that are not stop words
	fold    []byte
	set     []uint64
	other   []uint64
	seen    []int32
}

// NewRepetition builds the rule and indexes o.Past; building is linear in
// the history and runs on every CPU.
func NewRepetition(o RepetitionOptions) *Repetition {
	if o.Window <= 0 {
		o.Window = DefaultRepetitionWindow
	}
	if o.Threshold <= 0 || o.Threshold > 1 || math.IsNaN(o.Threshold) {
		o.Threshold = DefaultRepetitionThreshold
	}
	if o.MaxEmoji <= 0 {
		o.MaxEmoji = defaultMaxEmoji
	}
	if o.MaxLinks <= 0 {
		o.MaxLinks = defaultMaxLinks
	}
	if o.MinChars <= 0 {
		o.MinChars = defaultMinChars
	}
	r := &Repetition{o: o}
	r.bufs.New = func() any { return new(repetitionScratch) }
	for _, p := range o.Past {
		if p.PublishAt.IsZero() || p.Reply && !o.CompareReplies {
			continue
		}
		r.past = append(r.past, pastPost{id: p.ID, text: p.Text, at: p.PublishAt.Unix()})
	}
	r.o.Past = nil // the rule keeps its own compact copy
	sort.SliceStable(r.past, func(i, j int) bool { return r.past[i].at < r.past[j].at })
	r.times = make([]int64, len(r.past))
	for i := range r.past {
		r.times[i] = r.past[i].at
	}
	bands, rows := minhash.Banding(r.o.Threshold)
	r.index = minhash.BuildTexts(len(r.past), bands, rows, runtime.GOMAXPROCS(0),
		func(i int) string { return r.past[i].text },
		func(folded []byte) bool { return letters(folded) >= o.MinChars })
	return r
}

// letters counts the letters and digits of folded text (spaces excluded).
func letters(folded []byte) int {
	n := 0
	for _, c := range folded {
		if c != ' ' && (c < 0x80 || c >= 0xC0) {
			n++
		}
	}
	return n
}

// repetitionConfig is the rule's YAML options.
type repetitionConfig struct {
	Window         *lint.Duration `yaml:"window"`
	Threshold      *float64       `yaml:"threshold"`
	MaxEmoji       *int           `yaml:"max_emoji"`
	MaxLinks       *int           `yaml:"max_links"`
	MinChars       *int           `yaml:"min_chars"`
	CompareReplies *bool          `yaml:"replies"`
	Hashtags       *bool          `yaml:"hashtags"`
}

func repetitionFromConfig(cfg *lint.Config) (lint.Rule, error) {
	var c repetitionConfig
	if err := cfg.Rule(repetitionMeta.ID).Options.Decode(&c); err != nil {
		return nil, err
	}
	where := cfg.Path
	if where == "" {
		where = "config"
	}
	o := RepetitionOptions{Past: cfg.Past}
	if c.Window != nil {
		if *c.Window <= 0 {
			return nil, fmt.Errorf("%s: rules.repetition: window must be positive", where)
		}
		o.Window = time.Duration(*c.Window)
	}
	if c.Threshold != nil {
		if *c.Threshold <= 0 || *c.Threshold > 1 {
			return nil, fmt.Errorf("%s: rules.repetition: threshold %v is not between 0 and 1", where, *c.Threshold)
		}
		o.Threshold = *c.Threshold
	}
	for _, v := range []struct {
		name string
		p    *int
		dst  *int
	}{{"max_emoji", c.MaxEmoji, &o.MaxEmoji}, {"max_links", c.MaxLinks, &o.MaxLinks}, {"min_chars", c.MinChars, &o.MinChars}} {
		if v.p == nil {
			continue
		}
		if *v.p < 1 {
			return nil, fmt.Errorf("%s: rules.repetition: %s must be at least 1", where, v.name)
		}
		*v.dst = *v.p
	}
	if c.CompareReplies != nil {
		o.CompareReplies = *c.CompareReplies
	}
	if c.Hashtags != nil {
		o.IgnoreHashtags = !*c.Hashtags
	}
	return NewRepetition(o), nil
}

var repetitionMeta = lint.Meta{
	ID:       "repetition",
	Criteria: []string{"6.XXIV"},
	Severity: lint.Warning,
	Summary: lint.Message{
		ES: "Repeticiones que parecen spam: palabras, frases, letras, emojis, menciones o etiquetas repetidas, demasiados vínculos, y publicaciones casi iguales a otras recientes",
		EN: "Spam-like repetition: repeated words, phrases, letters, emoji, mentions or hashtags, too many links, and posts nearly equal to recent ones",
	},
	Doc: lint.Message{
		ES: "El criterio 6.XXIV pide no enviar información o mensajes de forma indiscriminada (spam). Dentro de una publicación, la regla avisa de una palabra o frase repetida seguida (`vota, vota, vota`; se ignoran mayúsculas, acentos y palabras vacías como «y», «a», «de»), una palabra escrita dos veces por descuido (`de de`), una palabra que llena una publicación corta, una oración repetida, letras estiradas (`Votaaaa`; el español no tiene letras triples: `leer`, `creer`, `acción` están bien), el mismo emoji más de 3 veces, la misma mención o etiqueta dos veces (es la única regla que señala una etiqueta repetida; campaign-hashtag no lo hace) y más de 3 vínculos; cuando la corrección es clara la ofrece. " +
			"Entre publicaciones, compara el texto con el historial (`history:` o `--history`) y avisa si es casi igual (similitud de 0.8 o más, por fragmentos de cinco caracteres) a otra publicada dentro de la ventana (7 días antes o después), y dice cuál. Las respuestas y los textos muy cortos no se comparan. Opciones: `window`, `threshold`, `max_emoji`, `max_links`, `min_chars`, `replies`, `hashtags` (false: no avisa de etiquetas repetidas, y ninguna otra regla lo hace).",
		EN: "Criterion 6.XXIV asks not to send information or messages indiscriminately (spam). Within a post the rule warns about a word or phrase repeated in a row (`vota, vota, vota`; case, accents and stop-words such as «y», «a», «de» are ignored), a word typed twice by mistake (`de de`), one word filling a short post, a repeated sentence, stretched letters (`Votaaaa`; Spanish has no triple letters: `leer`, `creer`, `acción` are fine), the same emoji more than 3 times, the same mention or hashtag twice (it is the only rule that reports a repeated hashtag; campaign-hashtag does not) and more than 3 links; it offers the fix when it is clear. " +
			"Across posts it compares the text with the history (`history:` or `--history`) and warns when it is nearly equal (similarity 0.8 or more, by five-character fragments) to one published within the window (7 days before or after), naming it. Replies and very short texts are not compared. Options: `window`, `threshold`, `max_emoji`, `max_links`, `min_chars`, `replies`, `hashtags` (false: no warning about repeated hashtags, and no other rule gives one).",
	},
	Bad:  "¡Vota, vota, vota! Este domingo todos a las urnas 🗳️🗳️🗳️🗳️🗳️ #Elección2027 #Elección2027",
	Good: "¡Vota! Este domingo todos a las urnas 🗳️ #Elección2027",
	Messages: map[string]lint.Message{
		"word": {
			ES: "Palabra repetida %d veces seguidas: «%s»; dila una vez (criterio 6.XXIV)",
			EN: "Word repeated %d times in a row: «%s»; say it once (criterion 6.XXIV)",
		},
		"phrase": {
			ES: "Frase repetida %d veces seguidas: «%s»; dila una vez (criterio 6.XXIV)",
			EN: "Phrase repeated %d times in a row: «%s»; say it once (criterion 6.XXIV)",
		},
		"stuffing": {
			ES: "La palabra «%s» se repite %d veces en una publicación corta; varía la redacción (criterio 6.XXIV)",
			EN: "The word «%s» is repeated %d times in a short post; vary the wording (criterion 6.XXIV)",
		},
		"doubled": {
			ES: "Palabra escrita dos veces: «%s»; borra la repetida (criterio 6.XXIV)",
			EN: "Word written twice: «%s»; delete the repeated one (criterion 6.XXIV)",
		},
		"sentence": {
			ES: "Oración repetida en la misma publicación: «%s»; déjala una sola vez (criterio 6.XXIV)",
			EN: "Sentence repeated in the same post: «%s»; keep it only once (criterion 6.XXIV)",
		},
		"letters": {
			ES: "Letras repetidas de más: «%s»; escribe «%s» (criterio 6.XXIV)",
			EN: "Stretched letters: «%s»; write «%s» (criterion 6.XXIV)",
		},
		"letters-ambiguous": {
			ES: "Letras repetidas de más: «%s»; escribe la palabra sin alargarla, por ejemplo «%s» (criterio 6.XXIV)",
			EN: "Stretched letters: «%s»; write the word without stretching it, e.g. «%s» (criterion 6.XXIV)",
		},
		"emoji": {
			ES: "El emoji %s aparece %d veces; úsalo a lo más %d (criterio 6.XXIV)",
			EN: "The emoji %s appears %d times; use it at most %d (criterion 6.XXIV)",
		},
		"mention": {
			ES: "Mención repetida: «%s» ya aparece antes en la publicación; menciona cada cuenta una vez (criterio 6.XXIV)",
			EN: "Repeated mention: «%s» already appears earlier in the post; mention each account once (criterion 6.XXIV)",
		},
		"hashtag": {
			ES: "Etiqueta repetida: «%s» ya aparece antes en la publicación; usa cada etiqueta una vez (criterio 6.XXIV)",
			EN: "Repeated hashtag: «%s» already appears earlier in the post; use each hashtag once (criterion 6.XXIV)",
		},
		"links": {
			ES: "Demasiados vínculos: %d en una publicación; deja a lo más %d, los más importantes (criterio 6.XXIV)",
			EN: "Too many links: %d in one post; keep at most %d, the most important (criterion 6.XXIV)",
		},
		"near-duplicate": {
			ES: "Publicación casi igual (%d %% de similitud) a %s, publicada el %s: no repitas el mismo mensaje en menos de %s; redáctalo de nuevo o espera (criterio 6.XXIV)",
			EN: "Post nearly equal (%d %% similar) to %s, published on %s: do not repeat the same message within %s; rewrite it or wait (criterion 6.XXIV)",
		},
		"fix-repeat":     {ES: "Dejar una sola vez", EN: "Keep it once"},
		"fix-letters":    {ES: "Quitar las letras de más", EN: "Remove the extra letters"},
		"fix-letters-to": {ES: "Escribir «%s»", EN: "Write «%s»"},
		"fix-emoji":      {ES: "Dejar un solo emoji en cada grupo", EN: "Keep one emoji per group"},
		"fix-tag":        {ES: "Quitar la repetida", EN: "Remove the repeated one"},
	},
}

// Meta implements lint.Rule.
func (r *Repetition) Meta() lint.Meta { return repetitionMeta }

// Check implements lint.Rule.
func (r *Repetition) Check(p *lint.Pass) error {
	taken := r.checkWords(p)
	r.checkSentences(p, taken)
	r.checkLetters(p)
	r.checkTokens(p)
	r.checkHistory(p)
	return nil
}

// stopWords are Spanish function words ignored when looking for repeated
// words ("vota y vota y vota" repeats "vota"), in folded form.
var stopWords = wordSet(`a al ante bajo con contra de del desde e el en entre hacia hasta la las le les lo los mas
	me mi mis muy ni no nos o os para pero por que se si sin sino sobre su sus te tras tu tus u un una unas unos y ya yo`)

// reduplicated are words people legitimately write twice in a row.
var reduplicated = wordSet(`casi ya no si bla ja je ji jo tan tic toc bye chao`)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
