"""Compiled Jinja templates kept in `.generated/jinja-cache/` between builds.

Compiling a template to Python is most of its cost, and the sources rarely
change. Material's templates come through a loader, which Jinja caches itself
once given a bytecode cache. mkdocs-macros compiles each page with
`from_string`, which Jinja never caches: that was a twentieth of a build.
`compile_pages_through_cache` sends those compiles through the same cache,
keyed by the page's source and the settings that shape the compiled code.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import jinja2

from .core import file_cache

CACHE_FOLDER = file_cache.GENERATED / "jinja-cache"


def bytecode_cache(project_dir: Path) -> jinja2.FileSystemBytecodeCache:
    folder = Path(project_dir) / CACHE_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    return jinja2.FileSystemBytecodeCache(str(folder))


def _settings(environment: jinja2.Environment) -> str:
    """What, besides the source, changes the code Jinja generates for a template."""
    return repr((environment.block_start_string, environment.block_end_string,
                 environment.variable_start_string, environment.variable_end_string,
                 environment.comment_start_string, environment.comment_end_string,
                 environment.line_statement_prefix, environment.line_comment_prefix,
                 environment.trim_blocks, environment.lstrip_blocks, environment.newline_sequence,
                 environment.keep_trailing_newline, environment.optimized, environment.autoescape,
                 environment.undefined.__qualname__, environment.finalize, environment.is_async,
                 sorted(environment.extensions), jinja2.__version__))


def compile_pages_through_cache(environment: jinja2.Environment, project_dir: Path) -> None:
    """Make `environment.from_string` reuse compiled code for a source it has compiled before (once per environment)."""
    if getattr(environment.compile, "through_cache", False):
        return
    cache = bytecode_cache(project_dir)
    compile_source = environment.compile

    def compile(source, name=None, filename=None, raw=False, defer_init=False):
        if raw or not isinstance(source, str):
            return compile_source(source, name, filename, raw, defer_init)
        key = hashlib.sha256(f"{_settings(environment)}\0{name}\0{filename}\0{defer_init}\0{source}"
                             .encode("utf-8")).hexdigest()
        bucket = cache.get_bucket(environment, key, None, source)
        if bucket.code is None:
            bucket.code = compile_source(source, name, filename, raw, defer_init)
            cache.set_bucket(bucket)
        return bucket.code

    compile.through_cache = True
    environment.compile = compile
