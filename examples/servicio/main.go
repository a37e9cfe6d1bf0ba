package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/vocero/vocero/lint"
	"github.com/vocero/vocero/rules"
)

func main() {
	addr := flag.String("addr", "localhost:8080", "address to listen on")
	config := flag.String("config", "", "a .vocero.yaml (default: the institution's defaults)")
	flag.Parse()
	if err := run(*addr, *config); err != nil {
		fmt.Fprintln(os.Stderr, "servicio:", err)
		os.Exit(1)
	}
}

func run(addr, configPath string) error {
	var cfg lint.Config
	if configPath != "" {
		c, err := lint.LoadConfig(configPath)
		if err != nil {
			return err
		}
		cfg = c
	}
	linter, err := rules.NewLinter(cfg)
	if err != nil {
		return err
	}
	srv := &http.Server{
		Addr:              addr,
		Handler:           NewHandler(linter, DefaultOptions),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      10 * time.Second,
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    16 << 10,
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	errc := make(chan error, 1)
	go func() { errc <- srv.ListenAndServe() }()
	log.Printf("servicio: escuchando en http://%s", addr)
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	// Let requests in flight finish.
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
