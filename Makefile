# kg — set-up, demo, tests, measurements. Everything installs into .venv from the
# package registries; nothing is downloaded at run time.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
OUT    ?= out
SHARED ?= ../shared

.PHONY: help setup demo test test-fast lint eval bench chromium clean compiled bench-compiled judge

help:
	@echo "make demo   build the graph of the bundled sample article into ./$(OUT)"
	@echo "make test   set everything up and run the whole test suite"
	@echo "make eval   measure extraction against $(SHARED)/gold and $(SHARED)/eval (if present)"
	@echo "make bench  run the benchmarks (results in benchmarks/RESULTS.md)"
	@echo "make judge  refit the judge (kg/data/judge.json) on first-contact outputs"
	@echo "make compiled        opt-in: kg compiled with mypyc in .venv-compiled (needs gcc)"
	@echo "make bench-compiled  the corpus benchmark with the compiled kg"

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=25.1"
	$(BIN)/python -m pip install --quiet -e ".[all]" --group dev
	touch $(STAMP)

setup: $(STAMP)

demo: $(STAMP)
	$(BIN)/kg build --out $(OUT)

# Debian's chromium for the browser tests (Playwright drives it; no browser download).
chromium:
	@if [ ! -x /usr/bin/chromium ]; then \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; \
	fi

test: $(STAMP) chromium
	$(BIN)/python -m pytest

test-fast: $(STAMP)
	$(BIN)/python -m pytest -m "not browser and not slow"

lint: $(STAMP)
	$(BIN)/ruff check kg tests benchmarks
	$(BIN)/mypy kg

# the reference article's gold ships with the sample; RELX-FR only with ../shared beside us
eval: $(STAMP)
	$(BIN)/kg build kg/data/sample/openai_paris_fr.txt --out $(OUT)/eval-article
	$(BIN)/kg eval kg/data/sample/openai_paris_fr.gold.jsonl $(OUT)/eval-article/graph.ttl \
		--entities kg/data/sample/openai_paris_fr.entities.jsonl
	@news=$$(mktemp -d) && $(BIN)/kg build eval/news/articles --out $$news --quiet && \
		$(BIN)/python eval/news/score.py $$news; status=$$?; rm -rf $$news; exit $$status
	@for set in holdout holdout2 holdout3 holdout4 holdout5 holdout6 holdout7 holdout8 holdout9 holdout10 holdout11 holdout12 holdout13 holdout14 holdout15 holdout16 holdout17 holdout18 holdout19 holdout20 holdout21 holdout22 holdout23 holdout24; do \
		held=$$(mktemp -d) && $(BIN)/kg build eval/$$set/articles --out $$held --quiet && \
		$(BIN)/python eval/news/score.py $$held --gold eval/$$set/gold; status=$$?; \
		rm -rf $$held; test $$status -eq 0 || exit $$status; done
	@if test -d $(SHARED)/eval/relx; then \
		$(BIN)/kg build $(SHARED)/eval/relx/relx_fr_dev.jsonl --out $(OUT)/eval-relx && \
		$(BIN)/kg eval $(SHARED)/eval/relx/relx_fr_dev.jsonl $(OUT)/eval-relx/graph.ttl --relx; \
	else echo "RELX-FR skipped: $(SHARED)/eval/relx not found"; fi

# The judge's weights (kg/data/judge.json) from what each set's first-contact version of kg
# said about it (eval/judge/first_contact.tsv; needs the git history): a measurement's
# by-product, not a test. It prints the leave-one-set-out table before writing.
judge: $(STAMP)
	@dumps=$$(mktemp -d) && trees=$$(mktemp -d) && \
	grep -v '^#' eval/judge/first_contact.tsv | while read set commit; do \
		mkdir -p $$trees/$$commit && git archive $$commit kg ontology | tar -x -C $$trees/$$commit && \
		PYTHONPATH=$$trees/$$commit $(BIN)/python eval/judge/dump.py eval/$$set $$dumps/$$set.jsonl \
		|| exit 1; done && \
	$(BIN)/python eval/judge/train.py $$dumps $(JUDGE_FLAGS); status=$$?; rm -rf $$dumps $$trees; exit $$status

bench: $(STAMP) chromium
	@for script in benchmarks/*_bench.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

# Opt-in compiled build (see setup.py): its own environment, same packages and model as
# .venv, kg installed non-editable with the modules of setup.py's COMPILED compiled by mypyc.
# The default set-up, tests and CI above neither build nor need it.
CVENV   := .venv-compiled
CSTAMP  := $(CVENV)/.installed
SOURCES := $(shell find kg ontology -type f -not -path '*/__pycache__/*')

$(CVENV)/.deps: pyproject.toml
	$(PYTHON) -m venv $(CVENV)
	$(CVENV)/bin/python -m pip install --quiet --upgrade "pip>=25.1" "setuptools>=77"
	$(CVENV)/bin/python -m pip install --quiet ".[all]" --group dev
	touch $@

# a snapshot of the checkout: rebuilt when a source changes; the build ships ontology/ inside kg
$(CSTAMP): $(CVENV)/.deps setup.py $(SOURCES)
	KG_MYPYC=1 $(CVENV)/bin/python -m pip install --quiet --no-build-isolation --no-deps \
		--force-reinstall .
	touch $@

compiled: $(CSTAMP)

bench-compiled: $(CSTAMP)
	$(CVENV)/bin/python benchmarks/corpus_bench.py

clean:
	rm -rf $(OUT) .pytest_cache .hypothesis tests/artifacts build kg.egg-info
