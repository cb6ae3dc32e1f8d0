"""The errors tactful raises, all below one base class so callers can catch them together.

    TactfulError                 anything tactful reports to the user
    ├── ConfigError              settings file or environment variable is wrong
    ├── InputError               a message, context or data file cannot be read (names the item)
    │   └── ContextError         a --context object does not follow the schema
    └── StoreError               the ledger cannot be opened, migrated or written

The CLI turns each into one line "Error: ..." and exit status 1.
"""

from __future__ import annotations


class TactfulError(Exception):
    """Base of every error tactful reports to the user."""


class ConfigError(TactfulError):
    """The settings file or a TACTFUL_* variable holds something tactful cannot use."""


class InputError(TactfulError):
    """An input (message, file, record) cannot be read; the message names the item."""


class ContextError(InputError):
    """A context object does not follow the schema of the evaluation data."""


class StoreError(TactfulError):
    """The ledger cannot be opened, migrated or written."""
