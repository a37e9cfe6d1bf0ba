package rules

import (
	"fmt"

	"github.com/vocero/vocero/lint"
)

// Messages of an entity that an invisible or full-width character breaks
// or changes; campaign-hashtag reports hashtags (6.XXIII), external-link
// mentions and links (6.VI). Keys are "<problem>-<kind>"; %s is the
// criterion, filled once when the rule's metadata is built.
var divergenceTemplates = map[string]lint.Message{
	"hidden-hashtag": {
		ES: "Un carácter invisible corta la etiqueta «%%s»: la plataforma enlaza solo «%%s»; quítalo (criterio %s)",
		EN: "An invisible character cuts the hashtag \"%%s\" short: the platform links only \"%%s\"; remove it (criterion %s)",
	},
	"unlinked-hashtag": {
		ES: "Un carácter invisible deja sin enlace la etiqueta «%%s»; quítalo (criterio %s)",
		EN: "An invisible character leaves the hashtag \"%%s\" unlinked; remove it (criterion %s)",
	},
	"wide-hashtag": {
		ES: "La etiqueta «%%s» lleva caracteres de ancho completo y para la plataforma no es «%%s»; escríbela con caracteres normales (criterio %s)",
		EN: "The hashtag \"%%s\" has full-width characters and is not \"%%s\" to the platform; write it with ordinary characters (criterion %s)",
	},
	"hidden-mention": {
		ES: "Un carácter invisible corta la mención «%%s»: la plataforma enlaza «%%s», otra cuenta; quítalo (criterio %s)",
		EN: "An invisible character cuts the mention \"%%s\" short: the platform links \"%%s\", another account; remove it (criterion %s)",
	},
	"unlinked-mention": {
		ES: "La mención «%%s» no llega a la cuenta: un carácter invisible o de ancho completo la deja sin enlace; escríbela con caracteres normales (criterio %s)",
		EN: "The mention \"%%s\" does not reach the account: an invisible or full-width character leaves it unlinked; write it with ordinary characters (criterion %s)",
	},
	"hidden-url": {
		ES: "Un carácter invisible corta el vínculo «%%s»: la plataforma enlaza solo «%%s»; quítalo (criterio %s)",
		EN: "An invisible character cuts the link \"%%s\" short: the platform links only \"%%s\"; remove it (criterion %s)",
	},
	"unlinked-url": {
		ES: "El vínculo «%%s» queda sin enlace por un carácter invisible o de ancho completo; escríbelo con caracteres normales (criterio %s)",
		EN: "The link \"%%s\" is left unlinked by an invisible or full-width character; write it with ordinary characters (criterion %s)",
	},
	"wide-url": {
		ES: "El vínculo «%%s» lleva caracteres de ancho completo y para la plataforma no es «%%s»; escríbelo con caracteres normales (criterio %s)",
		EN: "The link \"%%s\" has full-width characters and is not \"%%s\" to the platform; write it with ordinary characters (criterion %s)",
	},
}

// withDivergenceMessages adds to a rule's messages those of the given
// entity kinds, citing criterion.
func withDivergenceMessages(m map[string]lint.Message, criterion string, kinds ...string) map[string]lint.Message {
	for key, tpl := range divergenceTemplates {
		for _, k := range kinds {
			if len(key) > len(k) && key[len(key)-len(k):] == k {
				m[key] = lint.Message{ES: sprintf(tpl.ES, criterion), EN: sprintf(tpl.EN, criterion)}
			}
		}
	}
	m["fix-divergence"] = lint.Message{ES: "Escribir «%s»", EN: "Write \"%s\""}
	return m
}

// reportDivergences reports the entities of the given kinds that a reader
// and the platform read differently (lint.Document.Divergences): kind
// "hidden-character" when the platform links less or nothing, "full-width"
// when it links the entity with full-width characters.
func reportDivergences(p *lint.Pass, kinds ...lint.TokenKind) {
	for _, dv := range p.Doc.Divergences() {
		ok := false
		for _, k := range kinds {
			ok = ok || dv.Kind == k
		}
		if !ok {
			continue
		}
		name := dv.Kind.String()
		f := lint.Finding{Span: dv.Span, Kind: "hidden-character"}
		switch {
		case dv.FullWidth:
			f.Kind = "full-width"
			f.Message = p.Msgf("wide-"+name, dv.Linked, dv.Seen)
		case dv.Linked == "":
			f.Message = p.Msgf("unlinked-"+name, dv.Seen)
		default:
			f.Message = p.Msgf("hidden-"+name, dv.Seen, dv.Linked)
		}
		if dv.Fix != nil {
			f.Fixes = []lint.Fix{{Safe: true, Message: p.Msgf("fix-divergence", dv.Fix.New), Edits: []lint.Edit{*dv.Fix}}}
		}
		p.Report(f)
	}
}

func sprintf(format string, args ...any) string { return fmt.Sprintf(format, args...) }
