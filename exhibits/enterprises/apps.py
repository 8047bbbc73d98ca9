"""App configuration for exhibits.enterprises."""

from django.apps import AppConfig


class EnterprisesConfig(AppConfig):
    name = "exhibits.enterprises"
    label = "enterprises"
    verbose_name = "企业星光大道"

    def ready(self):
        from exhibits.core import review
        from exhibits.enterprises.models import EnterpriseIndexPage

        # Every enterprise section sits under the index, so it inherits the review.
        review.register_section(EnterpriseIndexPage)
