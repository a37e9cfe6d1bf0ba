package rules

import (
	"strings"
	"testing"

	"github.com/vocero/vocero/lint"
)

// Parts of a Mexican street address as people write them: the street
// (with its type abbreviated or not), the house number (with #, No.,
// núm. or s/n, a letter, an interior number), the colonia or
// fraccionamiento, the postal code, the municipality and the state.
var (
	pdAddrGenStreets = []string{
		"Calle Pino", "calle Pino", "C. Pino", "Av. Reforma", "Avenida Reforma", "av reforma", "Blvd. Kino", "Bulevar Kino",
		"Boulevard Kino", "Calz. de Guadalupe", "Privada Álamos", "Priv. Álamos", "Prol. Morelos", "Callejón del Beso",
		"Calle 5 de Mayo", "CALLE PINO", "Paseo Río Sonora", "Cerrada Olivos",
	}
	pdAddrGenNumbers = []string{
		"12", "#12", "# 12", "No. 12", "no. 12", "núm. 12", "Núm 12", "123-B", "123 Int. 4", "123 Depto. 5", "s/n", "1000-A",
	}
	pdAddrGenAreas = []string{
		", Col. Centro", " col. centro", ", Colonia Las Palmas", ", Fracc. Villa Satélite", ", fraccionamiento villa de seris",
		", Barrio El Torreón", ", COL. CENTRO", "\nCol. Centro", ", C.P. 83000", " CP 83000",
	}
	pdAddrGenTails = []string{
		"", ", C.P. 83000", ", Hermosillo, Sonora", ", Hermosillo, Son.", ", C.P. 83000, Hermosillo, Sonora", " 83000 Hermosillo",
	}
	// Words that say the address is a person's home, and where the
	// address then stands.
	pdAddrGenHomes = []string{
		"Vivo en {X}", "Mi domicilio: {X}", "La ganadora vive en {X}.", "Su domicilio es {X}, ahí lo buscan.",
		"mi casa está en {X}", "Dirección de la denunciante: {X}",
	}
)

// TestPersonalDataAddressGenerated crosses the parts of an address with
// the words of home and asserts one finding that covers the whole address.
func TestPersonalDataAddressGenerated(t *testing.T) {
	l := pdLinter(t, lint.Config{Institution: pdInstitution})
	fails, n := 0, 0
	for _, st := range pdAddrGenStreets {
		for _, num := range pdAddrGenNumbers {
			for _, area := range pdAddrGenAreas {
				for _, tail := range pdAddrGenTails {
					if strings.Contains(area, "83000") && tail != "" {
						continue
					}
					addr := st + " " + num + area + tail
					for _, h := range pdAddrGenHomes {
						text := strings.Replace(h, "{X}", addr, 1)
						n++
						fs := pdFindings(t, l, text)
						if len(fs) == 1 && fs[0].Kind == KindAddress && fs[0].Text == addr {
							continue
						}
						if fails++; fails <= 30 {
							t.Errorf("%q: want address %q, got %s", text, addr, pdSummary(fs))
						}
					}
				}
			}
		}
	}
	if fails > 0 {
		t.Errorf("%d of %d posts failed", fails, n)
	}
	t.Logf("%d posts", n)
}

// pdAddrGenVenues present the same addresses as public venues: polling
// stations, offices and events.
var pdAddrGenVenues = []string{
	"La casilla se instalará en la Escuela Primaria Benito Juárez, {X}.", "Sede del Consejo Municipal: {X}",
	"Te esperamos en el Auditorio Cívico, {X}", "Oficinas del IEE: {X}", "El foro será en el Centro de Gobierno, {X}.",
	"Módulo de atención ciudadana del INE en {X}", "Cierre vial en {X} por el desfile",
}

// TestPersonalDataAddressGeneratedVenues expects no finding for a venue.
func TestPersonalDataAddressGeneratedVenues(t *testing.T) {
	l := pdLinter(t, lint.Config{Institution: pdInstitution})
	fails, n := 0, 0
	for _, st := range pdAddrGenStreets {
		for _, num := range pdAddrGenNumbers {
			for _, area := range pdAddrGenAreas {
				addr := st + " " + num + area + ", Hermosillo, Sonora"
				for _, v := range pdAddrGenVenues {
					text := strings.Replace(v, "{X}", addr, 1)
					n++
					if fs := pdFindings(t, l, text); len(fs) > 0 {
						if fails++; fails <= 30 {
							t.Errorf("%q: want nothing, got %s", text, pdSummary(fs))
						}
					}
				}
			}
		}
	}
	if fails > 0 {
		t.Errorf("%d of %d posts failed", fails, n)
	}
}
