"""What a user does, end to end, once: the window and the command line both call these.

Each action is a keyword-only function that runs the steps of one user action — the core's
transactions, the documents it prints, the archive that keeps them — and returns plain values.
The core never imports this package; the documents never touch the database.
"""
