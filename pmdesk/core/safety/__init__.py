"""Data safety: the database file and its schema, backups and restore, the receipt journal,
accounts, who is acting, and the audit trail."""
