"""`python -m pmdesk` and the `pmdesk` / `pmdesk-gui` entry points: hand over to the CLI."""

import sys

from pmdesk.cli import main as cli_main


def main() -> int:
    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
