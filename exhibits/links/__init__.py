"""Permanent short links (/p/<id>/) and their QR codes, for plaques and kiosks."""
