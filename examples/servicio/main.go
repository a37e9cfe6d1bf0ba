// Command servicio shows how to mount vocero's page and API in a server of
// one's own, under a path prefix, next to the service's other handlers.
// `vocero serve` does the same with a listener and signals of its own.
//
//	go run ./examples/servicio -addr localhost:8080
//	curl -s localhost:8080/vocero/v1/lint -d '{"text":"ÚLTIMO DÍA!!!","platforms":["x"]}'
//
// and the page is at http://localhost:8080/vocero/.
package main

import (
	"flag"
	"log"
	"net/http"
	"time"

	"github.com/vocero/vocero/lint"
	"github.com/vocero/vocero/rules"
	"github.com/vocero/vocero/server"
)

// newMux builds the service: vocero under /vocero/, the rest of the
// service beside it.
func newMux(cfg lint.Config) (*http.ServeMux, error) {
	linter, err := rules.NewLinter(cfg)
	if err != nil {
		return nil, err
	}
	vocero, err := server.New(server.Options{Linter: linter, Timeout: 2 * time.Second})
	if err != nil {
		return nil, err
	}
	mux := http.NewServeMux()
	mux.Handle("/vocero/", http.StripPrefix("/vocero", vocero))
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/vocero/", http.StatusFound)
	})
	return mux, nil
}

func main() {
	addr := flag.String("addr", "localhost:8080", "address to listen on")
	flag.Parse()
	mux, err := newMux(lint.Config{})
	if err != nil {
		log.Fatal(err)
	}
	srv := &http.Server{Addr: *addr, Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	log.Printf("servicio: http://%s/vocero/", *addr)
	log.Fatal(srv.ListenAndServe())
}
