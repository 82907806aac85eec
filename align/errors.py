"""The one exception type the tool raises for problems a user can fix."""


class AlignError(Exception):
    """A user-facing error: its message is one line that says what went wrong and what to do.

    The CLI prints it as ``error: <message>`` and exits with status 2; anything else is a bug.
    """
