// Package server is vocero's web face: an http.Handler that serves a page
// where communication staff check a draft as they type, and a JSON API for
// systems, with limits and an optional activity log (criterion 8.III).
//
// The handler listens on nothing and handles no signals; `vocero serve`
// wires it to a port, and a CMS can mount it in its own server:
//
//	h, err := server.New(server.Options{Linter: linter})
//	http.Handle("/vocero/", http.StripPrefix("/vocero", h))
//
// Endpoints:
//
//	GET  /                  the page, in Spanish; /?texto=… opens with a draft checked
//	POST /v1/lint           a post ({"id","text","platforms","publish_at","reply"})
//	                        → the `vocero lint --format json` schema
//	POST /v1/inspect        the same post → the `vocero inspect --format json` schema
//	GET  /v1/rules          the rules, their criteria and severities
//	GET  /v1/campaigns      campaigns running on ?date=AAAA-MM-DD for ?platforms=x,…
//	GET  /v1/criteria/{s}   the text of a section of the criteria
//	GET  /healthz           {"status":"ok","version":…}
//
// A body is read as JSON whatever its content type says. Every error is a
// JSON object {"error": "…"} in Spanish with a fitting status: 400 for a bad
// draft, 405, 413 over the body limit, 503 when the checks in progress and
// the queue are full or a request runs out of time. The page's script,
// style sheet and data are embedded: nothing comes from outside, and the
// Content-Security-Policy forbids inline scripts and framing. CORS headers
// are sent only for the origins in Options.AllowOrigins.
package server
