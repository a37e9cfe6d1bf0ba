package lsp

import (
	"strings"
	"testing"
)

// BenchmarkDidChangeToDiagnostics measures, once the server is warm, the
// time from sending a didChange of a 280-character post to receiving its
// publishDiagnostics, over pipes, as an editor sees it.
func BenchmarkDidChangeToDiagnostics(b *testing.B) {
	dir := b.TempDir()
	c := startClient(b, dir, nil)
	uri := "file://" + dir + "/aviso.txt"
	post := "Consulta la ubicación de tu casilla en el sitio del Instituto. Si tienes dudas, llama a Rosa al cel. 662 555 0142 o escribe a rosa.lopez.1990@gmail.com. ¡Participa! Mas informacion en https://ieesonora.org.mx #VotoInformado2027 🗳️ Recuerda llevar tu credencial."
	post = post[:min(len(post), 280)]
	c.notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": uri, "languageId": "plaintext", "version": 1, "text": post}})
	c.diagnostics(uri, 1)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		v := i + 2
		text := post
		if i%2 == 0 {
			text = strings.Replace(post, "Consulta", "Consultá", 1)
		}
		c.notify("textDocument/didChange", map[string]any{"textDocument": map[string]any{"uri": uri, "version": v},
			"contentChanges": []any{map[string]any{"text": text}}})
		c.diagnostics(uri, v)
	}
}
