"""The multilingual glossary of energy, climate and environment concepts.

Each concept has English, Vietnamese and Thai forms (plus variants). The search
query service expands a query term that names a concept into the concept's
other forms, so an English question finds Vietnamese and Thai news.
"""
