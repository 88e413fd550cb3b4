# stance-toolkit: `make run` analyses the corpora and writes tables and figures;
# `make test` runs every test. Both create .venv first when it is missing.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
SHARED ?= ../shared
OUT ?= out
# the corpora `make run` analyses: the project's own, the shared statements when present,
# or CORPUS=path for a folder of your own
CORPUS ?= corpora/seed $(wildcard $(SHARED)/corpora/statements)

.PHONY: setup run test bench eval calibration figures lab app lint clean-cache

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

# `toolkit run` exits 1 when it skipped documents (the rest is written): the figures are
# still drawn, and make reports the status at the end
run: $(STAMP)
	@status=0; $(PY) -m toolkit run $(CORPUS) --out $(OUT) || status=$$?; \
	if [ $$status -le 1 ]; then $(MAKE) --no-print-directory figures || status=$$?; fi; \
	exit $$status

figures: $(STAMP)
	$(PY) -m toolkit figures --out figures $(wildcard $(SHARED)/corpora/statements)

test: $(STAMP)
	$(PY) -m ruff check toolkit tests benchmarks scripts notebooks
	$(PY) -m pytest -q

bench: $(STAMP)
	$(PY) benchmarks/run.py

eval: $(STAMP)
	$(PY) -m toolkit eval --out reports

# type-I error and power of the keyness tests on simulated corpora (about a minute):
# reports/calibration.md and reports/figures/calibration_power.png
calibration: $(STAMP)
	$(PY) scripts/calibration.py --out reports

lab: $(STAMP)
	$(VENV)/bin/jupyter lab notebooks

app: $(STAMP)
	$(VENV)/bin/voila notebooks/app.ipynb --Voila.ip=127.0.0.1 --no-browser

lint: $(STAMP)
	$(PY) -m ruff check toolkit tests benchmarks scripts notebooks

clean-cache:
	rm -rf $${TOOLKIT_CACHE_DIR:-$$HOME/.cache/stance-toolkit}
