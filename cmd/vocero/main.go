// Command vocero checks drafts of institutional social-media posts against
// the criteria of IEE Sonora before they are published.
//
// Run `vocero help` for the commands and flags; the README has the details.
package main

import (
	"os"

	"github.com/vocero/vocero/internal/cli"
)

func main() {
	os.Exit(cli.Run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
