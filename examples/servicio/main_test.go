package main

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vocero/vocero/lint"
)

func TestMounted(t *testing.T) {
	mux, err := newMux(lint.Config{})
	require.NoError(t, err)
	srv := httptest.NewServer(mux)
	defer srv.Close()

	// curl -d sends a form content type; the body is JSON all the same.
	resp, err := http.Post(srv.URL+"/vocero/v1/lint", "application/x-www-form-urlencoded",
		strings.NewReader(`{"text":"ÚLTIMO DÍA!!! Escribe a juan.perez.1990@gmail.com","platforms":["x"]}`))
	require.NoError(t, err)
	defer resp.Body.Close()
	require.Equal(t, http.StatusOK, resp.StatusCode)
	var out struct {
		Version  int
		Findings []struct{ Rule, Severity string }
	}
	require.NoError(t, json.NewDecoder(resp.Body).Decode(&out))
	assert.Equal(t, 2, out.Version)
	var rules []string
	for _, f := range out.Findings {
		rules = append(rules, f.Rule)
	}
	assert.Contains(t, rules, "personal-data")
	assert.Contains(t, rules, "all-caps")

	page, err := http.Get(srv.URL + "/vocero/?texto=hola")
	require.NoError(t, err)
	body, _ := io.ReadAll(page.Body)
	page.Body.Close()
	assert.Equal(t, http.StatusOK, page.StatusCode)
	assert.Contains(t, string(body), "Revisar un borrador")
	// The page's links are relative, so they work under the prefix.
	js, err := http.Get(srv.URL + "/vocero/static/app.js")
	require.NoError(t, err)
	js.Body.Close()
	assert.Equal(t, http.StatusOK, js.StatusCode)
}
