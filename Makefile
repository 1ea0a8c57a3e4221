# Tillsyn: make run starts the demo, make test runs the tests.
GO        ?= go
BIN       ?= bin/tillsyn
DEMO_DATA ?= ./tillsyn-demo
VERSION   ?= $(shell git describe --always --dirty 2>/dev/null || echo dev)
LDFLAGS   := -X main.version=$(VERSION)

.PHONY: all build run test lint bench eval corpus fuzz clean

all: build

build:
	$(GO) build -ldflags "$(LDFLAGS)" -o $(BIN) ./cmd/tillsyn

# A demo audit from testdata/demo in a fresh data directory, and its frame.
run: build
	rm -rf $(DEMO_DATA)
	$(BIN) audit create --data $(DEMO_DATA) "Demo Värmland 2015" --description "Demo: fyra nämnders ärendelistor"
	$(BIN) import --data $(DEMO_DATA) --audit "Demo Värmland 2015" testdata/demo/*.csv
	$(BIN) cases --data $(DEMO_DATA) --audit "Demo Värmland 2015"

test:
	$(GO) test -count=1 -timeout 20m ./...

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	$(GO) tool staticcheck ./...

# Performance against the anchors named in the issues (sqlite3 .import, pdftotext, ...).
bench:
	$(GO) test -run '^$$' -bench . -benchtime 1x -timeout 30m ./...

fuzz:
	$(GO) test -run '^$$' -fuzz FuzzCaseList -fuzztime 60s ./review/caselist

clean:
	rm -rf bin $(DEMO_DATA)
