package rules_test

import (
	"context"
	"fmt"

	"github.com/vocero/vocero/lint"
	"github.com/vocero/vocero/rules"
)

// Bureaucratic phrases with a single plain alternative come with a fix.
func ExampleNewPlainLanguage() {
	r, err := rules.NewPlainLanguage(rules.PlainLanguageOptions{})
	if err != nil {
		panic(err)
	}
	l, _ := lint.New(lint.Config{}, r)
	text, n, err := l.Fix(context.Background(), lint.Post{Text: "En virtud de que llueve, acude a efecto de votar el día de hoy."}, nil)
	if err != nil {
		panic(err)
	}
	fmt.Println(n, "fixes:", text)
	// Output:
	// 3 fixes: Porque llueve, acude para votar hoy.
}
