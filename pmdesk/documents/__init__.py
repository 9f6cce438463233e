"""Printed documents: reportlab rendering, Qt-free. Data in, PDF bytes out."""
