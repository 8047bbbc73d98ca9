"""`manage.py set_site_url`."""
