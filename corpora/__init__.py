"""The example corpora shipped with stance-toolkit (package data; read them with
:mod:`toolkit.datasets`). In a checkout this is the ``corpora/`` folder; installed, it is
``toolkit.corpora``."""
