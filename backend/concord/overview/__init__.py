"""Cross-domain pages: a document with its progress towards adoption (above the domains)."""
