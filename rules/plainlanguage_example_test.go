package rules_test

import (
	"context"
	"fmt"

	"github.com/vocero/vocero/lint"
	"github.com/vocero/vocero/rules"
)

// Bureaucratic phrases come with their plain alternatives as fixes. They
// are not safe (the sentence around may need rewording), so --fix leaves
// them; the author, or an editor, picks one.
func ExampleNewPlainLanguage() {
	r, err := rules.NewPlainLanguage(rules.PlainLanguageOptions{})
	if err != nil {
		panic(err)
	}
	l, _ := lint.New(lint.Config{}, r)
	post := lint.Post{Text: "En virtud de que llueve, acude a efecto de votar el día de hoy."}
	text, n, err := l.Fix(context.Background(), post, nil)
	if err != nil {
		panic(err)
	}
	fmt.Println(n, "safe fixes:", text)
	first := func(lint.Finding) int { return 0 }
	text, n, err = l.Fix(context.Background(), post, first)
	if err != nil {
		panic(err)
	}
	fmt.Println(n, "chosen fixes:", text)
	// Output:
	// 0 safe fixes: En virtud de que llueve, acude a efecto de votar el día de hoy.
	// 3 chosen fixes: Porque llueve, acude para votar hoy.
}
