package cms_test

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/vocero/vocero/lint"
	"github.com/vocero/vocero/rules"
)

// Lint a post in five lines and get the documented JSON.
func Example() {
	l, err := rules.NewLinter(lint.Config{})
	if err != nil {
		panic(err)
	}
	res := l.Lint(context.Background(), lint.Post{ID: "p1", Text: "Vota el domingo!"})
	out, _ := json.Marshal(res)
	fmt.Println(string(out))
	// Output:
	// {"path":"","post":0,"id":"p1","findings":[{"path":"","post":0,"id":"p1","rule":"punctuation","kind":"opening-exclamation","severity":"warning","message":"Falta el signo de apertura «¡» en la exclamación «Vota el domingo!»; agrégalo donde empieza la exclamación (criterio 6.XXII)","criteria":["6.XXII"],"start":0,"end":16,"line":1,"column":1,"end_line":1,"end_column":17,"text":"Vota el domingo!","fixes":[{"message":"Agregar «¡»","safe":true,"edits":[{"start":0,"end":0,"new":"¡"}]}]}]}
}
