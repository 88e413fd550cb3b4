# stance-toolkit: `make run` analyses the corpora and writes tables and figures;
# `make test` runs every test. Both create .venv first when it is missing.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
SHARED ?= ../shared
OUT ?= out
# the corpora `make run` analyses: the project's own (the seed and the 38 statements), or
# CORPUS=path for a folder of your own
CORPUS ?= corpora/seed corpora/statements

# JupyterLab refuses to run as root without --allow-root (a container, a CI machine)
ROOT_FLAG := $(if $(filter 0,$(shell id -u)),--allow-root,)
# more options for `make lab` / `make app`, e.g. LAB_ARGS="--port=8899 --no-browser"
LAB_ARGS ?=
APP_ARGS ?=

.PHONY: setup run test bench eval calibration figures lab app docs train train-cues lint clean-cache

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
	$(PY) -m toolkit figures --out figures

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
	$(VENV)/bin/jupyter lab notebooks $(ROOT_FLAG) $(LAB_ARGS)

app: $(STAMP)
	$(VENV)/bin/voila notebooks/app.ipynb --Voila.ip=127.0.0.1 --no-browser $(APP_ARGS)

# the learned detector on the silver corpus (training/; fixed seeds), then the cue classifier
train: $(STAMP)
	$(PY) scripts/train_silver.py train
	$(MAKE) --no-print-directory train-cues

# the attribution-cue classifier of the rules engine (deterministic; about a minute):
# tuning on evaluation/dev5, cross-validation, toolkit/models/cue_classifier.json
# C and threshold: the best setting on dev5 under which the rules' must-not-fire tables
# still hold (see training/README.md)
train-cues: $(STAMP)
	SHARED=$(SHARED) $(PY) scripts/train_cues.py all --c 0.3 --threshold 0.65 --veto 0

# the documentation site (MkDocs, strict: a broken reference fails) -> site/
docs: $(STAMP)
	TOOLKIT_FIGURES_DIR=$$(mktemp -d) $(PY) -m mkdocs build --strict --site-dir site

lint: $(STAMP)
	$(PY) -m ruff check toolkit tests benchmarks scripts notebooks

clean-cache:
	rm -rf $${TOOLKIT_CACHE_DIR:-$$HOME/.cache/stance-toolkit}
