#!/usr/bin/env python
"""Build fixtures/history.json: the sourced history of the archive's meeting series.

Loaded after fixtures/seed.json (`loaddata seed history`). Every fact below was read
in a published record (joint statements and press releases of the ASEAN Secretariat,
ministries' pages, news agencies); each meeting cites the records it comes from, with
the year the record gives for the meeting (`year`), so tests can check the dates.
Nothing is inferred from the usual rhythm of the series: where the records say
nothing, or disagree, the field stays empty and the disagreement is noted here.
Summaries (`description`, `documents`) are our own words.

Primary keys: the meetings the seed already holds keep their seed pk and every seed
field (only empty fields are filled: chair, documents, sources, and a city or date
the seed left blank); new meetings use pks from 1000, sources from 1, citations from
1 — so `loaddata seed history` twice changes nothing. Run from the repo root:

    .venv/bin/python scripts/build_history_fixture.py

What was found, per series (all pages read on 2026-11-30)
--------------------------------------------------------

AMEM — 29 meetings (28 added, and the seed's 38th). Its first meetings were called "Meeting of the ASEAN Economic
  Ministers on Energy Cooperation" (AEMEC, so named in the 10th's statement); the AMEM
  continues that numbering (the 21st, 2003, spoke of "21 years of coming together";
  a 2014 history counts "their first meeting in 1980").
  * 2, 4, 5, 8, 9, 10, 11: joint press releases/statements on asean.org and
    asean.or.id (ASEAN Secretariat): dates, city; chair where the statement names one
    (10th, 11th: "unanimously elected Chairman").
  * 1: only the year (1980) from the ASEAN energy blog's history; no place or date.
  * 14: ASEAN Secretariat annual report 1996–97 (Kuala Lumpur, July 1996, no day).
  * 18–23: the ASEAN energy blog's history of the ministerial statements (dates and
    places; 22nd: Makati City and its theme, but no year).
  * 21: Bernama (chaired by Datuk Amar Leo Moggie).
  * 24: NS Energy (joint statement exists; no date or place given).
  * 27: Mandalay, 2009 (ASEAN energy blog; the sentence with the day is cut off).
  * 28: Bộ Công Thương press briefing via tuyengiao.vn (ministerial meeting on 22 July
    2010 in Đà Lạt); thiennhien.net gives the week. THEME DISAGREES: tuyengiao gives
    "Năng lượng và biến đổi khí hậu", thiennhien "Tiết kiệm năng lượng và Biến đổi khí
    hậu" — theme left empty.
  * 30, 31, 32, 33, 35, 36, 37, 41, 42, 43: news agencies and ministries (Xinhua via
    Open Development Cambodia, VNA, Republika/CRI, Lao National TV, Bernama/VNA, PTV,
    Singapore MFA, Thai Ministry of Energy (DEDE), BN Nasional/ANTARA, KPL/Lạng Sơn TV,
    FMT/VietnamPlus). 31st: the statement was read on "Wednesday 25/9" and the CRI
    report dates it to 2013, but no source gives the full date together: date left
    empty. 35th: theme worded "to" (PTV, DWIZ) and "through" (Canadian Inquirer);
    the majority form is kept. 33rd: APAEC period given as 2016–2025 (Bernama) and
    "2016–2020" (VNA); the documents field names no period.
  * 38: from the seed; chair and documents from Tạp chí Công Thương.
  * 39: NOT ADDED. Only Media Permata names it (held online under Brunei, no date), and
    the same article numbers the AMEM+3 of that year "13th", contradicting VNA (12th in
    2015, 17th in 2020); the archive's tests also use AMEM 39 as the example of a
    number the press names before editors confirm it (a MeetingCandidate).
  MISSING: 3, 6, 7, 12, 13, 15, 16, 17, 25, 26, 29, 34, 39, 40 — no stored record names
  them by number. (The Japan Times announced an energy ministers' meeting in Brunei for
  18–21 Sept 2011 without numbering it; Open Development Cambodia reports one in Phnom
  Penh "last week" without number or year.)

SOME — 8 meetings: 28 (Đà Lạt), 30 (Phnom Penh, no date), 32 (SOURCES DISAGREE on the
  place — Lao National TV: Vientiane in September; The Nation: Luang Prabang — place
  and date left empty), 37 (Thailand, chaired by Kulit Sombatsiri), 38 (seed), 39
  (Brunei, online), 42 (Vientiane, June 2024; the day is not given), 43 (Kuching).
  The preparatory officials' meetings before AMEM 2–11 are dated in the ministers'
  statements but never numbered, so they are not added. MISSING: all others.

AMEM+3 — 5 meetings: 1 (Manila 2004, Xinhua: "their first ever formal meeting"; no
  day), 9 (Phnom Penh, alongside AMEM 30), 12 (Kuala Lumpur, 8 Oct 2015), 14 (Pasay,
  alongside AMEM 35), 17 (seed). NOT ADDED: Media Permata calls the 2021 meeting under
  Brunei the "13th" AMEM+3, which contradicts the 12th (2015) and 17th (2020) — left
  out. Mandalay 2009 (Báo Ninh Bình) has no number.

SOME+3 — 1 meeting (the seed's 17th, cited to its founding article). Nothing else
  found; tuyengiao's "SOME 28+3" (2010) is the SOME+3 held with SOME 28 but has no
  SOME+3 number of its own.

AMME — 7 meetings: 1 (1981, DENR: "the first AMME ... in 1981"; no place), 11
  (Singapore 2009), 13 (Hanoi 2015), 14 (Brunei 2017; no city), 15 (Siem Reap 2019),
  16 (online, hosted by Indonesia, 2021), 17 (seed; date and city from VNA:
  ended in Laos on 24 Aug 2023 after two days, Vientiane dateline). The "10th Informal
  AMME" (Bangkok 2007) belongs to the informal meetings, not this numbering.

ASOEN — 6 meetings: 25 (Vientiane 2014), 26 (Malaysia 2015; no city), 28 (Pasay
  City, July 2017; the DENR caption says "Manila ... 26 July 2017", BusinessMirror
  "Pasay City from July 23 to 29" — Pasay is in Metro Manila; dated by DENR), 31
  (online, opened by Viet Nam's deputy minister; the VNA report gives 24–27 Nov
  without year — date left empty), 32 (Brunei, online, 13–17 Sept 2021), 33 (seed;
  Khmer Civil Media gives Siem Reap, 3–7 Oct 2022, including related meetings; the
  seed's 4–6 Oct is kept). ASOEN 34 has an Indonesian ministry site but no date or
  place in it: not added.

AJDEC, ASEAN-ROK DECC, ASEAN-EU HLD, VJ-EPD — only the seed meetings, cited to their
  founding articles. CONFLICT: the ASEAN Jakarta mission (2014) and BusinessMirror
  (2017) speak of the 8th and 11th ASEAN–Japan Dialogue on Environmental Cooperation,
  while the seed has the "2nd" in 2022; the numbering cannot be reconciled from the
  sources, so nothing is added to AJDEC. The ASEAN-EU High-Level Dialogue of 8 July
  2019 in Bangkok (ASEAN+3 site) has no number: not added.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "seed.json"
OUT = ROOT / "fixtures" / "history.json"
NOW = "2026-11-30T00:00:00Z"
ACCESSED = "2026-11-30"
FIRST_NEW_MEETING_PK = 1000

# --- Sources: key -> (url, title, publisher, published or None) ----------------------------

SOURCES = {
    "aemec2": (
        "https://asean.or.id/6594.htm",
        "Joint Press Release for the Second Meeting of the ASEAN Economic Ministers on Energy Cooperation, "
        "Kuala Lumpur, 27 April 1981",
        "ASEAN Secretariat",
        None,
    ),
    "aemec4": (
        "https://asean.org/?static_post=joint-press-release-for-the-fourth-meeting-of-the-asean-economic-"
        "ministers-on-energy-cooperation-singapore-19-january-1983",
        "Joint Press Release for the Fourth Meeting of the ASEAN Economic Ministers on Energy Cooperation, "
        "Singapore, 19 January 1983",
        "ASEAN Secretariat",
        None,
    ),
    "aemec5": (
        "https://asean.or.id/6597.htm",
        "[Press statement of the] Fifth Meeting of the ASEAN Economic Ministers on Energy Cooperation, Bangkok, "
        "25–26 April 1985",
        "ASEAN Secretariat",
        None,
    ),
    "aemec8": (
        "https://asean.org/?static_post=joint-press-statement-8th-meeting-of-the-asean-economic-ministers-"
        "kuala-lumpur-22-23-june-1989",
        "Joint Press Statement, 8th Meeting of the ASEAN Economic Ministers (on Energy Cooperation), "
        "Kuala Lumpur, 22–23 June 1989",
        "ASEAN Secretariat",
        None,
    ),
    "aemec9": (
        "https://asean.org/?static_post=joint-press-release-for-the-ninth-meeting-of-the-asean-economic-"
        "ministers-on-energy-cooperation-manila-12-16-november-1990",
        "Joint Press Release for the Ninth Meeting of the ASEAN Economic Ministers on Energy Cooperation, "
        "Manila, 12–16 November 1990",
        "ASEAN Secretariat",
        None,
    ),
    "aemec10": (
        "https://asean.org/?static_post=joint-press-statement-the-tenth-meeting-of-the-asean-economic-"
        "ministers-on-energy-cooperation-aemec-singapore-22-august-1991",
        "Joint Press Statement, the Tenth Meeting of the ASEAN Economic Ministers on Energy Cooperation "
        "(AEMEC), Singapore, 22 August 1991",
        "ASEAN Secretariat",
        None,
    ),
    "aemec11": (
        "https://asean.org/?static_post=the-eleventh-asean-economic-ministers-meeting-on-energy-"
        "cooperation-bangkok-thailand-28-january-1993",
        "The Eleventh ASEAN Economic Ministers Meeting on Energy Cooperation, Bangkok, Thailand, 28 January 1993",
        "ASEAN Secretariat",
        None,
    ),
    "asec9697": (
        "https://asean.or.id/asc/r9697/asc96e9.htm",
        "[ASEAN Secretariat annual report 1996–97: cooperation in minerals and energy]",
        "ASEAN Secretariat",
        None,
    ),
    "bicara": (
        "http://asean.bicaraenergi.com/2014/09/climate-change-in-the-ministerial-tables/",
        "Climate Change in the Ministerial Tables",
        "bicaraenergi.com (ASEAN energy blog)",
        None,
    ),
    "bernama21": (
        "http://geni.org/globalenergy/library/media_coverage/bernama.com/"
        "ASEAN_LeadersAreUnitedOnEnergyNetwork/index.shtml",
        "Moggie Says ASEAN Leaders Are United On Energy Network",
        "Bernama (via GENI)",
        "2003-07-03",
    ),
    "ns24": (
        "https://www.nsenergybusiness.com/news/newsasean-calls-for-renewable-energy-boost-2/",
        "ASEAN calls for renewable energy boost",
        "NS Energy",
        None,
    ),
    "tuyengiao28": (
        "https://tuyengiao.vn/nang-luong-va-bien-doi-khi-hau-asean-21145",
        "Năng lượng và biến đổi khí hậu ASEAN",
        "Tạp chí Tuyên giáo",
        "2010-07-09",
    ),
    "thiennhien28": (
        "https://www.thiennhien.net/2010/07/19/asem-28-se-ban-ve-nang-luong-va-bien-doi-khi-hauquot/",
        "ASEM 28 sẽ bàn về “Năng lượng và Biến đổi khí hậu”",
        "ThienNhien.Net",
        "2010-07-19",
    ),
    "vnaes28": (
        "https://es.vietnamplus.vn/asean-consolida-cooperacion-energetica/16860.vnp",
        "ASEAN consolida cooperación energética",
        "VietnamPlus (VNA)",
        None,
    ),
    "odc30": (
        "https://opendevelopmentcambodia.net/km/news/asean-senior-officials-meet-ahead-of-30th-asean-"
        "ministers-on-energy-meeting/",
        "ASEAN senior officials meet ahead of 30th ASEAN Ministers on Energy Meeting",
        "Open Development Cambodia (Xinhua, 10 Sept 2012)",
        None,
    ),
    "vnafr30": (
        "http://fr.vietnamplus.vn/energie-lasean-plaide-pour-une-connexion-verte/35392.vnp",
        "Énergie : l'ASEAN plaide pour une connexion verte",
        "VietnamPlus (VNA)",
        None,
    ),
    "vnafr_some30": (
        "https://fr.vietnamplus.vn/energie-reunion-de-lasean-au-cambodge/33895.vnp",
        "Énergie : réunion de l'ASEAN au Cambodge",
        "VietnamPlus (VNA)",
        None,
    ),
    "vnafr_p3_9": (
        "https://fr.vietnamplus.vn/conference-des-ministres-de-lenergie-de-lasean3/35403.vnp",
        "Conférence des ministres de l'Énergie de l'ASEAN+3",
        "VietnamPlus (VNA)",
        None,
    ),
    "republika31": (
        "https://internasional.republika.co.id/berita/mtot8m/asean-sepakat-teruskan-rencana-bangun-jaringan-gas",
        "ASEAN sepakat teruskan rencana bangun jaringan gas",
        "Republika",
        None,
    ),
    "cri31": (
        "http://malay.cri.cn/901/2013/09/30/242s143809.htm",
        "[Report on the 31st ASEAN energy ministers' meeting in Bali]",
        "China Radio International (Malay)",
        "2013-09-30",
    ),
    "laovoices32": (
        "https://laovoices.com/asean-ministers-energy-meeting-concludes/",
        "The 32nd Asean Ministers on Energy Meeting concludes",
        "Lao Voices (Lao National TV)",
        None,
    ),
    "laovoices_some32": (
        "https://laovoices.com/32nd-senior-officials-meeting-energy/",
        "The 32nd SOM on Energy and other associated meetings convene",
        "Lao Voices (Lao National TV)",
        "2014-09-22",
    ),
    "nation_some32": (
        "https://www.nationthailand.com/noname/30235913",
        "Cooperation on energy under discussion",
        "The Nation (Thailand)",
        None,
    ),
    "vna33": (
        "http://en.vietnamplus.vn/asean-ministers-on-energy-meeting-opens-in-kuala-lumpur/82836.vnp",
        "ASEAN Ministers on Energy Meeting opens in Kuala Lumpur",
        "VietnamPlus (VNA)",
        None,
    ),
    "bernama33": (
        "http://www.mpkotamarudu.my/index.php/news/99-news-2015/471-asean-endorses-action-plan-for-"
        "energy-cooperation-ongkili",
        "Asean endorses action plan for energy cooperation — Ongkili",
        "Kota Marudu Member of Parliament (website)",
        None,
    ),
    "vna_p3_12": (
        "https://en.vietnamplus.vn/asean-partner-countries-vow-to-ensure-energy-security/82924.vnp",
        "ASEAN, partner countries vow to ensure energy security",
        "VietnamPlus (VNA)",
        None,
    ),
    "ptv35": (
        "https://ptvnews.ph/amem35-intensify-cooperation-energy-resiliency-sustainability",
        "AMEM35 to intensify cooperation on Energy Resiliency and Sustainability",
        "PTV News",
        None,
    ),
    "ci35": (
        "https://canadianinquirer.net/2017/09/26/35th-asean-energy-ministers-meeting-kicks-off-in-manila",
        "35th ASEAN energy ministers' meeting kicks off in Manila",
        "Canadian Inquirer (PNA)",
        "2017-09-26",
    ),
    "mfa36": (
        "https://mfa.gov.sg/Overseas-Mission/Ministry-of-Foreign-Affairs---Permanent-Mission-of-the-"
        "Republic-of-Singapore/Press-Statements-Speeches/2018/10/press_2018-10-29-1",
        "Joint Ministerial Statement of The 36th ASEAN Ministers on Energy Meeting",
        "Ministry of Foreign Affairs, Singapore",
        "2018-10-29",
    ),
    "dede37": (
        "https://www.dede.go.th/ewt_news.php?nid=51464&filename=index",
        "นายกรัฐมนตรี เปิดงานประชุมรัฐมนตรีอาเซียนด้านพลังงานครั้งที่37",
        "Department of Alternative Energy Development and Efficiency (Thailand)",
        "2019-09-04",
    ),
    "gn37": (
        "https://www.greennetworkthailand.com/37th-amem-%E0%B8%9B%E0%B8%A3%E0%B8%B0%E0%B8%8A%E0%B8%B8%E0%B8%A1"
        "%E0%B8%AD%E0%B8%B2%E0%B9%80%E0%B8%8B%E0%B8%B5%E0%B8%A2%E0%B8%99-%E0%B8%9E%E0%B8%A5%E0%B8%B1%E0%B8%87"
        "%E0%B8%87%E0%B8%B2%E0%B8%99/",
        "รมว. พลังงาน สรุปผลความร่วมมือประเทศสมาชิกอาเซียน หลังจบเวที “การประชุมรัฐมนตรีอาเซียนด้านพลังงาน ครั้งที่ 37”",
        "Green Network Thailand",
        None,
    ),
    "aseanthai_some37": (
        "http://www.aseanthai.net/ewt_news.php?nid=9080&filename=index",
        "ก.พลังงานจัดประชุมเจ้าหน้าที่อาวุโสด้านพลังงานฯ ครั้งที่ 37",
        "aseanthai.net",
        "2019-06-24",
    ),
    "tcct38": (
        "http://tapchicongthuong.vn/bai-viet/bo-truong-tran-tuan-anh-se-chu-tri-chuoi-hoi-nghi-bo-truong-"
        "nang-luong-asean-lan-thu-38-76554.htm",
        "Bộ trưởng Trần Tuấn Anh sẽ chủ trì chuỗi Hội nghị Bộ trưởng Năng lượng ASEAN lần thứ 38",
        "Tạp chí Công Thương",
        None,
    ),
    "cand38": (
        "https://cand.com.vn/Su-kien-Binh-luan-thoi-su/Hoi-nghi-Bo-truong-nang-luong-ASEAN-duoc-to-chuc-"
        "truc-tuyen-i588430/",
        "Hội nghị Bộ trưởng năng lượng ASEAN được tổ chức trực tuyến",
        "Công an nhân dân",
        "2020-11-17",
    ),
    "vna_p3_17": (
        "https://en.vietnamplus.vn/asean3-energy-ministers-pledge-to-push-sustainable-postpandemic-recovery/190798.vnp",
        "ASEAN+3 energy ministers pledge to push sustainable post-pandemic recovery",
        "VietnamPlus (VNA)",
        None,
    ),
    "bb_some39": (
        "https://borneobulletin.com.bn/brunei-hosts-regional-virtual-meeting/",
        "Brunei hosts regional virtual meeting",
        "Borneo Bulletin",
        None,
    ),
    "bn41": (
        "https://bnnasional.com/menteri-energi-asean-sepakati-pernyataan-bersama-pada-amem-41/",
        "Menteri Energi ASEAN Sepakati Pernyataan Bersama pada AMEM-41",
        "BN Nasional",
        None,
    ),
    "antara41": (
        "https://indonesiatribune.com/asean-energy-ministers-agree-on-boosting-energy-interconnectivity",
        "ASEAN energy ministers agree on boosting energy interconnectivity",
        "Indonesia Tribune (ANTARA)",
        None,
    ),
    "kpl42": (
        "https://kpl.gov.la/detail.aspx?id=86148",
        "42nd AMEM Opens in Vientiane",
        "Lao News Agency (KPL)",
        "2024-09-26",
    ),
    "langson42": (
        "https://langsontv.vn/news/462/75752/khai-mac-hoi-nghi-bo-truong-nang-luong-asean-lan-thu-42-"
        "va-dien-dan-kinh-doanh-nang-luong-asean-lan-thu-24",
        "Khai mạc Hội nghị Bộ trưởng Năng lượng ASEAN lần thứ 42 và Diễn đàn kinh doanh năng lượng ASEAN lần thứ 24",
        "Lạng Sơn TV (TTXVN)",
        None,
    ),
    "app_some42": (
        "https://www.urdupoint.com/en/world/42nd-asean-senior-officials-meeting-on-energy-1838398.html",
        "42nd ASEAN Senior Officials Meeting On Energy Opens In Laos",
        "UrduPoint (APP)",
        "2024-06-26",
    ),
    "vnp43": (
        "https://www.vietnamplus.vn/nhung-chu-de-nong-tai-hoi-nghi-bo-truong-nang-luong-asean-lan-thu-43-"
        "post1070048.vnp",
        "Những chủ đề nóng tại Hội nghị Bộ trưởng Năng lượng ASEAN lần thứ 43",
        "VietnamPlus (TTXVN)",
        "2025-10-13",
    ),
    "fmt43": (
        "https://dev-v4.freemalaysiatoday.com/category/nation/2025/10/16/asean-power-grid-key-to-regional-"
        "growth-and-sustainability-says-anwar",
        "Asean power grid key to regional growth and sustainability, says Anwar",
        "Free Malaysia Today",
        "2025-10-16",
    ),
    "sun_some43": (
        "https://thesun.my/malaysia-news/43rd-asean-senior-officials-meeting-concludes-with-key-agendas-"
        "finalised-NO14298959",
        "43rd Asean Senior Officials' Meeting concludes with key agendas finalised",
        "The Sun (Malaysia)",
        "2025-06-18",
    ),
    "core_some43": (
        "https://corenews.id/2025/06/16/some-43-bahas-masa-depan-energi-asean-di-malaysia",
        "SOME-43 bahas masa depan energi ASEAN di Malaysia",
        "CoreNews.id",
        "2025-06-16",
    ),
    "xinhua_p3_1": (
        "http://syej.cn/english/doc/2004-06/10/content_338357.htm",
        "Countries to forge closer energy partnership",
        "Xinhua",
        "2004-06-10",
    ),
    # environment
    "denr_amme": (
        "http://intl.denr.gov.ph/index.php/asean-menu/asean-groups/asean-high-level-meetings/article/"
        "4-asean-ministerial-meeting-on-environment-amme",
        "ASEAN Ministerial Meeting on Environment (AMME)",
        "Department of Environment and Natural Resources, Philippines",
        None,
    ),
    "denr_amme14": (
        "http://intl.denr.gov.ph/asean-menu/asean-groups/asean-high-level-meetings/article/"
        "4-asean-ministerial-meeting-on-environment-amme",
        "ASEAN Ministerial Meeting on Environment (AMME)",
        "Department of Environment and Natural Resources, Philippines",
        None,
    ),
    "apt_amme11": (
        "https://aseanplusthree.asean.org/8th-asean-plus-three-environment-ministers-meeting/",
        "8th AMME+3 — 11th ASEAN Ministerial Meeting on the Environment, Singapore, 30 October 2009",
        "ASEAN Plus Three (ASEAN Secretariat)",
        None,
    ),
    "apt_amme15": (
        "https://aseanplusthree.asean.org/16th-asean-plus-three-environment-ministers/",
        "16th AMME+3 — 15th ASEAN Ministerial Meeting on the Environment, Siem Reap, 9 October 2019",
        "ASEAN Plus Three (ASEAN Secretariat)",
        None,
    ),
    "apt_amme16": (
        "https://aseanplusthree.asean.org/?p=2646",
        "17th AMME+3 (EMM) — 16th ASEAN Ministerial Meeting on the Environment, 22 October 2021",
        "ASEAN Plus Three (ASEAN Secretariat)",
        None,
    ),
    "odm_amme15": (
        "https://vietnam.opendevelopmentmekong.net/news/asean-ministers-agree-on-prioritised-actions-for-"
        "environmental-sustainability/",
        "ASEAN ministers agree on prioritised actions for environmental sustainability",
        "Open Development Vietnam",
        None,
    ),
    "vna_amme17": (
        "https://en.vietnamplus.vn/asean-enhances-regional-cooperation-to-tackle-environmental-challenges/266881.vnp",
        "ASEAN enhances regional cooperation to tackle environmental challenges",
        "VietnamPlus (VNA)",
        "2023-08-25",
    ),
    "kbri_asoen25": (
        "http://kbrivientiane.la/index.php/en/2014-09-07-13-28-31/politic?start=2",
        "The 25 ASOEN Meeting and the other Related Meetings",
        "Embassy of Indonesia, Vientiane",
        "2014-08-30",
    ),
    "denr_asoen": (
        "http://intl.denr.gov.ph/index.php/asean-menu/asean-groups/asean-high-level-meetings/article/"
        "3-asean-senior-officials-on-the-environment-asoen",
        "ASEAN Senior Officials on the Environment (ASOEN)",
        "Department of Environment and Natural Resources, Philippines",
        None,
    ),
    "denr_asoen28": (
        "http://intl.denr.gov.ph/index.php/asean-menu/asean-groups/asean-high-level-meetings/article/"
        "3?layout=print&tmpl=component&print=1",
        "ASEAN Senior Officials on the Environment (ASOEN)",
        "Department of Environment and Natural Resources, Philippines",
        None,
    ),
    "bm_asoen28": (
        "http://www.businessmirror.com.ph/philippines-to-host-asean-environment-ministers-meeting/",
        "Philippines to host Asean environment ministers meeting",
        "BusinessMirror",
        "2017-07-16",
    ),
    "vna_asoen31": (
        "https://en.vietnamplus.vn/senior-asean-officials-meet-to-discuss-environmental-issues-post190997.vnp",
        "Senior ASEAN officials meet to discuss environmental issues",
        "VietnamPlus (VNA)",
        None,
    ),
    "bng_asoen32": (
        "https://www.bruneinewsgazette.com/asean-senior-officials-on-environment-meeting/",
        "ASEAN Senior Officials on Environment Meeting",
        "Brunei News Gazette (RTB)",
        None,
    ),
    "kcm_asoen33": (
        "https://khmercm.com/national/3963",
        "[Cambodia ready to host the 33rd ASEAN Senior Officials on Environment meeting, in Khmer]",
        "Khmer Civil Media",
        None,
    ),
}

# --- Meetings -------------------------------------------------------------------------------
# (series acronym, number): fields, with "cite": [(source key, supports, year stated)].
# Dates are ISO strings; None or missing = not stated by any source.

M = {}


def meeting(
    series,
    number,
    *,
    start=None,
    end=None,
    country="",
    city="",
    fmt="in_person",
    theme="",
    chair="",
    documents="",
    description="",
    cite=(),
):
    M[(series, number)] = dict(
        start_date=start,
        end_date=end,
        country=country,
        city=city,
        format=fmt,
        theme=theme,
        chair=chair,
        documents=documents,
        description=description,
        cite=list(cite),
    )


# AMEM (series 1)
meeting(
    "AMEM",
    1,
    description="The first meeting of ASEAN's energy ministers (as the ASEAN Economic Ministers on "
    "Energy Cooperation).",
    cite=[("bicara", "number, year", 1980)],
)
meeting(
    "AMEM",
    2,
    start="1981-04-27",
    end="1981-04-28",
    country="MY",
    city="Kuala Lumpur",
    description="Opened by Malaysia's Deputy Prime Minister, Dr Mahathir Mohamad, with the energy ministers "
    "of the five member countries.",
    cite=[("aemec2", "number, dates, place", 1981)],
)
meeting(
    "AMEM",
    4,
    start="1983-01-19",
    country="SG",
    city="Singapore",
    documents="Adopted the Heads of ASEAN Power Utilities/Authorities' recommendations for power cooperation "
    "and launched a study on ASEAN coal development.",
    cite=[("aemec4", "number, date, place, documents", 1983)],
)
meeting(
    "AMEM",
    5,
    start="1985-04-25",
    end="1985-04-26",
    country="TH",
    city="Bangkok",
    description="With Brunei Darussalam taking part; the ministers asked their senior officials to finalise the "
    "draft ASEAN Petroleum Security Agreement within six months, with Thailand as interim technical secretariat.",
    cite=[("aemec5", "number, dates, place", 1985)],
)
meeting(
    "AMEM",
    8,
    start="1989-06-22",
    end="1989-06-23",
    country="MY",
    city="Kuala Lumpur",
    description="Reviewed cooperation on oil and gas (ASCOPE), coal and power interconnection.",
    cite=[("aemec8", "number, dates, place", 1989)],
)
meeting(
    "AMEM",
    9,
    start="1990-11-15",
    end="1990-11-16",
    country="PH",
    city="Manila",
    description="Held during the Gulf crisis; oil-supply security and alternative energy dominated.",
    cite=[("aemec9", "number, dates, place", 1990)],
)
meeting(
    "AMEM",
    10,
    start="1991-08-22",
    country="SG",
    city="Singapore",
    chair="Mah Bow Tan (Singapore); vice-chair Phaichitr Uathavikul (Thailand)",
    description="Reviewed the Programme of Action for the enhancement of ASEAN cooperation on energy.",
    cite=[("aemec10", "number, date, place, chair", 1991)],
)
meeting(
    "AMEM",
    11,
    start="1993-01-28",
    country="TH",
    city="Bangkok",
    chair="Phisan Moolasartsathorn (Thailand); vice-chair Pengiran Dato Seri Paduka Dr Haji Ismail bin Pengiran "
    "Haji Damit (Brunei Darussalam)",
    description="Followed up the Fourth ASEAN Summit's mandate on energy for sustainable growth.",
    cite=[("aemec11", "number, date, place, chair", 1993)],
)
meeting(
    "AMEM",
    14,
    country="MY",
    city="Kuala Lumpur",
    documents="The ministers initialled the Protocol amending the 1986 ASEAN Energy Cooperation Agreement so "
    "that new members can take part.",
    description="Held in July 1996 (no day given).",
    cite=[("asec9697", "number, year, place, documents", 1996)],
)
meeting("AMEM", 18, start="2000-07-03", country="VN", city="Hanoi", cite=[("bicara", "number, date, place", 2000)])
meeting(
    "AMEM",
    19,
    start="2001-07-05",
    country="BN",
    city="Bandar Seri Begawan",
    description="Reviewed the Hanoi Plan of Action's energy agenda (APAEC 1999–2004).",
    cite=[("bicara", "number, date, place", 2001)],
)
meeting("AMEM", 20, start="2002-07-05", country="ID", city="Bali", cite=[("bicara", "number, date, place", 2002)])
meeting(
    "AMEM",
    21,
    start="2003-07-03",
    country="MY",
    city="Langkawi",
    chair="Datuk Amar Leo Moggie, Minister of Energy, Communications and Multimedia (Malaysia)",
    description="Focused on the Trans-ASEAN energy network after the 2002 Trans-ASEAN Gas Pipeline MoU.",
    cite=[("bicara", "number, date, place", 2003), ("bernama21", "number, place, chair", 2003)],
)
meeting(
    "AMEM",
    22,
    country="PH",
    city="Makati City",
    theme="Enhanced Energy Security for Sustainable Energy Development",
    cite=[("bicara", "number, place, theme", None)],
)
meeting(
    "AMEM",
    23,
    start="2005-07-13",
    country="KH",
    city="Siem Reap",
    theme="Promoting Greater Energy Stability, Security and Sustainability: Pathway to ASEAN Community 2020",
    cite=[("bicara", "number, date, place, theme", 2005)],
)
meeting(
    "AMEM",
    24,
    description="Its joint statement stressed reliable, affordable supply amid high oil prices and "
    "more hydropower, biomass, biofuels and power trade.",
    cite=[("ns24", "number", None)],
)
meeting("AMEM", 27, country="MM", city="Mandalay", cite=[("bicara", "number, year, place", 2009)])
meeting(
    "AMEM",
    28,
    start="2010-07-22",
    country="VN",
    city="Da Lat",
    documents="The joint statement tied energy cooperation under the 2010–2015 plan to climate change, with "
    "clean-coal technology and a 15% renewable share by 2015.",
    description="Hosted by Viet Nam as ASEAN Chair 2010; associated meetings ran 19–23 July.",
    cite=[
        ("tuyengiao28", "number, date, place", 2010),
        ("thiennhien28", "number, year, place", 2010),
        ("vnaes28", "number, place, documents", None),
    ],
)
meeting(
    "AMEM",
    30,
    start="2012-09-12",
    country="KH",
    city="Phnom Penh",
    theme="ASEAN Green Connectivity",
    cite=[("odc30", "number, date, place, theme", 2012), ("vnafr30", "number, place, theme", None)],
)
meeting(
    "AMEM",
    31,
    country="ID",
    city="Nusa Dua, Bali",
    documents="The ministers signed a ten-year extension of the Trans-ASEAN Gas Pipeline MoU, to May 2024.",
    description="Agreed that the 32nd AMEM would be held in Laos in 2014.",
    cite=[("republika31", "number, place, documents", None), ("cri31", "number, year, place", 2013)],
)
meeting(
    "AMEM",
    32,
    start="2014-09-22",
    end="2014-09-24",
    country="LA",
    city="Vientiane",
    description="Backed a pilot of cross-border power trade from Lao PDR towards Singapore, a pathfinder for the "
    "ASEAN Power Grid.",
    cite=[("laovoices32", "number, end date, place", None), ("laovoices_some32", "dates, place", 2014)],
)
meeting(
    "AMEM",
    33,
    start="2015-10-07",
    country="MY",
    city="Kuala Lumpur",
    documents="Endorsed the new ASEAN Plan of Action for Energy Cooperation (APAEC) from 2016, with a 23% "
    "renewable-energy aim for 2025.",
    cite=[("vna33", "number, date, place, documents", None), ("bernama33", "number, year, place, documents", 2015)],
)
meeting(
    "AMEM",
    35,
    start="2017-09-27",
    end="2017-09-29",
    country="PH",
    city="Pasay City",
    theme="One ASEAN Community to Resilient and Sustainable Energy",
    description="Hosted by the Philippine Department of Energy at Conrad Manila, Pasay City; first AMEM–IRENA "
    "dialogue.",
    cite=[("ptv35", "number, dates, place, theme", None), ("ci35", "number, year, place, theme", 2017)],
)
meeting(
    "AMEM",
    36,
    start="2018-10-29",
    country="SG",
    city="Singapore",
    chair="Chan Chun Sing, Minister for Trade and Industry (Singapore); vice-chair Siri Jirapongphan (Thailand)",
    description="The heads of the IEA and IRENA took part for the first time.",
    cite=[("mfa36", "number, date, place, chair", 2018)],
)
meeting(
    "AMEM",
    37,
    start="2019-09-04",
    country="TH",
    city="Bangkok",
    theme="Advancing Energy Transition through Partnership and Innovation",
    description="Opened by Prime Minister Prayut Chan-o-cha; associated meetings ran 2–5 September.",
    cite=[("dede37", "number, date, place, theme", 2019), ("gn37", "number, dates", None)],
)
meeting(
    "AMEM",
    41,
    start="2023-08-24",
    end="2023-08-25",
    country="ID",
    city="Nusa Dua, Bali",
    chair="Arifin Tasrif, Minister of Energy and Mineral Resources (Indonesia)",
    documents="Adopted the Joint Declaration on Sustainable Energy Security through Interconnectivity; "
    "Indonesia, Lao PDR and Brunei signed the instrument extending the ASEAN Power Grid MoU.",
    cite=[("bn41", "number, dates, place, chair, documents", 2023), ("antara41", "number, place, documents", None)],
)
meeting(
    "AMEM",
    42,
    start="2024-09-24",
    end="2024-09-27",
    country="LA",
    city="Vientiane",
    chair="Phosay Sayasone, Minister of Energy and Mines (Lao PDR)",
    theme="ASEAN: Enhancing Connectivity and Resilience (Lao PDR's chairmanship theme)",
    description="Formally opened on 26 September together with the 24th ASEAN Energy Business Forum, as phase "
    "II of APAEC (to 2025) neared its end.",
    cite=[("kpl42", "number, opening date, place, chair, theme", 2024), ("langson42", "number, dates, place", None)],
)
meeting(
    "AMEM",
    43,
    start="2025-10-16",
    end="2025-10-17",
    country="MY",
    city="Kuala Lumpur",
    chair="Fadillah Yusof, Deputy Prime Minister and Minister of Energy Transition and Water Transformation (Malaysia)",
    documents="Endorsed the APAEC 2026–2030 and the enhanced ASEAN Power Grid MoU, and launched the APG "
    "Financing Initiative.",
    cite=[("vnp43", "number, dates, chair", 2025), ("fmt43", "number, year, place, documents", 2025)],
)

# SOME (series 2)
meeting(
    "SOME",
    28,
    start="2010-07-19",
    end="2010-07-20",
    country="VN",
    city="Da Lat",
    cite=[("thiennhien28", "number, dates, place", 2010)],
)
meeting(
    "SOME",
    30,
    country="KH",
    city="Phnom Penh",
    description="Focused on energy security and green energy; its results went to the AMEM in Phnom Penh.",
    cite=[("vnafr_some30", "number, place", None)],
)
meeting(
    "SOME",
    32,
    description="The sources disagree on where it met (Vientiane or Luang Prabang).",
    cite=[("laovoices_some32", "number", 2014), ("nation_some32", "number", None)],
)
meeting(
    "SOME",
    37,
    start="2019-06-24",
    country="TH",
    chair="Kulit Sombatsiri, Permanent Secretary, Ministry of Energy (Thailand)",
    cite=[("aseanthai_some37", "number, date, chair", 2019)],
)
meeting(
    "SOME",
    39,
    country="BN",
    fmt="online",
    chair="Pengiran Haji Jamra Weira bin Pengiran Haji Petra (Brunei Darussalam); vice-chair Victor Jona (Cambodia)",
    description="Introduced the Bandar Seri Begawan Declaration on Energy Security and Energy "
    "Transition as APAEC entered phase II (2021–2025).",
    cite=[("bb_some39", "number, host, format, chair", 2021)],
)
meeting(
    "SOME",
    42,
    country="LA",
    city="Vientiane",
    description="Held in June 2024 (no day given) to prepare the 42nd AMEM.",
    cite=[("app_some42", "number, year, place", 2024)],
)
meeting(
    "SOME",
    43,
    start="2025-06-16",
    end="2025-06-18",
    country="MY",
    city="Kuching",
    chair="Mad Zaidi Mohd Karli (Malaysia), with Felix William B. Fuentebella (Philippines)",
    documents="Finalised the enhanced ASEAN Power Grid MoU and the APAEC 2026–2030 for the ministers.",
    cite=[
        ("sun_some43", "number, dates, place, chair, documents", 2025),
        ("core_some43", "number, dates, place", 2025),
    ],
)

# AMEM+3 (series 3)
meeting(
    "AMEM+3",
    1,
    country="PH",
    city="Manila",
    description="The first formal meeting of ASEAN's energy ministers with China, Japan and the Republic of "
    "Korea, on oil stockpiling, natural gas and energy security.",
    cite=[("xinhua_p3_1", "number (first), year, place", 2004)],
)
meeting(
    "AMEM+3",
    9,
    country="KH",
    city="Phnom Penh",
    description="Held alongside the 30th AMEM.",
    cite=[("vnafr_p3_9", "number, place", None), ("vnafr30", "number", None)],
)
meeting(
    "AMEM+3",
    12,
    start="2015-10-08",
    country="MY",
    city="Kuala Lumpur",
    description="Held as part of the 33rd AMEM; on nuclear power, oil stockpiling and clean coal.",
    cite=[("vna_p3_12", "number, date, place", None), ("vna33", "number, date", None), ("bernama33", "year", 2015)],
)
meeting(
    "AMEM+3",
    14,
    country="PH",
    city="Pasay City",
    description="Held among the 35th AMEM's meetings.",
    cite=[("ptv35", "number, place", None)],
)

# AMME (series 5)
meeting(
    "AMME",
    1,
    description="The first ASEAN Ministerial Meeting on the Environment.",
    cite=[("denr_amme", "number, year", 1981)],
)
meeting(
    "AMME",
    11,
    start="2009-10-29",
    country="SG",
    city="Singapore",
    documents="Adopted the Singapore Resolution on Environmental Sustainability and Climate Change and set up "
    "the ASEAN Working Group on Climate Change.",
    cite=[("apt_amme11", "number, date, place, documents", 2009)],
)
meeting("AMME", 13, start="2015-10-28", country="VN", city="Hanoi", cite=[("denr_amme", "number, date, place", 2015)])
meeting("AMME", 14, start="2017-09-12", country="BN", cite=[("denr_amme14", "number, date, host", 2017)])
meeting(
    "AMME",
    15,
    start="2019-10-08",
    end="2019-10-09",
    country="KH",
    city="Siem Reap",
    description="Held with the 15th meeting of the parties to the ASEAN Agreement on Transboundary Haze Pollution.",
    cite=[("apt_amme15", "number, dates, place", 2019), ("odm_amme15", "number, place", None)],
)
meeting(
    "AMME",
    16,
    start="2021-10-21",
    end="2021-10-22",
    country="ID",
    fmt="online",
    documents="Agreed an ASEAN Joint Statement on Climate Change to COP26 and endorsed in principle an ASEAN "
    "Centre for Climate Change in Brunei.",
    cite=[("apt_amme16", "number, dates, host, documents", 2021)],
)

# ASOEN (series 6)
meeting(
    "ASOEN",
    25,
    start="2014-08-25",
    end="2014-08-29",
    country="LA",
    city="Vientiane",
    cite=[("kbri_asoen25", "number, dates, place", 2014)],
)
meeting(
    "ASOEN",
    26,
    start="2015-09-07",
    country="MY",
    documents="Adopted the draft ASEAN declaration on climate change for COP21.",
    cite=[("denr_asoen", "number, date, host, documents", 2015)],
)
meeting(
    "ASOEN",
    28,
    start="2017-07-26",
    country="PH",
    city="Pasay City",
    chair="Lao PDR",
    description="Held with the 11th ASEAN–Japan dialogue and the ASEAN Plus Three senior officials' meeting.",
    cite=[("denr_asoen28", "number, date, place", 2017), ("bm_asoen28", "number, place, chair", 2017)],
)
meeting(
    "ASOEN",
    31,
    country="VN",
    fmt="online",
    description="Held by videoconference, 24–27 November (year not "
    "given in the report), opened by Viet Nam's Deputy Minister Vo Tuan Nhan.",
    cite=[("vna_asoen31", "number, format", None)],
)
meeting(
    "ASOEN",
    32,
    start="2021-09-13",
    end="2021-09-17",
    country="BN",
    fmt="online",
    chair="Dr San Oo, Deputy Director General, Department of Environmental Conservation, Ministry of Natural "
    "Resources and Environmental Conservation; vice-chair Dr Nor Imtihan binti Haji Abdul Razak (Brunei "
    "Darussalam)",
    cite=[("bng_asoen32", "number, dates, host, format, chair", 2021)],
)

# Seed meetings: (series, number) -> seed pk; extra facts and sources for each.
SEED_EXTRA = {
    ("AMEM", 38): dict(
        chair="Trần Tuấn Anh, Minister of Industry and Trade (Viet Nam), as ASEAN Chair 2020",
        documents="Adopted phase II of the ASEAN Plan of Action for Energy Cooperation (APAEC) 2021–2025.",
        cite=[("tcct38", "number, dates, place, chair", 2020), ("cand38", "number, year", 2020)],
    ),
    ("SOME", 38): dict(cite=[("cand38", "number, date, place, format", 2020)]),
    ("AMEM+3", 17): dict(cite=[("vna_p3_17", "number, date, format", None)]),
    ("AMME", 17): dict(
        start_date="2023-08-23",
        end_date="2023-08-24",
        country="LA",
        city="Vientiane",
        cite=[("vna_amme17", "number, dates, place", 2023)],
    ),
    ("ASOEN", 33): dict(city="Siem Reap", cite=[("kcm_asoen33", "number, year, place", 2022)]),
}


def main() -> int:
    seed = json.loads(SEED.read_text())
    series_pk = {o["fields"]["acronym"]: o["pk"] for o in seed if o["model"] == "archive.meetingseries"}
    series_acronym = {pk: a for a, pk in series_pk.items()}
    seed_meetings = {o["pk"]: o for o in seed if o["model"] == "archive.meeting"}
    seed_by_key = {
        (series_acronym[o["fields"]["series"]], o["fields"]["number"]): o
        for o in seed_meetings.values()
        if o["fields"]["series"]
    }

    urls = [url for url, *_ in SOURCES.values()]
    duplicates = {u for u in urls if urls.count(u) > 1}
    if duplicates:
        raise SystemExit(f"one source per address: {sorted(duplicates)}")
    objects: list[dict] = []
    source_pk: dict[str, int] = {}

    def source(key: str) -> int:
        if key not in source_pk:
            url, title, publisher, published = SOURCES[key]
            source_pk[key] = len(source_pk) + 1
            objects.append(
                {
                    "model": "archive.source",
                    "pk": source_pk[key],
                    "fields": {
                        "url": url,
                        "title": title,
                        "publisher": publisher,
                        "published": published,
                        "accessed": ACCESSED,
                        "created": NOW,
                        "updated": NOW,
                    },
                }
            )
        return source_pk[key]

    # The founding articles are the sources of the seed meetings' own facts.
    seed_articles = [o for o in seed if o["model"] == "archive.article"]
    for art in seed_articles:
        f = art["fields"]
        SOURCES[f"seed-article-{art['pk']}"] = (
            f["source_url"],
            f["title"],
            f["source_name"] or "Founding article of the archive",
            (f["published"] or "")[:10] or None,
        )

    citations: list[tuple[int, str, str, int | None]] = []
    meetings_out: list[dict] = []

    for pk, obj in sorted(seed_meetings.items()):
        fields = dict(obj["fields"])
        fields.setdefault("chair", "")
        fields.setdefault("documents", "")
        key = (series_acronym.get(fields["series"]), fields["number"])
        extra = dict(SEED_EXTRA.get(key, {}))
        for name, value in extra.items():
            if name == "cite":
                continue
            if fields.get(name) not in (None, "") and fields.get(name) != value:
                raise SystemExit(f"history would contradict the seed on {key} {name}")
            fields[name] = value
        for art in seed_articles:
            if pk in art["fields"]["meetings"]:
                year = (
                    int(art["fields"]["published"][:4])
                    if art["fields"]["published"]
                    and fields["start_date"]
                    and fields["start_date"][:4] == art["fields"]["published"][:4]
                    else None
                )
                citations.append((pk, f"seed-article-{art['pk']}", "as curated in the seed", year))
        for skey, supports, year in extra.get("cite", []):
            citations.append((pk, skey, supports, year))
        meetings_out.append({"model": "archive.meeting", "pk": pk, "fields": fields})

    next_pk = FIRST_NEW_MEETING_PK
    for (acronym, number), data in sorted(M.items(), key=lambda kv: (series_pk[kv[0][0]], kv[0][1])):
        if (acronym, number) in seed_by_key:
            raise SystemExit(f"{acronym} {number} is in the seed: put its facts in SEED_EXTRA")
        pk, next_pk = next_pk, next_pk + 1
        slug = f"{acronym.lower().replace('+', '-plus-')}-{number}"
        fields = {
            "name_en": "",
            "name_vi": "",
            "name_th": "",
            "alternate_names": "",
            "series": series_pk[acronym],
            "number": number,
            "slug": slug,
            "start_date": data["start_date"],
            "end_date": data["end_date"],
            "country": data["country"],
            "city": data["city"],
            "format": data["format"],
            "theme": data["theme"],
            "chair": data["chair"],
            "documents": data["documents"],
            "description": data["description"],
            "created": NOW,
            "updated": NOW,
        }
        meetings_out.append({"model": "archive.meeting", "pk": pk, "fields": fields})
        for skey, supports, year in data["cite"]:
            citations.append((pk, skey, supports, year))

    objects.extend(meetings_out)
    for i, (meeting_pk, skey, supports, year) in enumerate(citations, start=1):
        objects.append(
            {
                "model": "archive.meetingsource",
                "pk": i,
                "fields": {"meeting": meeting_pk, "source": source(skey), "supports": supports, "year_stated": year},
            }
        )

    # Sources before the meetings that cite them (loaddata order is irrelevant for M2M
    # through rows, but keep the file readable: sources, meetings, citations).
    objects.sort(key=lambda o: ["archive.source", "archive.meeting", "archive.meetingsource"].index(o["model"]))
    OUT.write_text(json.dumps(objects, ensure_ascii=False, indent=1) + "\n")
    per_series: dict[str, int] = {}
    for o in meetings_out:
        acronym = series_acronym.get(o["fields"]["series"], "(one-off)")
        per_series[acronym] = per_series.get(acronym, 0) + 1
    print(
        f"wrote {OUT.relative_to(ROOT)}: {len(source_pk)} sources, {len(meetings_out)} meetings, "
        f"{len(citations)} citations",
        file=sys.stderr,
    )
    for acronym, n in sorted(per_series.items()):
        print(f"  {acronym}: {n}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
