"""The parse cache: what a file's unchanged text parses into, stored as JSON.

Three kinds of entry, all content-addressed:

- ``acts/``: a ``*.lex`` file's :class:`~lexcheck.model.Act`, in tables of columns (one
  table per model class), so that a warm corpus loads without parsing;
- ``trees/``: the Lark parse tree of a rule pack, vocabulary, evidence or bill file, so
  that a warm run neither builds a parser nor parses (the builders run on the tree);
- ``grammars/``: a built LALR parser (Lark's own serialisation), for the files that are
  parsed.

The key is the sha256 of the file's text, of the grammar files, of the modules that turn
text into the model, and of the lexcheck version (and Lark's, for trees and parsers), so
any change to the input or to the parser makes a new key (old entries are simply never
read again).

Where: ``$LEXCHECK_CACHE_DIR``, else ``$XDG_CACHE_HOME/lexcheck``, else
``~/.cache/lexcheck``; ``LEXCHECK_NO_CACHE=1`` turns the cache off.

Safety: entries are JSON, never pickle — loading one never executes anything. An
entry is a header line (format, key, sha256 of the body) and a body; it is used only
if the header names the expected key and the body has the recorded digest, and it is
decoded strictly (only the model's own classes, only their fields, values of the
field's types; a tree holds only rules, tokens and integer positions); anything else — a truncated, corrupt or tampered entry — is ignored
and the file is parsed again. What strict decoding cannot tell is an entry rewritten,
digest and all, into a different but well-formed model; the cache folder is trusted as
the user's own files are. Entries are written atomically (temporary file, then
rename); a cache that cannot be written is skipped silently: it is only a cache.

Spans in an entry carry no file name: the model read back gets the path the file
was loaded from, exactly as parsing it there would have given.
"""

from .acts import Invalid, decode, encode, entry_path, key, load, store
from .entries import FORMAT, PRUNE_AFTER, cache_dir, cache_off, clear, maybe_prune, prune, stats
from .grammars import load_parser, store_parser
from .trees import load_tree, store_tree

__all__ = ["FORMAT", "PRUNE_AFTER", "Invalid", "cache_dir", "cache_off", "clear", "decode", "encode",
           "entry_path", "key", "load", "load_parser", "load_tree", "maybe_prune", "prune", "stats", "store",
           "store_parser", "store_tree"]
