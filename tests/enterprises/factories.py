"""Factories for the enterprise index and enterprise pages."""

import factory
import wagtail_factories

from exhibits.enterprises.models import EnterpriseIndexPage, EnterprisePage
from tests.core.factories import CountyFactory, ImageFactory, IndustryFactory


class EnterpriseIndexPageFactory(wagtail_factories.PageFactory):
    title = "企业星光大道"
    slug = "enterprises"

    class Meta:
        model = EnterpriseIndexPage


class EnterprisePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"平顶山测试企业{n}有限公司")
    slug = factory.Sequence(lambda n: f"enterprise-{n}")
    logo = factory.SubFactory(ImageFactory)
    county = factory.SubFactory(CountyFactory)
    industry = factory.SubFactory(IndustryFactory)
    introduction = "<p>一家扎根鹰城的企业。</p>"

    class Meta:
        model = EnterprisePage
