package dict

import (
	"fmt"
	"testing"
)

func TestEyeClitics(t *testing.T) {
	d := Default()
	m := d.morph()
	n, shown := 0, 0
	unl := 0
	for w := 0; w < d.a.nword; w++ {
		word := string(d.a.wordAt(nil, w))
		as := m.appendWord(w, nil, 0)
		for _, a := range as {
			if a.POS == Verb && a.Mood == 0 && unl < 1000 {
				unl++
				fmt.Println("UNLABELLED", word, a)
			}
		}
		if len(as) == 0 || CasingOf(word) != Lower {
			continue
		}
		cl := d.appendClitics(m, []byte(word), nil, 0)
		if len(cl) == 0 {
			continue
		}
		n++
		if shown < 80 && d.freq(word) >= 6 {
			shown++
			fmt.Println(word, as, cl)
		}
	}
	fmt.Println("words with table and clitic readings:", n)
}
