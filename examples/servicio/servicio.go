// Command servicio is a small HTTP service that embeds vocero: a CMS or a
// scheduler POSTs a draft as JSON and gets the findings back as JSON, in
// the `vocero lint --format json` schema.
//
//	go run ./examples/servicio -addr localhost:8080
//	curl -s localhost:8080/v1/revisar -d '{"text":"ÚLTIMO DÍA!!!","platforms":["x"]}'
//
// One Linter serves every request: it is immutable and safe for
// concurrent use. Requests are bounded in size and time, and every error
// is a JSON object with a message.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/vocero/vocero/lint"
	"github.com/vocero/vocero/lint/report"
)

// Options bound the work one request may ask for.
type Options struct {
	// MaxBody is the largest request body accepted, in bytes.
	MaxBody int64
	// Timeout bounds the linting of one request.
	Timeout time.Duration
}

// DefaultOptions suit drafts of social-media posts: a long post is a few
// KiB.
var DefaultOptions = Options{MaxBody: 64 << 10, Timeout: 2 * time.Second}

// Draft is the request body: the DESIGN.md post record.
type Draft struct {
	ID        string          `json:"id"`
	Text      *string         `json:"text"`
	Platforms []lint.Platform `json:"platforms"`
	PublishAt string          `json:"publish_at"`
	Reply     bool            `json:"reply"`
}

// Handler serves:
//
//	POST /v1/revisar   a Draft; answers the findings (200)
//	GET  /v1/reglas    the rules' metadata
//	GET  /healthz      "ok"
type Handler struct {
	linter *lint.Linter
	opts   Options
	mux    *http.ServeMux
}

// NewHandler returns the service's handler around linter.
func NewHandler(linter *lint.Linter, opts Options) *Handler {
	if opts.MaxBody <= 0 {
		opts.MaxBody = DefaultOptions.MaxBody
	}
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultOptions.Timeout
	}
	h := &Handler{linter: linter, opts: opts, mux: http.NewServeMux()}
	h.mux.HandleFunc("/v1/revisar", h.lint)
	h.mux.HandleFunc("/v1/reglas", h.rules)
	h.mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, "ok\n")
	})
	return h
}

// ServeHTTP routes a request to its endpoint.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) { h.mux.ServeHTTP(w, r) }

// apiError is the body of every error answer.
type apiError struct {
	Error string `json:"error"`
}

func fail(w http.ResponseWriter, status int, format string, args ...any) {
	writeJSON(w, status, apiError{Error: fmt.Sprintf(format, args...)})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v)
}

func (h *Handler) lint(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		fail(w, http.StatusMethodNotAllowed, "usa POST con un borrador en JSON")
		return
	}
	if ct := r.Header.Get("Content-Type"); ct != "" {
		mt, _, err := mime.ParseMediaType(ct)
		if err != nil || mt != "application/json" {
			fail(w, http.StatusUnsupportedMediaType, "el cuerpo debe ser application/json, no %q", ct)
			return
		}
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, h.opts.MaxBody))
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &tooBig):
		fail(w, http.StatusRequestEntityTooLarge, "el borrador pasa de %d bytes", h.opts.MaxBody)
		return
	case err != nil:
		fail(w, http.StatusBadRequest, "no se pudo leer el cuerpo: %v", err)
		return
	}
	post, err := h.decode(body)
	if err != nil {
		fail(w, http.StatusBadRequest, "%v", err)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), h.opts.Timeout)
	defer cancel()
	res := h.linter.Lint(ctx, post)
	if ctx.Err() != nil {
		fail(w, http.StatusServiceUnavailable, "la revisión tardó demasiado; inténtalo de nuevo")
		return
	}
	if res.Err != nil {
		// A broken rule: the other rules' findings are still worth
		// returning, but say so.
		w.Header().Set("X-Vocero-Warning", strings.ReplaceAll(res.Err.Error(), "\n", "; "))
	}
	enc, _ := report.Lookup("json")
	rep := &report.Report{Results: []lint.Result{res}, Rules: h.linter.Rules(), Lang: h.linter.Config().Lang}
	var buf bytes.Buffer
	if err := enc(&buf, rep); err != nil {
		fail(w, http.StatusInternalServerError, "no se pudo escribir la respuesta: %v", err)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(http.StatusOK)
	w.Write(buf.Bytes())
}

// decode checks the draft and turns it into a post.
func (h *Handler) decode(body []byte) (lint.Post, error) {
	var d Draft
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&d); err != nil {
		return lint.Post{}, fmt.Errorf("JSON no válido: %v", err)
	}
	if dec.More() {
		return lint.Post{}, errors.New("JSON no válido: sobra texto después del objeto")
	}
	if d.Text == nil {
		return lint.Post{}, errors.New(`falta el campo "text"`)
	}
	if !utf8.ValidString(*d.Text) || strings.ContainsRune(*d.Text, 0) {
		return lint.Post{}, errors.New(`el campo "text" no es texto UTF-8 válido`)
	}
	p := lint.Post{ID: d.ID, Text: *d.Text, Platforms: d.Platforms, Reply: d.Reply, Path: "borrador"}
	if d.PublishAt != "" {
		t, err := parseTime(d.PublishAt, h.linter.Config().Location)
		if err != nil {
			return lint.Post{}, err
		}
		p.PublishAt = t
	}
	return p, nil
}

// parseTime accepts RFC 3339, or a local date and time in the config's
// time zone.
func parseTime(s string, loc *time.Location) (time.Time, error) {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	for _, layout := range []string{"2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04", "2006-01-02"} {
		if t, err := time.ParseInLocation(layout, s, loc); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf(`"publish_at" no es una fecha: %q (usa AAAA-MM-DD o AAAA-MM-DDTHH:MM)`, s)
}

// ruleInfo is one rule in GET /v1/reglas.
type ruleInfo struct {
	ID       string        `json:"id"`
	Criteria []string      `json:"criteria"`
	Severity lint.Severity `json:"severity"`
	Summary  string        `json:"summary"`
}

func (h *Handler) rules(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		fail(w, http.StatusMethodNotAllowed, "usa GET")
		return
	}
	lang := h.linter.Config().Lang
	var out []ruleInfo
	for _, m := range h.linter.Rules() {
		out = append(out, ruleInfo{ID: m.ID, Criteria: m.Criteria, Severity: m.Severity, Summary: m.Summary.In(lang)})
	}
	writeJSON(w, http.StatusOK, out)
}
