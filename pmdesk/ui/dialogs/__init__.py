"""One module per dialog family."""
