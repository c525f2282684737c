"""Newsroom: the domain of a news site for NGOs (articles, import, index pages).

Free of MkDocs types: ``hooks/`` and ``scripts/`` are thin adapters over it.
"""
