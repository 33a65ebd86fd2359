#!/usr/bin/env python
"""Build fixtures/seed.json: the archive's five founding articles, curated.

The article texts come from ../shared/seeds/ (the raw founding dump); everything
else here — titles where the dump had none, dates, sources, the meetings, series,
people and organisations they mention — is editorial curation. Primary keys are
fixed, so `loaddata seed` is idempotent. Run from the repo root:

    .venv/bin/python scripts/build_seed_fixture.py
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
NOW = "2026-11-23T00:00:00Z"

SERIES = [
    # pk, acronym, slug, en, vi, th, alternates, sector, parent
    (1, "AMEM", "amem", "ASEAN Ministers on Energy Meeting", "Hội nghị Bộ trưởng Năng lượng ASEAN",
     "การประชุมรัฐมนตรีพลังงานอาเซียน",
     ["Hội nghị Bộ trưởng ASEAN về Năng lượng", "ASEAN Ministers' Meeting on Energy",
      "ASEAN Energy Ministers Meeting", "การประชุมรัฐมนตรีอาเซียนด้านพลังงาน"], "energy", None),
    (2, "SOME", "some", "Senior Officials Meeting on Energy", "Hội nghị Quan chức cao cấp về Năng lượng ASEAN",
     "การประชุมเจ้าหน้าที่อาวุโสด้านพลังงานอาเซียน",
     ["ASEAN Senior Officials Meeting on Energy", "Hội nghị quan chức cấp cao năng lượng",
      "Hội nghị Quan chức cao cấp Năng lượng ASEAN"], "energy", 1),
    (3, "AMEM+3", "amem-plus-3", "ASEAN+3 Ministers on Energy Meeting", "Hội nghị Bộ trưởng Năng lượng ASEAN+3",
     "การประชุมรัฐมนตรีพลังงานอาเซียนบวกสาม",
     ["ASEAN Plus Three Ministers on Energy Meeting", "Hội nghị Bộ trưởng Năng lượng ASEAN và ba nước đối tác"],
     "energy", None),
    (4, "SOME+3", "some-plus-3", "ASEAN+3 Senior Officials Meeting on Energy",
     "Hội nghị Quan chức cao cấp Năng lượng ASEAN+3", "การประชุมเจ้าหน้าที่อาวุโสด้านพลังงานอาเซียนบวกสาม",
     ["ASEAN Plus Three Senior Officials Meeting on Energy"], "energy", 3),
    (5, "AMME", "amme", "ASEAN Ministerial Meeting on the Environment", "Hội nghị Bộ trưởng Môi trường ASEAN",
     "การประชุมรัฐมนตรีสิ่งแวดล้อมอาเซียน", ["ASEAN Environment Ministers Meeting"], "environment", None),
    (6, "ASOEN", "asoen", "ASEAN Senior Officials on the Environment",
     "Hội nghị Quan chức cao cấp ASEAN về môi trường", "การประชุมเจ้าหน้าที่อาวุโสอาเซียนด้านสิ่งแวดล้อม",
     ["ASEAN Senior Officials on Environment", "Hội nghị Quan chức cấp cao ASEAN về môi trường"], "environment", 5),
    (7, "AJDEC", "ajdec", "ASEAN–Japan Dialogue on Environmental Cooperation",
     "Đối thoại ASEAN - Nhật Bản về môi trường", "การหารืออาเซียน-ญี่ปุ่นด้านความร่วมมือสิ่งแวดล้อม",
     ["ASEAN-Japan Dialogue on Environmental Cooperation", "Đối thoại ASEAN – Nhật Bản về môi trường"],
     "environment", None),
    (8, "ASEAN-ROK DECC", "asean-rok-decc", "ASEAN–ROK Dialogue on Environment and Climate Change",
     "Đối thoại ASEAN - Hàn Quốc về môi trường và biến đổi khí hậu",
     "การหารืออาเซียน-เกาหลีด้านสิ่งแวดล้อมและการเปลี่ยนแปลงสภาพภูมิอากาศ",
     ["ASEAN-ROK Dialogue on Environment and Climate Change",
      "Đối thoại ASEAN – Hàn Quốc (ASEAN – ROK) về môi trường và biến đổi khí hậu"], "environment", None),
    (9, "ASEAN-EU HLD", "asean-eu-hld", "ASEAN–EU High-Level Dialogue on Environment and Climate Change",
     "Hội nghị Quan chức cao cấp ASEAN - EU về môi trường và biến đổi khí hậu",
     "การหารือระดับสูงอาเซียน-สหภาพยุโรปด้านสิ่งแวดล้อมและการเปลี่ยนแปลงสภาพภูมิอากาศ",
     ["ASEAN-EU High-Level Dialogue on Environment and Climate Change",
      "Hội nghị Quan chức cao cấp ASEAN – EU về môi trường và biến đổi khí hậu"], "environment", None),
    (10, "VJ-EPD", "vj-epd", "Viet Nam–Japan Environmental Policy Dialogue",
     "Đối thoại chính sách môi trường Việt Nam - Nhật Bản", "การหารือนโยบายสิ่งแวดล้อมเวียดนาม-ญี่ปุ่น",
     ["Vietnam-Japan Environmental Policy Dialogue", "Việt Nam và Nhật Bản đối thoại về chính sách môi trường"],
     "environment", None),
]

MEETINGS = [
    # pk, series, number, slug, start, end, country, city, format, theme, description, names (one-offs)
    dict(pk=1, series=1, number=38, slug="amem-38", start_date="2020-11-19", end_date="2020-11-20", country="VN",
         city="Hanoi", format="online",
         theme="Energy Transition and Strengthening Resilience through Greater Innovation and Cooperation "
               "(Thúc đẩy chuyển dịch năng lượng và tăng cường khả năng phục hồi thông qua đổi mới và hợp tác hơn)",
         description="Hosted online by Viet Nam as ASEAN Chair 2020; the ministers adopted phase II of the "
                     "ASEAN Plan of Action for Energy Cooperation (APAEC) 2021–2025, with targets of 23% renewable "
                     "energy and a 32% cut in energy intensity by 2025. AMEM 38 and its related meetings ran "
                     "from 17 to 20 November 2020."),
    dict(pk=2, series=2, number=38, slug="some-38", start_date="2020-11-17", end_date=None, country="VN",
         city="Hanoi", format="online", theme="",
         description="The preparatory Senior Officials Meeting on Energy for AMEM 38: reviewed APAEC 2021–2025 and "
                     "agreed the draft joint ministerial statement."),
    dict(pk=3, series=3, number=17, slug="amem-plus-3-17", start_date="2020-11-20", end_date=None, country="VN",
         city="Hanoi", format="online", theme="",
         description="ASEAN's energy ministers with China, Japan and the Republic of Korea, held in the framework of "
                     "AMEM 38."),
    dict(pk=4, series=4, number=17, slug="some-plus-3-17", start_date=None, end_date=None, country="", city="",
         format="online", theme="",
         description="Held in August 2020: reviewed ASEAN+3 energy cooperation in 2019–2020 and discussed "
                     "cooperation for 2021–2025."),
    dict(pk=5, series=6, number=33, slug="asoen-33", start_date="2022-10-04", end_date="2022-10-06", country="KH",
         city="", format="in_person", theme="",
         description="Reviewed ASEAN environmental cooperation in 2021–2022 and prepared the 17th AMME; the "
                     "dialogues with Japan, the Republic of Korea and the EU were held alongside."),
    dict(pk=6, series=5, number=17, slug="amme-17", start_date=None, end_date=None, country="", city="",
         format="in_person", theme="", description="The ministerial meeting that ASOEN 33 prepared."),
    dict(pk=7, series=7, number=2, slug="ajdec-2", start_date=None, end_date=None, country="KH", city="",
         format="in_person", theme="",
         description="Reviewed the ASEAN–Japan Environmental Cooperation Initiative, including the ASEAN–Japan "
                     "Climate Change Action Agenda 2.0."),
    dict(pk=8, series=8, number=2, slug="asean-rok-decc-2", start_date=None, end_date=None, country="KH", city="",
         format="in_person", theme="", description="Co-chaired by Viet Nam and the Republic of Korea."),
    dict(pk=9, series=9, number=4, slug="asean-eu-hld-4", start_date=None, end_date=None, country="KH", city="",
         format="in_person", theme="",
         description="Topics: sustainable consumption and production, the circular economy, green recovery after "
                     "Covid-19 and the European Green Deal's support for ASEAN."),
    dict(pk=10, series=10, number=7, slug="vj-epd-7", start_date="2021-11-24", end_date=None, country="JP",
         city="Tokyo", format="in_person", theme="",
         description="The two ministers signed a joint plan on climate change towards carbon neutrality by 2050."),
    dict(pk=11, series=None, number=None, slug="asia-roundtable-summit-2022", start_date="2022-12-20",
         end_date=None, country="CN", city="", format="online",
         theme="Innovative achievements and experiences in green and low-carbon development in Asia",
         name_en="Asia Roundtable Summit 2022 on Low-carbon Innovation and Development",
         name_vi="Hội nghị bàn tròn châu Á 2022 về phát triển đổi mới carbon thấp",
         name_th="การประชุมสุดยอดโต๊ะกลมเอเชียประจำปี 2565 ว่าด้วยการพัฒนานวัตกรรมคาร์บอนต่ำ",
         alternate_names="Asia Roundtable Summit\nการประชุมสุดยอดโต๊ะกลมเอเชีย",
         description="Hosted online by the China Smart Energy Industry Alliance; nearly 30 representatives launched "
                     "the Asia Green and Low-carbon Development Initiative."),
]

RELATIONS = [  # source, target, kind
    (2, 1, "prepares"), (3, 1, "alongside"), (4, 3, "prepares"), (5, 6, "prepares"),
    (7, 5, "alongside"), (8, 5, "alongside"), (9, 5, "alongside"),
]

ORGS = [
    # pk, name, acronym, vi, th, country, parent, slug
    (1, "Ministry of Industry and Trade", "MOIT", "Bộ Công Thương", "", "VN", None, "moit"),
    (2, "Electricity and Renewable Energy Authority", "EREA", "Cục Điện lực và Năng lượng tái tạo", "", "VN", 1,
     "erea"),
    (3, "Ministry of Natural Resources and Environment", "MONRE", "Bộ Tài nguyên và Môi trường", "", "VN", None,
     "monre"),
    (4, "International Cooperation Department, MONRE", "", "Vụ Hợp tác quốc tế", "", "VN", 3,
     "monre-international-cooperation"),
    (5, "ASEAN Centre for Energy", "ACE", "Trung tâm Năng lượng ASEAN", "ศูนย์พลังงานอาเซียน", "ID", None, "ace"),
    (6, "ASEAN Secretariat", "ASEC", "Ban Thư ký ASEAN", "สำนักเลขาธิการอาเซียน", "ID", None, "asean-secretariat"),
    (7, "Ministry of the Environment of Japan", "MOEJ", "Bộ Môi trường Nhật Bản", "", "JP", None, "moej"),
    (8, "China Smart Energy Industry Alliance", "", "", "กลุ่มพันธมิตรอุตสาหกรรมพลังงานอัจฉริยะจีน", "CN", None,
     "china-smart-energy-industry-alliance"),
    (9, "International Energy Agency", "IEA", "Cơ quan Năng lượng Quốc tế", "สำนักงานพลังงานสากล", "", None, "iea"),
    (10, "PT PLN", "PLN", "", "บริษัทพีที พีแอลเอ็น", "ID", None, "pt-pln"),
    (11, "State Power Investment Group", "SPIC", "", "สเตท พาวเวอร์ อินเวสต์เมนต์ กรุ๊ป", "CN", None, "spic"),
    (12, "China Huadian Corporation", "", "", "ไชน่า ฮัวเดียน คอร์ปอเรชัน", "CN", None, "china-huadian"),
    (13, "PowerChina", "", "", "พาวเวอร์ไชน่า", "CN", None, "powerchina"),
    (14, "Royal Academy of Cambodia", "RAC", "", "รอยัล อคาเดมี ออฟ แคมโบเดีย", "KH", None, "royal-academy-of-cambodia"),
    (15, "Vietnam News Agency", "TTXVN", "Thông tấn xã Việt Nam", "", "VN", None, "ttxvn"),
]

PEOPLE = [
    # pk, name, slug, alternates, country, org, position
    (1, "Hoàng Tiến Dũng", "hoang-tien-dung", ["Hoang Tien Dung"], "VN", 2,
     "Director General, Electricity and Renewable Energy Authority"),
    (2, "Lê Ngọc Tuấn", "le-ngoc-tuan", ["Le Ngoc Tuan"], "VN", 4,
     "Director General, International Cooperation Department; Chief of the ASOEN Viet Nam Office"),
    (3, "Trần Hồng Hà", "tran-hong-ha", ["Tran Hong Ha"], "VN", 3, "Minister of Natural Resources and Environment"),
    (4, "Tsuyoshi Yamaguchi", "tsuyoshi-yamaguchi", ["Tsuyoshi Michael Yamaguchi", "山口壯"], "JP", 7,
     "Minister of the Environment"),
    (5, "An Fengquan", "an-fengquan", ["อัน เฟิงเฉวียน"], "CN", 9, "Special Adviser to the IEA Executive Director"),
    (6, "Moin ul Haque", "moin-ul-haque", ["โมอิน อุล เฮก"], "PK", None, "Ambassador of Pakistan to China"),
    (7, "Tuvshin Badral", "tuvshin-badral", ["ทูฟชิน บาดรัล"], "MN", None,
     "Business representative and adviser of Mongolia in China"),
    (8, "Almas Chukin", "almas-chukin", ["อัลมาส ชูกิน"], "KZ", None,
     "General Manager, Visor Kazakhstan; economist"),
    (9, "Yahaya Berakhtali", "yahaya-berakhtali", ["ยาฮายา เบรัคทาลี"], "", None,
     "Adviser and former CEO, EUAS International ICC"),
    (10, "Kin Phea", "kin-phea", ["คิน เพียห์"], "KH", 14,
     "Director, Institute of International Relations, Royal Academy of Cambodia"),
    (11, "Hartanto Wibowo", "hartanto-wibowo", ["ฮาร์ตันโต วิโบโว"], "ID", 10,
     "Director of Corporate Planning and Business Development, PT PLN"),
    (12, "Li Baoqing", "li-baoqing", ["ลี เปาฉิง"], "CN", 11, "Manager, State Power Investment Group"),
    (13, "Gou Wei", "gou-wei", ["กู่ เหว่ย"], "CN", 12, "Deputy General Manager, China Huadian Corporation"),
    (14, "Yao Qiang", "yao-qiang", ["เหยา เฉียง"], "CN", 13,
     "Director, Science and Technology Committee, PowerChina"),
]

PARTICIPATIONS = [
    # person, meeting, role, position, org, delegation
    (1, 2, "Head of the Vietnamese SOME delegation", "Director General, Electricity and Renewable Energy Authority",
     2, "VN"),
    (2, 5, "Chief of the ASOEN Viet Nam Office", "Director General, International Cooperation Department, MONRE",
     4, "VN"),
    (2, 8, "Co-chair for Viet Nam; opening speech", "Director General, International Cooperation Department, MONRE",
     4, "VN"),
    (3, 10, "Head of the Vietnamese side", "Minister of Natural Resources and Environment", 3, "VN"),
    (4, 10, "Head of the Japanese side", "Minister of the Environment", 7, "JP"),
    (5, 11, "Chair of the dialogue", "Special Adviser to the IEA Executive Director", 9, ""),
    *[(p, 11, "Guest speaker", "", None, "") for p in range(6, 15)],
]


def seed_text(prefix: str) -> str:
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    return unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))


def paragraphs(text: str) -> list[str]:
    return [re.sub(r"[ \t]+", " ", p).strip() for p in text.splitlines() if p.strip()]


def build_articles() -> list[dict]:
    a0 = paragraphs(seed_text("000"))
    a1 = paragraphs(seed_text("001"))
    a2 = paragraphs(seed_text("002"))
    a3 = paragraphs(seed_text("003"))
    a4 = paragraphs(re.sub(r"</?strong>", "", seed_text("004")))
    return [
        dict(pk=1, title=a0[0], lead="", body=a0[2:-1], byline=a0[-1], language="vi",
             published="2020-11-17T13:30:00+07:00", source_name="", source_url="urn:asean-archive:seed:000_d067c3f25a4e721f",
             meetings=[2, 1], people=[], organizations=[5, 6]),
        dict(pk=2, title="Trưởng đoàn SOME Việt Nam: AMEM+3 là hội nghị quan trọng giữa ASEAN và ba đối tác",
             lead=a1[0], body=a1[1:-1], byline=a1[-1], language="vi", published=None, source_name="",
             source_url="urn:asean-archive:seed:001_36dcaec427118c74", meetings=[3, 4, 1], people=[1],
             organizations=[2]),
        dict(pk=3, title=a2[0], lead=a2[2], body=a2[3:-1], byline=a2[-1], language="vi",
             published="2022-10-09T10:08:00+07:00", source_name="",
             source_url="urn:asean-archive:seed:002_5289fca948de8d5b", meetings=[5, 6, 7, 8, 9], people=[2],
             organizations=[3, 4]),
        dict(pk=4, title="Việt Nam và Nhật Bản đối thoại về chính sách môi trường", lead=a3[0], body=a3[1:-2],
             byline=a3[-2], language="vi", published="2021-11-24T20:26:00+07:00", source_name="Báo Tin Tức (TTXVN)",
             source_url=a3[-1], meetings=[10], people=[3, 4], organizations=[3, 7, 15]),
        dict(pk=5, title=a4[0], lead="", body=a4[2:], byline="", language="th",
             published="2022-12-26T00:00:00+07:00", source_name="",
             source_url="urn:asean-archive:seed:004_2f36a0bc0e521c48", meetings=[11], people=list(range(5, 15)),
             organizations=[8, 9, 10, 11, 12, 13, 14]),
    ]


def main() -> None:
    from archive.models import make_slug  # noqa: PLC0415 (needs Django only for the slug helper)

    objects: list[dict] = []
    for pk, acronym, slug, en, vi, th, alternates, sector, parent in SERIES:
        objects.append({"model": "archive.meetingseries", "pk": pk, "fields": {
            "acronym": acronym, "slug": slug, "name_en": en, "name_vi": vi, "name_th": th,
            "alternate_names": "\n".join(alternates), "sector": sector, "parent": parent, "description": "",
            "created": NOW, "updated": NOW}})
    for m in MEETINGS:
        fields = {k: m.get(k, "") for k in ("name_en", "name_vi", "name_th", "alternate_names")}
        fields.update({k: m[k] for k in ("series", "number", "slug", "start_date", "end_date", "country", "city",
                                         "format", "theme", "description")})
        objects.append({"model": "archive.meeting", "pk": m["pk"], "fields": {**fields, "created": NOW,
                                                                            "updated": NOW}})
    for i, (source, target, kind) in enumerate(RELATIONS, 1):
        objects.append({"model": "archive.meetingrelation", "pk": i,
                        "fields": {"source": source, "target": target, "kind": kind}})
    for pk, name, acronym, vi, th, country, parent, slug in ORGS:
        objects.append({"model": "archive.organization", "pk": pk, "fields": {
            "name": name, "acronym": acronym, "name_vi": vi, "name_th": th, "slug": slug, "alternate_names": "",
            "country": country, "parent": parent, "website": "", "description": "", "created": NOW,
            "updated": NOW}})
    for pk, name, slug, alternates, country, org, position in PEOPLE:
        objects.append({"model": "archive.person", "pk": pk, "fields": {
            "name": name, "slug": slug, "alternate_names": "\n".join(alternates), "country": country,
            "organization": org, "position": position, "description": "", "created": NOW, "updated": NOW}})
    for i, (person, meeting, role, position, org, delegation) in enumerate(PARTICIPATIONS, 1):
        objects.append({"model": "archive.participation", "pk": i, "fields": {
            "person": person, "meeting": meeting, "role": role, "position": position, "organization": org,
            "delegation": delegation}})
    for a in build_articles():
        body = "\n\n".join(a["body"])
        objects.append({"model": "archive.article", "pk": a["pk"], "fields": {
            "title": a["title"], "slug": make_slug(a["title"], max_length=115), "lead": a["lead"], "body": body,
            "language": a["language"], "published": a["published"], "source_name": a["source_name"],
            "source_url": a["source_url"], "byline": a["byline"], "status": "published",
            "meetings": a["meetings"], "people": a["people"], "organizations": a["organizations"],
            "analysis": {}, "analysis_key": "", "created": NOW, "updated": NOW}})
    out = ROOT / "fixtures" / "seed.json"
    out.write_text(json.dumps(objects, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(objects)} objects to {out.relative_to(ROOT)}")


if __name__ == "__main__":
    import os

    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings")
    import django

    django.setup()
    main()
