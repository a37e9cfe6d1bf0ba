package cli_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/vocero/vocero/internal/cli"
)

// Run is the whole command line; cmd/vocero only calls it. Here `vocero
// inspect` shows what vocero sees in a post read from standard input (X
// counts the link as 23 characters).
func ExampleRun() {
	post := strings.NewReader("Vota informado #Elección2027 en ieesonora.org.mx @IEESonora")
	code := cli.Run([]string{"inspect", "--format", "jsonl", "-"}, post, os.Stdout, os.Stderr)
	fmt.Println("exit", code)
	// Output:
	// {"id":"","codepoints":59,"graphemes":59,"x":{"weightedLength":66,"valid":true},"lengths":{"x":66,"bluesky":59,"mastodon":59,"threads":59,"instagram":59,"facebook":59,"linkedin":59},"hashtags":["Elección2027"],"mentions":["IEESonora"],"urls":["ieesonora.org.mx"],"emails":[]}
	// exit 0
}
