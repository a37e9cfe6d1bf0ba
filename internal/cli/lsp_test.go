package cli

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vocero/vocero/rules"
)

// TestLSPCommand speaks to `vocero lsp` over pipes: initialize, open a
// post, read its diagnostics, shut down and exit with code 0.
func TestLSPCommand(t *testing.T) {
	r := newRunner(t)
	r.write(".vocero.yaml", "lang: en\n")
	cr, sw := io.Pipe()
	sr, cw := io.Pipe()
	var stderr lockedBuffer
	e := &env{
		stdin: sr, stdout: sw, stderr: &stderr,
		getenv: func(string) string { return "" }, getwd: func() (string, error) { return r.dir, nil },
		isTerminal: func(io.Writer) bool { return false }, progressDelay: time.Hour, ruleSet: rules.All,
	}
	done := make(chan int, 1)
	go func() { done <- e.run(context.Background(), []string{"lsp"}); sw.Close() }()
	send := func(body string) { fmt.Fprintf(cw, "Content-Length: %d\r\n\r\n%s", len(body), body) }
	br := bufio.NewReader(cr)
	read := func() string {
		length := 0
		for {
			line, err := br.ReadString('\n')
			require.NoError(t, err)
			line = strings.TrimSpace(line)
			if line == "" {
				break
			}
			if v, ok := strings.CutPrefix(line, "Content-Length: "); ok {
				length, _ = strconv.Atoi(v)
			}
		}
		body := make([]byte, length)
		_, err := io.ReadFull(br, body)
		require.NoError(t, err)
		return string(body)
	}
	send(`{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"file://` + r.dir + `","capabilities":{}}}`)
	assert.Contains(t, read(), `"positionEncoding":"utf-16"`)
	send(`{"jsonrpc":"2.0","method":"initialized","params":{}}`)
	send(`{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file://` + r.dir + `/aviso.txt","languageId":"plaintext","version":1,"text":"Llama a Rosa al cel. 662 555 0142"}}}`)
	diags := read()
	assert.Contains(t, diags, `"code":"personal-data"`)
	assert.Contains(t, diags, "phone number", "messages in the config's language")
	send(`{"jsonrpc":"2.0","id":2,"method":"shutdown"}`)
	assert.Contains(t, read(), `"id":2`)
	send(`{"jsonrpc":"2.0","method":"exit"}`)
	select {
	case code := <-done:
		assert.Equal(t, ExitOK, code, stderr.String())
	case <-time.After(10 * time.Second):
		t.Fatal("vocero lsp did not exit")
	}
}
