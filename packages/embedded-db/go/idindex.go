package main

// FerretDB 1.24's SQLite backend looks a document up by _id with
//   WHERE _ferretdb_sjson->'$._id' = ?
// but indexes _id with the expression _ferretdb_sjson->"_id". SQLite only uses an expression
// index for the identical expression, so every lookup by _id scans the whole table (see
// BENCHMARKS.md). We add, beside each of FerretDB's tables, an index on the expression its
// queries use. FerretDB does not list or manage it; it goes with the table when the collection
// is dropped.
//
// FerretDB's pooled connections plan with the schema they loaded when they opened, so an index
// takes effect at the next start: main adds the missing ones before FerretDB opens the files,
// and the sweep while running prepares those of new collections for that next start (the hub
// restarts the embedded database after loading data for this reason).

import (
	"context"
	"database/sql"
	"fmt"
	"log/slog"
	"net/url"
	"path/filepath"
	"strings"
	"time"

	_ "modernc.org/sqlite" // the same pure-Go SQLite driver FerretDB uses
)

const idIndexSuffix = "__hub_id_lookup"

// idIndexer keeps one connection per database file of the data directory.
type idIndexer struct {
	dataDir string
	logger  *slog.Logger
	dbs     map[string]*sql.DB
}

func newIdIndexer(dataDir string, logger *slog.Logger) *idIndexer {
	return &idIndexer{dataDir: dataDir, logger: logger, dbs: map[string]*sql.DB{}}
}

// sweep adds the missing _id lookup indexes to every database file of the data directory.
func (x *idIndexer) sweep(ctx context.Context) {
	files, _ := filepath.Glob(filepath.Join(x.dataDir, "*.sqlite"))
	for _, file := range files {
		db, ok := x.dbs[file]
		if !ok {
			var err error
			if db, err = openLikeFerretDB(file); err != nil {
				x.logger.Warn("cannot open for _id indexes", "file", file, "error", err)
				continue
			}
			x.dbs[file] = db
		}
		if err := addIdIndexes(ctx, db); err != nil && ctx.Err() == nil {
			x.logger.Warn("cannot add _id indexes", "file", file, "error", err)
		}
	}
}

// keep sweeps every interval until ctx ends, then closes its connections.
func (x *idIndexer) keep(ctx context.Context, interval time.Duration) {
	defer func() {
		for _, db := range x.dbs {
			_ = db.Close()
		}
	}()
	for {
		select {
		case <-ctx.Done():
			return
		case <-time.After(interval):
			x.sweep(ctx)
		}
	}
}

// openLikeFerretDB opens a database file with the settings FerretDB uses (WAL, 10 s busy
// timeout), so that our rare schema change waits for its writers instead of failing them.
func openLikeFerretDB(file string) (*sql.DB, error) {
	query := url.Values{"_pragma": {"busy_timeout(10000)", "journal_mode(wal)"}}
	db, err := sql.Open("sqlite", (&url.URL{Scheme: "file", Path: filepath.ToSlash(file), RawQuery: query.Encode()}).String())
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1)
	return db, nil
}

func addIdIndexes(ctx context.Context, db *sql.DB) error {
	missing, err := tablesWithoutIdIndex(ctx, db)
	if err != nil {
		return err
	}
	for _, table := range missing {
		stmt := fmt.Sprintf(`CREATE INDEX IF NOT EXISTS %s ON %s (_ferretdb_sjson->'$._id')`, quote(table+idIndexSuffix), quote(table))
		if _, err = db.ExecContext(ctx, stmt); err != nil {
			return fmt.Errorf("%s: %w", table, err)
		}
	}
	return nil
}

// tablesWithoutIdIndex lists FerretDB's collection tables that lack our index; a read only,
// so the usual sweep takes no write lock.
func tablesWithoutIdIndex(ctx context.Context, db *sql.DB) ([]string, error) {
	rows, err := db.QueryContext(ctx, `
		SELECT c.table_name FROM _ferretdb_collections c
		WHERE EXISTS (SELECT 1 FROM sqlite_master t WHERE t.type = 'table' AND t.name = c.table_name)
		  AND NOT EXISTS (SELECT 1 FROM sqlite_master i WHERE i.type = 'index' AND i.name = c.table_name || ?)`, idIndexSuffix)
	if err != nil {
		if strings.Contains(err.Error(), "no such table") {
			return nil, nil // a database file FerretDB has not initialised yet
		}
		return nil, err
	}
	defer rows.Close()
	var tables []string
	for rows.Next() {
		var name string
		if err = rows.Scan(&name); err != nil {
			return nil, err
		}
		tables = append(tables, name)
	}
	return tables, rows.Err()
}

func quote(identifier string) string {
	return `"` + strings.ReplaceAll(identifier, `"`, `""`) + `"`
}
