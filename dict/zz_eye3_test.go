package dict

import (
	"fmt"
	"math/rand"
	"testing"
)

func TestEye3(t *testing.T) {
	d := Default()
	m := d.morph()
	r := rand.New(rand.NewSource(7))
	shown := 0
	for shown < 70 {
		w := r.Intn(d.a.nword)
		as := m.appendWord(w, nil, 0)
		if len(as) == 0 {
			continue
		}
		word := string(d.a.wordAt(nil, w))
		if d.freq(word) < 3 {
			continue
		}
		shown++
		fmt.Println(word, as)
	}
}
