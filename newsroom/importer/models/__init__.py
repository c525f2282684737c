"""The importer's fitted models, kept as data (``title-scorer.json``: ``newsroom.importer.titlescore``)."""
