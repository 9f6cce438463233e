"""Money: amounts in fen, fee items and billing, payments and receipts, the reports, and the
collection of arrears (cases, demand letters, instalments)."""
