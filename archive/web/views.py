from django.shortcuts import get_object_or_404, render

from archive.models import Article, Meeting, MeetingSeries, Organization, Person


def home(request):
    articles = Article.objects.published().for_listing().newest_first()[:20]
    return render(request, "archive/home.html", {"articles": articles})


def article_detail(request, slug):
    article = get_object_or_404(Article.objects.published(), slug=slug)
    return render(request, "archive/article_detail.html", {"article": article})


def meeting_detail(request, slug):
    meeting = get_object_or_404(Meeting.objects.select_related("series"), slug=slug)
    return render(request, "archive/meeting_detail.html", {"meeting": meeting})


def series_detail(request, slug):
    series = get_object_or_404(MeetingSeries, slug=slug)
    return render(request, "archive/series_detail.html", {"series": series})


def person_detail(request, slug):
    person = get_object_or_404(Person, slug=slug)
    return render(request, "archive/person_detail.html", {"person": person})


def organization_detail(request, slug):
    organization = get_object_or_404(Organization, slug=slug)
    return render(request, "archive/organization_detail.html", {"organization": organization})
