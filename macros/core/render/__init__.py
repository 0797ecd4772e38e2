"""HTML and wording helpers the components share: tags, text, basis labels, facts, links, contacts, journeys.

The top floor of the core: it may import `dates/`, `dataset/` and `school_year`; nothing imports it but components and adapters.
"""
