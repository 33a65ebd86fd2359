"""The embedded search engine: django-haystack's Whoosh backend, made fit for many
processes and pre-analysed text (backend.py), bitsets per index generation
(bitsets.py), and the ranking plan (archive/search/plan.py) carried out over
posting blocks (ranking.py)."""
