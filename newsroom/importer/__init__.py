"""The importer: raw text (bytes as a press office receives them) in, an article out.

Decoding (``decoding``), then extraction as named stages (``extract`` runs them in order: lines,
header, blocks, body roles, picture, subtitle, dateline and date, paragraphs and summary, source), then
entities (``entities``, one finder per language); ``cli`` is the command line and file handling.
Word lists are data files in ``wordlists/``.
"""
