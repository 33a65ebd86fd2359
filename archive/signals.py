"""Keep the search index and the lexicon in step with the database."""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from django.dispatch import receiver

from archive.ingest.clean import clean_model_text_fields
from archive.models import Article, Meeting, MeetingSeries, Organization, Person
from archive.search import lexicon, queue
from archive.web.freshness import content_changed


@receiver(post_save, sender=Article)
@receiver(post_delete, sender=Article)
def article_changed(sender, instance, raw=False, **kwargs):
    # `raw` is set by loaddata: fixtures are indexed by update_index afterwards.
    if not raw:
        queue.enqueue([instance.pk])


@receiver(m2m_changed, sender=Article.meetings.through)
def article_meetings_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if action not in {"post_add", "post_remove", "post_clear"}:
        return
    if reverse:  # meeting.articles.add(...)
        queue.enqueue(pk_set or instance.articles.values_list("pk", flat=True))
    else:
        queue.enqueue([instance.pk])


@receiver(post_save, sender=Meeting)
@receiver(post_save, sender=MeetingSeries)
@receiver(post_delete, sender=Meeting)
@receiver(post_delete, sender=MeetingSeries)
@receiver(post_save, sender=Organization)
@receiver(post_save, sender=Person)
def vocabulary_changed(sender, instance, raw=False, **kwargs):
    lexicon.invalidate()
    if not raw and sender is Meeting and instance.pk:
        queue.enqueue(instance.articles.values_list("pk", flat=True))


@receiver(pre_save)
def clean_text_fields(sender, instance, **kwargs):
    """Every text field of the archive's curated models (series, meetings, people, organisations,
    participations, …) is cleaned the same way as articles' (archive.ingest.clean)."""
    if sender._meta.app_label == "archive" and sender is not Article:  # Article.save validates itself
        clean_model_text_fields(instance)


# Saved or deleted rows of the archive's own models change what pages show. Articles reach
# the pages through the index queue, which moves the content version after applying them.
_NOT_SHOWN = {"indextask", "searchquerystat", "article"}


@receiver(post_save)
@receiver(post_delete)
@receiver(m2m_changed)
def content_saved(sender, **kwargs):
    """Move the content version once the change is committed: moved before, another worker
    could cache the old rows under the new version (archive/web/freshness.py)."""
    model = kwargs.get("model") if "model" in kwargs else sender
    meta = getattr(model, "_meta", None)
    if meta is None or meta.app_label != "archive" or meta.model_name in _NOT_SHOWN or kwargs.get("raw"):
        return
    transaction.on_commit(content_changed)
