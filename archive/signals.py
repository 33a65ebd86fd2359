"""Keep the search index and the lexicon in step with the database."""

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
    content_changed()
    if not raw and sender is Meeting and instance.pk:
        queue.enqueue(instance.articles.values_list("pk", flat=True))


@receiver(pre_save)
def clean_text_fields(sender, instance, **kwargs):
    """Every text field of the archive's curated models (series, meetings, people, organisations,
    participations, …) is cleaned the same way as articles' (archive.ingest.clean)."""
    if sender._meta.app_label == "archive" and sender is not Article:  # Article.save validates itself
        clean_model_text_fields(instance)
