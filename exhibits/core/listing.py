"""What the list pages (/honorees/, /stories/) share: filters read from the query string,
where a value that is malformed or names nothing is dropped and reported (`ignored`), never
an error page; each option labelled with what it would list; the chips that each take one
filter away; and the page numbers shown."""

from django.utils.functional import cached_property
from django.utils.translation import gettext as _


class FilteredListing:
    """A list read from a query string through a filter form. A subclass calls
    `read_filters()` and sets `labels` ({field: {value: what a chip shows}}) and `page_obj`."""

    # Form fields that choose something other than what is listed (the sort order).
    not_filters = ()

    def read_filters(self, params, form_class, **form_kwargs):
        self.params = params
        known = {name: params.get(name, "").strip() for name in form_class.base_fields}
        self.form = form_class(known, **form_kwargs)
        self.form.is_valid()  # fills cleaned_data with the valid fields only
        self.filters = {
            name: value
            for name, value in self.form.cleaned_data.items()
            if name not in self.not_filters and value not in (None, "")
        }
        self.ignored = sorted(self.form.errors)

    def offer_counted_options(self, facets, counts, key=lambda facet, value: value):
        """Label each option of the facets with its count ({facet: {key: count}}, what the
        option would list with the other filters applied) and leave out those that would
        list nothing, but never the one chosen, so a shared link still shows what it asks
        for. Call after `labels` is set: the chips show the plain names."""
        for facet in facets:
            field = self.form.fields[facet]
            chosen = self.form.cleaned_data.get(facet)
            options = []
            for value, label in field.choices:
                count = counts[facet].get(key(facet, value), 0) if value != "" else None
                if count is None:
                    options.append((value, label))
                elif count or value == chosen:
                    options.append(
                        (value, _("%(label)s（%(count)s）") % {"label": label, "count": count})
                    )
            field.choices = options

    @cached_property
    def page_range(self):
        return list(
            self.page_obj.paginator.get_elided_page_range(self.page_obj.number, on_each_side=2)
        )

    @property
    def is_filtered(self):
        return bool(self.filters)

    @cached_property
    def active_filters(self):
        """(label, value shown, the query string without it) for each applied filter."""
        chips = []
        for name, value in self.filters.items():
            remaining = self.params.copy()
            remaining.pop(name, None)
            remaining.pop("page", None)
            shown = self.labels[name].get(value, value)
            chips.append((self.form.fields[name].label, shown, remaining.urlencode()))
        return chips
