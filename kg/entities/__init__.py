"""Entities: from mentions to one node per real-world thing (gazetteer, typing, linking)."""
