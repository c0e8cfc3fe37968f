// Command hub-ferretdb is the hub's embedded MongoDB-wire-compatible database:
// FerretDB 1.24 used as a Go library (package github.com/FerretDB/FerretDB/ferretdb)
// with its SQLite backend, one SQLite file per database in --data-dir.
//
// It is started by @hub/embedded-db (packages/embedded-db/src/server.ts). Protocol:
//   - exactly one JSON line on stdout once the TCP listener is bound:
//     {"event":"listening","uri":"mongodb://127.0.0.1:PORT/"}
//   - all logs go to stderr;
//   - SIGTERM/SIGINT stop it cleanly (context canceled, Run waited for);
//   - if stdin is a pipe/socket and it closes (the parent died or closed it), it stops too,
//     and so it does if its parent process changes (re-parented after the parent died).
//
// We import the embeddable package instead of building cmd/ferretdb: that command
// panics at start-up because build/version/version.txt is not part of the module.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/url"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "hub-ferretdb:", err)
		os.Exit(1)
	}
}

func run() error {
	listenAddr := flag.String("listen-addr", "127.0.0.1:0", "TCP address to listen on (loopback only; port 0 picks a free port)")
	dataDir := flag.String("data-dir", "", "directory for the SQLite files (required; created if missing)")
	logLevel := flag.String("log-level", "warn", "log level: debug, info, warn or error")
	flag.Parse()

	if flag.NArg() > 0 {
		return fmt.Errorf("unexpected arguments: %q", flag.Args())
	}
	if err := checkLoopback(*listenAddr); err != nil {
		return err
	}
	if *dataDir == "" {
		return errors.New("--data-dir is required")
	}

	var level slog.Level
	if err := level.UnmarshalText([]byte(*logLevel)); err != nil {
		return fmt.Errorf("bad --log-level %q: %w", *logLevel, err)
	}
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))

	dir, err := filepath.Abs(*dataDir)
	if err != nil {
		return err
	}
	// FerretDB passes the directory to SQLite inside an unescaped "file:" URI, where these
	// characters would start a query/fragment or an escape: the files would land elsewhere.
	if strings.ContainsAny(dir, "?#%") {
		return fmt.Errorf("--data-dir %q: the path must not contain '?', '#' or '%%'", dir)
	}
	if err = os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("cannot create data dir: %w", err)
	}
	// The SQLite backend wants a "file:" URI of an existing directory ending with "/".
	sqliteURL := (&url.URL{Scheme: "file", Path: filepath.ToSlash(dir) + "/"}).String()

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, syscall.SIGINT)
	defer stop()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	watchParent(ctx, cancel, logger)

	indexer := newIdIndexer(dir, logger)
	indexer.sweep(ctx) // before FerretDB opens the files, so that its connections see the indexes

	// ferretdb.New binds the TCP listener synchronously (clientconn.Listen calls net.Listen
	// before New returns), so with port 0 the kernel picks the port and nobody can take it
	// from us: no "find a free port, close it, reuse it" race. Connections that arrive
	// before Run starts its accept loop wait in the kernel's backlog, so announcing the URI
	// before calling Run is safe. MongoDBURI() only blocks until the listener is bound,
	// which has already happened here.
	f, err := ferretdb.New(&ferretdb.Config{
		Listener:  ferretdb.ListenerConfig{TCP: *listenAddr},
		Handler:   "sqlite",
		SQLiteURL: sqliteURL,
		Logger:    logger,
	})
	if err != nil {
		return err
	}

	done := make(chan error, 1)
	go func() { done <- f.Run(ctx) }()
	go indexer.keep(ctx, 2*time.Second)

	line, _ := json.Marshal(struct {
		Event string `json:"event"`
		URI   string `json:"uri"`
	}{"listening", f.MongoDBURI()})
	if _, err = fmt.Fprintf(os.Stdout, "%s\n", line); err != nil {
		cancel() // nobody reads our stdout: the parent is gone
	}

	<-ctx.Done()
	logger.Info("stopping")
	// Run closes the listener, gives open connections a few seconds, then closes the backend.
	select {
	case err = <-done:
		return err
	case <-time.After(20 * time.Second):
		return errors.New("timed out waiting for FerretDB to stop")
	}
}

// checkLoopback refuses to listen on anything but a loopback address: the embedded
// database has no authentication.
func checkLoopback(addr string) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("bad --listen-addr %q: %w", addr, err)
	}
	if strings.EqualFold(host, "localhost") {
		return nil
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsLoopback() {
		return nil
	}
	return fmt.Errorf("--listen-addr %q: only loopback hosts (127.0.0.1, ::1, localhost) are allowed", addr)
}

// watchParent cancels the context when the parent process goes away, so that a crashed
// launcher (e.g. a killed Jest worker) leaves no orphan server behind:
//   - when stdin is a pipe or a socket (Node's stdio 'pipe' is a UNIX socketpair), EOF on
//     it means the parent closed it or died; a terminal or /dev/null is not watched;
//   - in any case, a change of the parent pid (checked every second) means we were re-parented.
func watchParent(ctx context.Context, cancel context.CancelFunc, logger *slog.Logger) {
	if fi, err := os.Stdin.Stat(); err == nil && fi.Mode()&(os.ModeNamedPipe|os.ModeSocket) != 0 {
		go func() {
			_, _ = io.Copy(io.Discard, os.Stdin)
			logger.Info("stdin closed, stopping")
			cancel()
		}()
	}

	ppid := os.Getppid()
	go func() {
		t := time.NewTicker(time.Second)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				if os.Getppid() != ppid {
					logger.Info("parent process exited, stopping")
					cancel()
					return
				}
			}
		}
	}()
}
