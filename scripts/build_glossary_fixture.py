#!/usr/bin/env python
"""Build fixtures/glossary.json: the curated multilingual glossary (archive.concept).

Search expands a query term that matches a concept into the concept's Vietnamese
and Thai forms, so English questions find Vietnamese and Thai news. The forms
below are therefore the words the news actually uses; they were checked against
the two corpora with ``--check-corpora`` (see CORPUS CHECK below).

The data is the table CONCEPTS, one concept a line:

    slug | category | en; en variant; ... | vi; vi variant; ... | th; th variant; ...

The first form in each language is the main name, the rest are variants. Lines
starting with '#' are comments. Primary keys follow the table order (pk 1..N):
add new concepts at the end of the table to keep existing pks stable (inserting
mid-table renumbers the ones after it). `loaddata glossary` is idempotent.
Run from the repo root:

    .venv/bin/python scripts/build_glossary_fixture.py                  # write fixtures/glossary.json
    .venv/bin/python scripts/build_glossary_fixture.py --check-corpora  # count forms in the corpora

CORPUS CHECK (2026-11-30, case-insensitive substring on NFC text; baomoi-vi:
35,440 Vietnamese articles; dailynews-th: 2,359 Thai articles, 2 broken JSON
files skipped; Thai text = title + description + keywords (tags) + content):
    415 concepts; 335 have at least one Vietnamese form found in baomoi-vi,
    188 at least one Thai form found in dailynews-th, 184 both.
    By category (concepts / vi found / th found): energy 165/130/62,
    climate 79/63/42, environment 110/101/71, policy 61/41/13.
    Forms found: 1,011 of 1,648 Vietnamese, 397 of 1,460 Thai.
    Both corpora are mostly 2017 general news: the Thai one has little energy
    coverage, and newer terms (net zero, carbon market, JETP, DPPA, CBAM,
    circular economy, microplastics...) do not occur yet, so concepts without a
    hit keep the forms used in current Vietnamese/Thai news. The check removed
    forms that matched inside unrelated words (e.g. "hổ" in "xấu hổ", "IPP" in
    "Philippines", "ESCO" in "UNESCO", "ลิ่น" in "กลิ่น", "giảm phát" =
    deflation, "2 độ C" in weather reports, "ดับไฟ"/"ตัดไฟ" = put out a fire /
    nip in the bud). One pass over both corpora takes about 45 s (a trie regex
    in a lookahead finds every form in a document at once; about 5x faster
    than a plain `in` loop and gives identical counts).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tarfile
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "fixtures" / "glossary.json"
CORPORA = ROOT.parent / "shared" / "corpora"
VI_CORPUS = CORPORA / "baomoi-vi.tar.xz"
TH_CORPUS = CORPORA / "dailynews-th.tar.xz"
NOW = "2026-11-30T00:00:00Z"
CATEGORIES = ("energy", "climate", "environment", "policy")
THAI_RE = re.compile(r"[\u0e00-\u0e7f]")

CONCEPTS = """
# ---------------------------------------------------------------- energy: renewables
renewable-energy | energy | renewable energy; renewables; renewable power; renewable energy sources | năng lượng tái tạo; điện tái tạo; nguồn năng lượng tái tạo; NLTT | พลังงานหมุนเวียน; พลังงานทดแทน; พลังงานทางเลือก
clean-energy | energy | clean energy; green energy; clean power | năng lượng sạch; năng lượng xanh; điện sạch | พลังงานสะอาด; พลังงานสีเขียว; ไฟฟ้าสะอาด
solar-power | energy | solar power; solar energy; solar PV; photovoltaic; photovoltaics; solar electricity | điện mặt trời; năng lượng mặt trời; quang điện; điện năng lượng mặt trời | พลังงานแสงอาทิตย์; โซลาร์เซลล์; ไฟฟ้าจากพลังงานแสงอาทิตย์; พลังงานโซลาร์
rooftop-solar | energy | rooftop solar; solar rooftop; rooftop solar panels; rooftop PV; solar roofs; rooftop solar power | điện mặt trời mái nhà; điện mặt trời áp mái; điện năng lượng mặt trời mái nhà; pin mặt trời trên mái nhà; ĐMTMN | โซลาร์รูฟท็อป; โซลาร์เซลล์บนหลังคา; โซลาร์รูฟ; แผงโซลาร์เซลล์บนหลังคา; โซลาร์ภาคประชาชน
solar-farm | energy | solar farm; solar power plant; utility-scale solar; solar park | nhà máy điện mặt trời; trang trại điện mặt trời; dự án điện mặt trời; cánh đồng điện mặt trời | โซลาร์ฟาร์ม; โรงไฟฟ้าพลังงานแสงอาทิตย์; โรงไฟฟ้าโซลาร์เซลล์
floating-solar | energy | floating solar; floating PV; floating solar farm | điện mặt trời nổi; điện mặt trời trên mặt nước; điện mặt trời trên hồ thủy điện | โซลาร์เซลล์ลอยน้ำ; โซลาร์ลอยน้ำ; โซลาร์ฟาร์มลอยน้ำ
solar-panels | energy | solar panels; solar modules; PV modules; solar cells | tấm pin mặt trời; tấm pin năng lượng mặt trời; pin năng lượng mặt trời; pin mặt trời | แผงโซลาร์เซลล์; แผงพลังงานแสงอาทิตย์; เซลล์แสงอาทิตย์
solar-water-heater | energy | solar water heater; solar water heating | máy nước nóng năng lượng mặt trời; bình nước nóng năng lượng mặt trời | เครื่องทำน้ำร้อนพลังงานแสงอาทิตย์; เครื่องทำน้ำอุ่นพลังงานแสงอาทิตย์
solar-pump | energy | solar water pump; solar pumping | máy bơm năng lượng mặt trời; bơm nước năng lượng mặt trời | ปั๊มน้ำพลังงานแสงอาทิตย์; ปั๊มน้ำโซลาร์เซลล์; สูบน้ำพลังงานแสงอาทิตย์
solar-irradiation | energy | solar radiation; solar irradiance; sunshine hours | bức xạ mặt trời; bức xạ nhiệt; số giờ nắng | รังสีดวงอาทิตย์; ความเข้มแสงอาทิตย์; รังสียูวี
wind-power | energy | wind power; wind energy; wind electricity | điện gió; năng lượng gió | พลังงานลม; ไฟฟ้าพลังงานลม; ไฟฟ้าจากพลังงานลม
wind-farm | energy | wind farm; wind power plant; wind turbines; wind turbine | nhà máy điện gió; trang trại điện gió; dự án điện gió; tua bin gió; tuabin gió; cánh đồng điện gió | ฟาร์มกังหันลม; กังหันลม; โรงไฟฟ้าพลังงานลม; กังหันลมผลิตไฟฟ้า
offshore-wind | energy | offshore wind; offshore wind power; offshore wind farm | điện gió ngoài khơi; điện gió trên biển; năng lượng gió ngoài khơi | พลังงานลมนอกชายฝั่ง; กังหันลมนอกชายฝั่ง; ฟาร์มกังหันลมนอกชายฝั่ง
onshore-wind | energy | onshore wind; nearshore wind; onshore wind power | điện gió trên bờ; điện gió gần bờ; điện gió trên đất liền; điện gió ven biển | พลังงานลมบนบก; กังหันลมบนบก; พลังงานลมบนฝั่ง
hydropower | energy | hydropower; hydroelectric power; hydroelectricity; hydro power | thủy điện; thuỷ điện; nhà máy thủy điện; công trình thủy điện lớn | พลังงานน้ำ; ไฟฟ้าพลังน้ำ; โรงไฟฟ้าพลังน้ำ; เขื่อนผลิตไฟฟ้า
small-hydropower | energy | small hydropower; small hydro; mini hydro; micro hydro | thủy điện nhỏ; thủy điện vừa và nhỏ; thủy điện nhỏ và vừa; thủy điện cực nhỏ | ไฟฟ้าพลังน้ำขนาดเล็ก; โรงไฟฟ้าพลังน้ำขนาดเล็ก; ไฟฟ้าพลังน้ำชุมชน
hydropower-dam | energy | hydropower dam; hydroelectric dam; dam | đập thủy điện; hồ thủy điện; công trình thủy điện | เขื่อน; เขื่อนไฟฟ้าพลังน้ำ; เขื่อนพลังน้ำ
mekong-dams | energy | Mekong hydropower dams; Mekong dams; mainstream Mekong dams | thủy điện trên dòng chính sông Mekong; thủy điện dòng chính; đập thủy điện trên sông Mekong; thủy điện Xayaburi; thủy điện Don Sahong | เขื่อนแม่น้ำโขง; เขื่อนในแม่น้ำโขง; เขื่อนไซยะบุรี; เขื่อนดอนสะโฮง; เขื่อนบนแม่น้ำโขง
biomass | energy | biomass; biomass power; biomass energy | sinh khối; điện sinh khối; năng lượng sinh khối; nhà máy điện sinh khối | ชีวมวล; พลังงานชีวมวล; โรงไฟฟ้าชีวมวล
agricultural-residues | energy | agricultural residues; crop residues; rice husk; rice straw; bagasse | phụ phẩm nông nghiệp; rơm rạ; vỏ trấu; bã mía; trấu | วัสดุเหลือใช้ทางการเกษตร; ชานอ้อย; แกลบ; ฟางข้าว; เศษวัสดุทางการเกษตร
wood-pellets | energy | wood pellets; wood chips; biomass pellets | viên nén gỗ; dăm gỗ; viên nén sinh khối; gỗ dăm | ไม้สับ; ชีวมวลอัดเม็ด; เชื้อเพลิงชีวมวลอัดเม็ด; ไม้ชิพ
fuelwood-charcoal | energy | fuelwood; firewood; charcoal | củi đốt; than củi; đốt củi; than hoa | ฟืน; ถ่านไม้; เผาถ่าน
biogas | energy | biogas; biogas digester | khí sinh học; biogas; hầm biogas; hầm khí sinh học | ก๊าซชีวภาพ; ไบโอแก๊ส; บ่อก๊าซชีวภาพ
biofuel | energy | biofuel; biofuels; biological fuel | nhiên liệu sinh học | เชื้อเพลิงชีวภาพ; พลังงานชีวภาพ
ethanol | energy | ethanol; bioethanol; fuel ethanol | ethanol; etanol; cồn sinh học; nhiên liệu ethanol | เอทานอล; โรงงานเอทานอล
gasohol | energy | gasohol; E5 gasoline; E10 gasoline; E20; ethanol-blended petrol; biofuel petrol | xăng sinh học; xăng E5; xăng E10; xăng E5 RON 92 | แก๊สโซฮอล์; แก๊สโซฮอล์ 91; แก๊สโซฮอล์ 95; แก๊สโซฮอล์ E20; แก๊สโซฮอล์ E85
biodiesel | energy | biodiesel; B7 diesel; B10 diesel; palm biodiesel | diesel sinh học; dầu diesel sinh học; dầu sinh học; biodiesel | ไบโอดีเซล; ดีเซล B7; ดีเซล B10; ดีเซล B20; น้ำมันไบโอดีเซล
geothermal | energy | geothermal energy; geothermal power | địa nhiệt; năng lượng địa nhiệt; điện địa nhiệt | พลังงานความร้อนใต้พิภพ; ความร้อนใต้พิภพ
ocean-energy | energy | tidal energy; tidal power; wave energy; ocean energy | năng lượng thủy triều; điện thủy triều; năng lượng sóng biển; năng lượng sóng | พลังงานน้ำขึ้นน้ำลง; พลังงานคลื่น; พลังงานจากมหาสมุทร
hydrogen | energy | hydrogen; hydrogen energy; hydrogen fuel | khí hydro; năng lượng hydro; nhiên liệu hydro; hydrogen | ไฮโดรเจน; พลังงานไฮโดรเจน; ก๊าซไฮโดรเจน
green-hydrogen | energy | green hydrogen; renewable hydrogen | hydro xanh; hydrogen xanh; hiđrô xanh | ไฮโดรเจนสีเขียว; กรีนไฮโดรเจน
fuel-cell | energy | fuel cell; hydrogen fuel cell; fuel cell vehicles | pin nhiên liệu; pin nhiên liệu hydro | เซลล์เชื้อเพลิง; ฟิวเซลล์
ammonia-co-firing | energy | ammonia co-firing; ammonia cofiring; green ammonia | đồng đốt amoniac; đốt kèm amoniac; amoniac xanh; đồng đốt amoniắc | การเผาร่วมแอมโมเนีย; เผาไหม้ร่วมกับแอมโมเนีย; แอมโมเนียสีเขียว
nuclear-power | energy | nuclear power; nuclear energy; atomic energy; nuclear power plant | điện hạt nhân; năng lượng hạt nhân; nhà máy điện hạt nhân; năng lượng nguyên tử | พลังงานนิวเคลียร์; โรงไฟฟ้านิวเคลียร์; ไฟฟ้านิวเคลียร์; พลังงานปรมาณู
ninh-thuan-nuclear | energy | Ninh Thuan nuclear power project; Ninh Thuan nuclear plant | điện hạt nhân Ninh Thuận; nhà máy điện hạt nhân Ninh Thuận; dự án điện hạt nhân Ninh Thuận | โรงไฟฟ้านิวเคลียร์นิงถ่วน; โรงไฟฟ้านิวเคลียร์ในเวียดนาม
small-modular-reactors | energy | small modular reactors; SMR; SMRs; small modular reactor | lò phản ứng mô-đun nhỏ; lò phản ứng hạt nhân mô-đun nhỏ; lò phản ứng module nhỏ | เครื่องปฏิกรณ์นิวเคลียร์ขนาดเล็ก; โรงไฟฟ้านิวเคลียร์ขนาดเล็ก; เอสเอ็มอาร์; เครื่องปฏิกรณ์แบบโมดูลขนาดเล็ก
nuclear-reactor | energy | nuclear reactor; research reactor | lò phản ứng hạt nhân; lò phản ứng nghiên cứu | เครื่องปฏิกรณ์นิวเคลียร์; เตาปฏิกรณ์นิวเคลียร์
nuclear-safety | energy | nuclear safety; radiation safety | an toàn hạt nhân; an toàn bức xạ | ความปลอดภัยทางนิวเคลียร์; ความปลอดภัยทางรังสี
nuclear-waste | environment | nuclear waste; radioactive waste; spent nuclear fuel | chất thải phóng xạ; chất thải hạt nhân; nhiên liệu hạt nhân đã qua sử dụng | กากกัมมันตรังสี; กากนิวเคลียร์; ขยะนิวเคลียร์
radiation | environment | radioactivity; radiation leak; radioactive contamination | phóng xạ; nhiễm xạ; rò rỉ phóng xạ | กัมมันตรังสี; สารกัมมันตรังสี; รังสีรั่วไหล
uranium | energy | uranium; enriched uranium | uranium; urani; làm giàu uranium | ยูเรเนียม; แร่ยูเรเนียม
waste-to-energy | energy | waste-to-energy; WtE; waste-to-energy plant; waste power plant | điện rác; nhà máy điện rác; đốt rác phát điện; điện từ rác; nhà máy đốt rác phát điện | โรงไฟฟ้าขยะ; ไฟฟ้าจากขยะ; ขยะเป็นพลังงาน; โรงไฟฟ้าพลังงานขยะ; ขยะผลิตไฟฟ้า
waste-heat-recovery | energy | waste heat recovery; waste heat power | tận dụng nhiệt thừa; nhiệt thừa; nhiệt dư; khí thải để phát điện | ความร้อนทิ้ง; ความร้อนเหลือทิ้ง
cogeneration | energy | cogeneration; combined heat and power; CHP | đồng phát; nhiệt điện đồng phát; đồng phát nhiệt điện | ระบบผลิตไฟฟ้าและความร้อนร่วม; โคเจนเนอเรชั่น; ระบบโคเจนเนอเรชั่น
distributed-generation | energy | distributed generation; distributed energy; distributed solar | nguồn điện phân tán; năng lượng phân tán; điện phân tán | พลังงานแบบกระจายศูนย์; การผลิตไฟฟ้าแบบกระจายศูนย์; ผลิตไฟฟ้าแบบกระจาย
self-consumption | energy | self-consumption; self-generation; captive power | tự sản tự tiêu; tự sản xuất tự tiêu thụ; điện tự dùng | ผลิตเองใช้เอง; ผลิตไฟฟ้าใช้เอง; ผลิตไฟใช้เอง
microgrid | energy | microgrid; mini-grid; mini grid | lưới điện siêu nhỏ; lưới điện vi mô; lưới điện nhỏ | ไมโครกริด; ระบบไฟฟ้าขนาดเล็ก
off-grid-power | energy | off-grid power; off-grid solar; stand-alone power | điện ngoài lưới; điện độc lập; hệ thống điện độc lập; nguồn điện độc lập | ไฟฟ้านอกระบบสายส่ง; ระบบผลิตไฟฟ้าแบบอิสระ; โซลาร์โฮม
rural-electrification | energy | rural electrification; rural electricity; electricity for remote areas | điện nông thôn; cấp điện nông thôn; đưa điện về; cấp điện cho đảo; lưới điện nông thôn | ไฟฟ้าชนบท; ไฟฟ้าเข้าถึง; ขยายเขตไฟฟ้า; ไม่มีไฟฟ้าใช้
energy-access | energy | energy access; electricity access; access to electricity | tiếp cận năng lượng; tiếp cận điện; tiếp cận nguồn điện | การเข้าถึงพลังงาน; การเข้าถึงไฟฟ้า; เข้าถึงไฟฟ้า
energy-poverty | energy | energy poverty; fuel poverty | nghèo năng lượng | ความยากจนด้านพลังงาน; ความยากจนทางพลังงาน
installed-capacity | energy | installed capacity; generating capacity; power capacity | công suất lắp đặt; công suất đặt; tổng công suất; công suất phát điện | กำลังการผลิตติดตั้ง; กำลังผลิตติดตั้ง; กำลังการผลิตไฟฟ้า
curtailment | energy | curtailment; renewable curtailment; output curtailment | cắt giảm công suất; cắt giảm huy động; tiết giảm công suất | การลดกำลังการผลิต; จำกัดการรับซื้อไฟฟ้า
renewable-energy-certificates | energy | renewable energy certificates; REC; RECs; I-REC | chứng chỉ năng lượng tái tạo; chứng chỉ REC; chứng chỉ I-REC | ใบรับรองการผลิตพลังงานหมุนเวียน; ใบรับรองพลังงานหมุนเวียน; ใบรับรองไฟฟ้าสีเขียว
green-tariff | energy | green electricity tariff; green tariff; utility green tariff; UGT; green power | giá điện xanh; biểu giá điện xanh; điện xanh | อัตราค่าไฟฟ้าสีเขียว; ไฟฟ้าสีเขียว; ไฟฟ้าพลังงานสะอาด
# ---------------------------------------------------------------- energy: fossil fuels
fossil-fuels | energy | fossil fuels; fossil energy | nhiên liệu hóa thạch; năng lượng hóa thạch; nhiên liệu hoá thạch | เชื้อเพลิงฟอสซิล; พลังงานฟอสซิล
coal | energy | coal; thermal coal; coal industry | than đá; ngành than; than nhiệt; than antraxit | ถ่านหิน; เชื้อเพลิงถ่านหิน
coal-power | energy | coal power; coal-fired power; coal power plant; coal-fired power plant; coal plants | nhiệt điện than; nhà máy nhiệt điện than; nhiệt điện đốt than; điện than; nhà máy điện than | โรงไฟฟ้าถ่านหิน; ไฟฟ้าถ่านหิน; โรงไฟฟ้าพลังงานถ่านหิน; โรงไฟฟ้าถ่านหินสะอาด
clean-coal | energy | clean coal; clean coal technology; ultra-supercritical coal | than sạch; công nghệ than sạch; siêu tới hạn; công nghệ siêu tới hạn | ถ่านหินสะอาด; เทคโนโลยีถ่านหินสะอาด
coal-imports | energy | coal imports; imported coal; coal import | nhập khẩu than; than nhập khẩu; nhập than | การนำเข้าถ่านหิน; นำเข้าถ่านหิน; ถ่านหินนำเข้า
coal-mining | energy | coal mining; coal mine; coal mines | khai thác than; mỏ than; hầm lò; khai thác than hầm lò | เหมืองถ่านหิน; การทำเหมืองถ่านหิน
coal-phase-out | energy | coal phase-out; phasing out coal; coal phase-down; coal exit | loại bỏ dần than; loại bỏ dần điện than; giảm dần điện than; dừng phát triển nhiệt điện than; không phát triển thêm nhiệt điện than | เลิกใช้ถ่านหิน; ยุติการใช้ถ่านหิน; ลดการใช้ถ่านหิน; ค้านโรงไฟฟ้าถ่านหิน
coal-price | energy | coal prices; coal price | giá than | ราคาถ่านหิน
coal-ash | environment | coal ash; fly ash; ash and slag | tro xỉ; tro bay; bãi xỉ; tro xỉ nhiệt điện | เถ้าลอย; เถ้าถ่านหิน; ขี้เถ้าถ่านหิน
lignite | energy | lignite; brown coal | than non; than nâu; mỏ than non | ลิกไนต์; ถ่านหินลิกไนต์; เหมืองลิกไนต์
thermal-power | energy | thermal power; thermal power plant; thermal power station | nhiệt điện; nhà máy nhiệt điện; điện nhiệt | โรงไฟฟ้าพลังความร้อน; ไฟฟ้าพลังความร้อน
natural-gas | energy | natural gas; fossil gas | khí tự nhiên; khí thiên nhiên; khí đốt | ก๊าซธรรมชาติ
gas-power | energy | gas-fired power; gas power plant; gas turbine; gas-fired power plant | nhiệt điện khí; nhà máy điện khí; tua bin khí; tuabin khí; điện khí | โรงไฟฟ้าก๊าซธรรมชาติ; โรงไฟฟ้าก๊าซ; โรงไฟฟ้าใช้ก๊าซธรรมชาติ
combined-cycle | energy | combined cycle power plant; combined cycle; CCGT | chu trình hỗn hợp; tuabin khí chu trình hỗn hợp; tua bin khí hỗn hợp | โรงไฟฟ้าพลังความร้อนร่วม; พลังความร้อนร่วม
lng | energy | LNG; liquefied natural gas | khí tự nhiên hóa lỏng; khí thiên nhiên hóa lỏng; LNG; khí hóa lỏng LNG | ก๊าซธรรมชาติเหลว; แอลเอ็นจี; ก๊าซ LNG
lng-power | energy | LNG-to-power; LNG power plant; LNG-fired power | điện khí LNG; nhiệt điện khí LNG; nhà máy điện khí LNG; điện LNG | โรงไฟฟ้าก๊าซ LNG; โรงไฟฟ้า LNG; โรงไฟฟ้าก๊าซธรรมชาติเหลว
lng-terminal | energy | LNG terminal; LNG import terminal; regasification terminal; FSRU | kho cảng LNG; kho LNG; cảng LNG; kho cảng khí hóa lỏng | สถานีรับจ่ายก๊าซธรรมชาติเหลว; คลัง LNG; ท่าเรือ LNG; สถานีรับ-จ่ายก๊าซ LNG
lpg | energy | LPG; cooking gas; liquefied petroleum gas; gas cylinders | khí dầu mỏ hóa lỏng; giá gas; bình gas; LPG; khí hóa lỏng | ก๊าซหุงต้ม; ก๊าซแอลพีจี; ก๊าซปิโตรเลียมเหลว; ก๊าซ LPG
ngv | energy | NGV; CNG; compressed natural gas; natural gas vehicles | khí nén thiên nhiên; khí thiên nhiên nén; CNG | ก๊าซเอ็นจีวี; ก๊าซ NGV; เอ็นจีวี; ก๊าซธรรมชาติอัด
gas-pipeline | energy | gas pipeline; pipelines; gas pipeline network | đường ống dẫn khí; đường ống khí; hệ thống đường ống dẫn khí | ท่อส่งก๊าซ; ท่อก๊าซ; ท่อส่งก๊าซธรรมชาติ
gas-field | energy | gas field; oil field; oil and gas field; offshore gas | mỏ khí; mỏ dầu; mỏ dầu khí; khí Lô B; mỏ khí Cá Voi Xanh | แหล่งก๊าซธรรมชาติ; แหล่งน้ำมัน; แหล่งปิโตรเลียม; แหล่งก๊าซ; แหล่งเอราวัณ; แหล่งบงกช
gas-supply-decline | energy | gas supply decline; gas shortage; depleting gas reserves | suy giảm nguồn khí; thiếu khí; cạn kiệt nguồn khí; sản lượng khí suy giảm | ก๊าซในอ่าวไทยลดลง; ขาดแคลนก๊าซ; ก๊าซธรรมชาติหมด
gas-price | energy | gas prices; LNG prices; natural gas price | giá khí; giá LNG; giá khí đốt | ราคาก๊าซธรรมชาติ; ราคาก๊าซ; ราคา LNG
oil-and-gas | energy | oil and gas; petroleum; petroleum industry; oil industry | dầu khí; ngành dầu khí; dầu mỏ; công nghiệp dầu khí | ปิโตรเลียม; อุตสาหกรรมปิโตรเลียม; ธุรกิจน้ำมัน; น้ำมันและก๊าซ
oil-gas-exploration | energy | oil and gas exploration; exploration and production; upstream oil and gas; offshore drilling | thăm dò dầu khí; khai thác dầu khí; thăm dò khai thác dầu khí; giàn khoan | การสำรวจปิโตรเลียม; สำรวจและผลิตปิโตรเลียม; ขุดเจาะน้ำมัน; แท่นขุดเจาะ
petroleum-concession | policy | petroleum concession; production sharing contract; PSC; concession bidding | hợp đồng phân chia sản phẩm; hợp đồng dầu khí; đấu thầu lô dầu khí | สัมปทานปิโตรเลียม; สัญญาแบ่งปันผลผลิต; ระบบแบ่งปันผลผลิต; สัมปทานแหล่งก๊าซ
crude-oil | energy | crude oil; crude; Brent; WTI | dầu thô; dầu Brent; dầu WTI; xuất khẩu dầu thô | น้ำมันดิบ; น้ำมันดิบเบรนท์; น้ำมันดิบดูไบ; น้ำมันดิบเวสต์เท็กซัส
oil-price | energy | oil prices; world oil prices; crude oil prices; oil price | giá dầu; giá dầu thế giới; giá dầu thô; giá dầu mỏ | ราคาน้ำมันดิบ; ราคาน้ำมันโลก; ราคาน้ำมันตลาดโลก; ราคาน้ำมันในตลาดโลก
fuel-prices | energy | fuel prices; petrol prices; gasoline prices; petroleum prices; pump prices; retail fuel prices | giá xăng dầu; giá xăng; giá nhiên liệu; giá bán lẻ xăng dầu | ราคาน้ำมัน; ราคาน้ำมันขายปลีก; ราคาขายปลีกน้ำมัน; ราคาน้ำมันเชื้อเพลิง; ราคาน้ำมันหน้าปั๊ม
fuel-price-adjustment | policy | fuel price adjustment; fuel price hike; fuel price cut; petrol price increase | điều chỉnh giá xăng dầu; tăng giá xăng; giá xăng tăng; giảm giá xăng; xăng tăng giá; điều hành giá xăng dầu | ปรับราคาน้ำมัน; ขึ้นราคาน้ำมัน; น้ำมันขึ้นราคา; ลดราคาน้ำมัน; ตรึงราคาน้ำมัน
fuel-price-stabilization-fund | policy | fuel price stabilization fund; oil fund; petroleum price stabilisation fund | quỹ bình ổn giá xăng dầu; quỹ bình ổn giá; Quỹ BOG; quỹ bình ổn | กองทุนน้ำมันเชื้อเพลิง; กองทุนน้ำมัน; เงินกองทุนน้ำมัน
fuel-tax | policy | fuel tax; fuel excise tax; environmental protection tax on fuel | thuế bảo vệ môi trường; thuế BVMT; thuế xăng dầu; thuế bảo vệ môi trường đối với xăng dầu | ภาษีสรรพสามิตน้ำมัน; ภาษีน้ำมัน; ภาษีน้ำมันดีเซล
gasoline | energy | gasoline; petrol; RON 95; RON 92 | xăng; xăng RON 95; xăng A95; xăng RON 92; xăng A92; xăng khoáng | น้ำมันเบนซิน; เบนซิน; เบนซิน 95
diesel | energy | diesel; diesel fuel; diesel oil | dầu diesel; dầu DO; dầu điêzen; dầu diezen | น้ำมันดีเซล; ดีเซล
fuel-oil-kerosene | energy | kerosene; fuel oil; mazut; heavy fuel oil | dầu hỏa; dầu mazut; dầu FO; dầu madut | น้ำมันก๊าด; น้ำมันเตา
jet-fuel | energy | jet fuel; aviation fuel; kerosene jet fuel | nhiên liệu hàng không; nhiên liệu bay; xăng máy bay; xăng dầu hàng không | น้ำมันเครื่องบิน; น้ำมันอากาศยาน; เชื้อเพลิงอากาศยาน
sustainable-aviation-fuel | energy | sustainable aviation fuel; SAF; biojet | nhiên liệu hàng không bền vững; nhiên liệu bay bền vững; nhiên liệu hàng không sinh học | เชื้อเพลิงอากาศยานยั่งยืน; น้ำมันอากาศยานยั่งยืน; น้ำมันเครื่องบินชีวภาพ
refinery | energy | oil refinery; refinery; refining | nhà máy lọc dầu; lọc dầu; lọc hóa dầu; nhà máy lọc hóa dầu | โรงกลั่นน้ำมัน; โรงกลั่น; การกลั่นน้ำมัน
petrochemicals | energy | petrochemicals; petrochemical industry | hóa dầu; hoá dầu; tổ hợp hóa dầu; công nghiệp hóa dầu | ปิโตรเคมี; อุตสาหกรรมปิโตรเคมี
petrol-station | energy | petrol station; gas station; filling station; fuel station | cây xăng; cửa hàng xăng dầu; trạm xăng; cửa hàng bán lẻ xăng dầu | ปั๊มน้ำมัน; สถานีบริการน้ำมัน; สถานีบริการน้ำมันเชื้อเพลิง
petroleum-trading | policy | petroleum trading; fuel retail business; fuel wholesalers | kinh doanh xăng dầu; đầu mối xăng dầu; thương nhân đầu mối; doanh nghiệp đầu mối | ธุรกิจค้าปลีกน้ำมัน; ผู้ค้าน้ำมัน; ค้าน้ำมัน; ผู้ค้าน้ำมันตามมาตรา 7
fuel-shortage | energy | fuel shortage; petrol shortage; fuel supply disruption | thiếu xăng dầu; khan hiếm xăng dầu; thiếu hụt xăng dầu; cây xăng đóng cửa; đứt gãy nguồn cung xăng dầu | ขาดแคลนน้ำมัน; น้ำมันขาดแคลน; น้ำมันหมดปั๊ม
fuel-smuggling | policy | fuel smuggling; oil smuggling; smuggled fuel | buôn lậu xăng dầu; xăng dầu lậu; xăng lậu; dầu lậu | น้ำมันเถื่อน; ลักลอบนำเข้าน้ำมัน; ลักลอบค้าน้ำมัน
fuel-quality | energy | fuel quality; fake petrol; substandard fuel; adulterated fuel | xăng giả; xăng dầu kém chất lượng; xăng kém chất lượng; chất lượng xăng dầu | น้ำมันปลอม; น้ำมันไม่ได้มาตรฐาน; คุณภาพน้ำมัน
fuel-imports | energy | fuel imports; petroleum imports; oil imports | nhập khẩu xăng dầu; xăng dầu nhập khẩu; nhập khẩu dầu | นำเข้าน้ำมัน; การนำเข้าน้ำมัน; น้ำมันนำเข้า
strategic-petroleum-reserve | energy | strategic petroleum reserve; oil stockpile; fuel reserves | dự trữ xăng dầu; dự trữ dầu; dự trữ dầu thô; dự trữ quốc gia về xăng dầu | น้ำมันสำรอง; สำรองน้ำมัน; น้ำมันสำรองทางยุทธศาสตร์
energy-imports | energy | energy imports; energy import dependence; energy self-sufficiency | nhập khẩu năng lượng; phụ thuộc nhập khẩu năng lượng; tự chủ năng lượng | การนำเข้าพลังงาน; นำเข้าพลังงาน; พึ่งพาการนำเข้าพลังงาน
oil-spill | environment | oil spill; oil slick; oil leak | sự cố tràn dầu; tràn dầu; dầu loang; vết dầu loang; dầu vón cục | น้ำมันรั่ว; คราบน้ำมัน; น้ำมันรั่วไหล; น้ำมันดิบรั่ว
shale | energy | shale gas; shale oil; fracking | khí đá phiến; dầu đá phiến; khí đá phiến sét | ก๊าซจากชั้นหินดินดาน; น้ำมันจากชั้นหินดินดาน; ก๊าซหินดินดาน
energy-subsidies | policy | energy subsidies; fuel subsidies; electricity subsidies; price subsidies | trợ giá nhiên liệu; trợ giá xăng dầu; trợ giá điện; bù giá; bù lỗ giá điện | การอุดหนุนราคาพลังงาน; อุดหนุนราคาน้ำมัน; อุดหนุนราคาพลังงาน; อุดหนุนค่าไฟฟ้า; ชดเชยราคาน้ำมัน
# ---------------------------------------------------------------- energy: power sector and grid
power-sector | energy | power sector; electricity sector; electricity industry; power industry | ngành điện; lĩnh vực điện; ngành điện lực; điện lực | ภาคพลังงานไฟฟ้า; อุตสาหกรรมไฟฟ้า; กิจการไฟฟ้า; กิจการพลังงาน
power-plant | energy | power plant; power station; power plants | nhà máy điện; nhà máy phát điện; các nhà máy điện | โรงไฟฟ้า; โรงงานผลิตไฟฟ้า
power-generation | energy | power generation; electricity generation; electricity output; electricity production | sản lượng điện; phát điện; sản xuất điện; sản lượng điện sản xuất | การผลิตไฟฟ้า; ผลิตไฟฟ้า; ปริมาณการผลิตไฟฟ้า
power-supply | energy | power supply; electricity supply; supply of electricity | cung ứng điện; cung cấp điện; đảm bảo cung ứng điện; cấp điện; nguồn cung điện | การจ่ายไฟฟ้า; จ่ายกระแสไฟฟ้า; ความมั่นคงของระบบไฟฟ้า; จ่ายไฟ
power-shortage | energy | power shortage; electricity shortage; power deficit; power crunch | thiếu điện; nguy cơ thiếu điện; thiếu hụt điện; thiếu nguồn điện | ขาดแคลนไฟฟ้า; ไฟฟ้าไม่พอ; ไฟฟ้าไม่เพียงพอ; ไฟฟ้าขาดแคลน
power-outage | energy | power outage; power cut; outages; power failure | mất điện; cắt điện; cúp điện; sự cố mất điện; lịch cắt điện | ไฟฟ้าดับ; ไฟดับ; ไฟฟ้าขัดข้อง; ตัดกระแสไฟฟ้า; งดจ่ายกระแสไฟฟ้า; ดับไฟฟ้า
blackout | energy | blackout; grid collapse; nationwide blackout; widespread blackout | mất điện diện rộng; rã lưới; sự cố mất điện diện rộng; mất điện toàn miền | ไฟฟ้าดับทั้งประเทศ; ไฟฟ้าดับทั้งภาค; ไฟดับเป็นวงกว้าง; ไฟฟ้าดับครั้งใหญ่; ไฟดับทั้งภาคใต้
load-shedding | energy | load shedding; rolling blackouts; power rationing | tiết giảm điện; cắt điện luân phiên; tiết giảm phụ tải; cắt điện luân phiên | ดับไฟหมุนเวียน; การดับไฟหมุนเวียน; ตัดไฟเป็นพื้นที่
power-grid | energy | power grid; electricity grid; national grid; grid | lưới điện; lưới điện quốc gia; hệ thống điện; hệ thống điện quốc gia | โครงข่ายไฟฟ้า; ระบบไฟฟ้า; ระบบโครงข่ายไฟฟ้า
transmission-line | energy | transmission line; power line; high-voltage line; 500kV line; 500 kV transmission line | đường dây truyền tải; đường dây 500 kV; đường dây 500kV; đường dây điện; đường dây cao thế; đường dây 220 kV; truyền tải điện | สายส่งไฟฟ้า; สายส่งไฟฟ้าแรงสูง; ระบบสายส่ง; สายส่ง; เสาไฟฟ้าแรงสูง
substation | energy | substation; transformer station; electrical substation | trạm biến áp; trạm biến áp 500 kV; trạm biến áp 220 kV | สถานีไฟฟ้าย่อย; สถานีไฟฟ้าแรงสูง; สถานีไฟฟ้า
transformer | energy | transformer; power transformer | máy biến áp; máy biến thế | หม้อแปลงไฟฟ้า; หม้อแปลง
distribution-grid | energy | distribution grid; distribution network; low-voltage grid | lưới điện phân phối; lưới điện hạ thế; lưới điện trung thế; lưới điện hạ áp | ระบบจำหน่ายไฟฟ้า; สายจำหน่าย; ระบบจำหน่าย
underground-cables | energy | underground power cables; undergrounding power lines; underground cables | ngầm hóa lưới điện; cáp ngầm; hạ ngầm đường dây; ngầm hóa; cáp điện ngầm | สายไฟลงดิน; เคเบิลใต้ดิน; สายไฟฟ้าใต้ดิน; นำสายไฟลงดิน
asean-power-grid | energy | ASEAN Power Grid; APG; ASEAN grid | Lưới điện ASEAN; lưới điện khu vực ASEAN; Lưới điện Đông Nam Á | โครงข่ายไฟฟ้าอาเซียน; ระบบโครงข่ายไฟฟ้าอาเซียน; เชื่อมโยงไฟฟ้าอาเซียน
grid-interconnection | energy | grid interconnection; interconnection; cross-border interconnection; power interconnection | kết nối lưới điện; liên kết lưới điện; đấu nối lưới điện khu vực; liên kết lưới điện khu vực; kết nối điện | การเชื่อมโยงระบบไฟฟ้า; เชื่อมโยงโครงข่ายไฟฟ้า; เชื่อมโยงระบบไฟฟ้า; เชื่อมโยงไฟฟ้า
ltms-pip | energy | LTMS Power Integration Project; LTMS-PIP; Lao PDR–Thailand–Malaysia–Singapore power trade | Dự án tích hợp điện Lào - Thái Lan - Malaysia - Singapore; LTMS-PIP; dự án LTMS | โครงการบูรณาการไฟฟ้า ลาว-ไทย-มาเลเซีย-สิงคโปร์; โครงการซื้อขายไฟฟ้าลาว-ไทย-มาเลเซีย-สิงคโปร์
cross-border-power-trade | energy | cross-border electricity trade; cross-border power trade; multilateral power trade | mua bán điện qua biên giới; mua bán điện đa phương; thương mại điện xuyên biên giới; mua bán điện với các nước | การซื้อขายไฟฟ้าข้ามพรมแดน; ซื้อขายไฟฟ้าข้ามพรมแดน; ซื้อขายไฟฟ้าระหว่างประเทศ; ซื้อขายไฟฟ้าพหุภาคี
electricity-imports | energy | electricity imports; power imports; importing electricity | nhập khẩu điện; mua điện từ Lào; mua điện Trung Quốc; mua điện từ Trung Quốc | นำเข้าไฟฟ้า; ซื้อไฟฟ้าจากลาว; การนำเข้าไฟฟ้า; รับซื้อไฟฟ้าจาก สปป.ลาว
electricity-exports | energy | electricity exports; power exports; exporting electricity | xuất khẩu điện; bán điện sang; bán điện cho Campuchia | ส่งออกไฟฟ้า; ขายไฟฟ้าให้; การส่งออกไฟฟ้า
grid-connection | energy | grid connection; grid access; connecting to the grid; grid-connected | đấu nối lưới điện; đấu nối vào lưới; hòa lưới; hòa lưới điện; đóng điện; nối lưới | เชื่อมต่อกับระบบสายส่ง; เชื่อมต่อระบบไฟฟ้า; เชื่อมต่อสายส่ง; เชื่อมต่อกับระบบโครงข่ายไฟฟ้า
grid-congestion | energy | grid congestion; transmission bottleneck; grid overload; overloaded grid | quá tải lưới điện; quá tải đường dây; nghẽn lưới; quá tải lưới; giải tỏa công suất | สายส่งไม่เพียงพอ; สายส่งเต็ม; ระบบสายส่งเต็ม; ข้อจำกัดสายส่ง
electricity-losses | energy | transmission losses; grid losses; power losses; electricity losses | tổn thất điện năng; tổn thất điện; tổn thất truyền tải | การสูญเสียในระบบไฟฟ้า; หน่วยสูญเสีย; พลังงานไฟฟ้าสูญเสีย
power-dispatch | energy | power dispatch; system operator; grid operation; load dispatch | điều độ hệ thống điện; vận hành hệ thống điện; điều độ hệ thống điện quốc gia; huy động nguồn điện | ศูนย์ควบคุมระบบไฟฟ้า; ควบคุมระบบไฟฟ้า; สั่งเดินเครื่องโรงไฟฟ้า
reserve-margin | energy | reserve margin; spare capacity; backup power | dự phòng công suất; công suất dự phòng; nguồn dự phòng | กำลังผลิตสำรอง; ไฟฟ้าสำรอง; สำรองไฟฟ้า
baseload | energy | baseload power; base load; baseload | nguồn điện nền; điện nền; nguồn nền; phụ tải nền | ไฟฟ้าฐาน; โรงไฟฟ้าฐาน; โรงไฟฟ้าหลัก
peak-demand | energy | peak demand; peak load; peak electricity demand; peak hours | công suất đỉnh; phụ tải đỉnh; phụ tải cực đại; công suất cực đại; cao điểm nắng nóng | ความต้องการใช้ไฟฟ้าสูงสุด; พีคไฟฟ้า; การใช้ไฟฟ้าสูงสุด; ช่วงพีค; ค่าพีค
electricity-consumption | energy | electricity consumption; power consumption; electricity demand; power demand | tiêu thụ điện; nhu cầu điện; điện năng tiêu thụ; nhu cầu sử dụng điện; tiêu thụ điện năng; sử dụng điện | การใช้ไฟฟ้า; ความต้องการใช้ไฟฟ้า; ปริมาณการใช้ไฟฟ้า; ใช้ไฟฟ้า
energy-consumption | energy | energy consumption; energy demand; energy use | tiêu thụ năng lượng; nhu cầu năng lượng; sử dụng năng lượng; tiêu hao năng lượng | การใช้พลังงาน; ความต้องการใช้พลังงาน; ปริมาณการใช้พลังงาน
energy-intensity | energy | energy intensity; energy intensity of GDP | cường độ năng lượng; cường độ sử dụng năng lượng; suất tiêu hao năng lượng | ความเข้มการใช้พลังงาน; ความเข้มข้นการใช้พลังงาน
energy-mix | energy | energy mix; power mix; generation mix; fuel mix | cơ cấu nguồn điện; cơ cấu năng lượng; cơ cấu nguồn năng lượng; cơ cấu nguồn | สัดส่วนการผลิตไฟฟ้า; สัดส่วนเชื้อเพลิง; สัดส่วนการใช้เชื้อเพลิง; สัดส่วนเชื้อเพลิงในการผลิตไฟฟ้า
energy-storage | energy | energy storage; battery storage; battery energy storage system; BESS; grid storage | lưu trữ năng lượng; hệ thống lưu trữ năng lượng; pin lưu trữ; lưu trữ điện; BESS | ระบบกักเก็บพลังงาน; การกักเก็บพลังงาน; แบตเตอรี่กักเก็บพลังงาน; ระบบกักเก็บพลังงานไฟฟ้า
battery | energy | batteries; battery; lithium-ion battery; lithium battery | pin lithium; pin lithium-ion; ắc quy; pin sạc; pin Li-ion | แบตเตอรี่; แบตเตอรี่ลิเธียม; แบตเตอรี่ลิเธียมไอออน
pumped-storage | energy | pumped storage; pumped-storage hydropower; pumped hydro | thủy điện tích năng; tích năng | โรงไฟฟ้าพลังน้ำแบบสูบกลับ; สูบกลับ; พลังน้ำแบบสูบกลับ
smart-grid | energy | smart grid; smart grids; smart electricity grid | lưới điện thông minh; hệ thống điện thông minh | สมาร์ทกริด; โครงข่ายไฟฟ้าอัจฉริยะ; ระบบไฟฟ้าอัจฉริยะ; ระบบโครงข่ายไฟฟ้าอัจฉริยะ
smart-meter | energy | smart meter; smart meters; electronic meter; remote meter reading | công tơ điện tử; công tơ thông minh; đồng hồ điện thông minh; công tơ đo xa | มิเตอร์อัจฉริยะ; สมาร์ทมิเตอร์; มิเตอร์ดิจิทัล
electricity-meter | energy | electricity meter; power meter; meter reading | công tơ điện; công tơ; đồng hồ điện; chỉ số công tơ | มิเตอร์ไฟฟ้า; มิเตอร์ไฟ; จดหน่วยไฟฟ้า
net-metering | energy | net metering; net billing; bidirectional meter | đo đếm hai chiều; công tơ hai chiều; công tơ 2 chiều; bù trừ điện năng | ระบบเน็ตมิเตอริ่ง; เน็ตมิเตอริ่ง; มิเตอร์สองทาง; หักลบหน่วยไฟฟ้า
demand-response | energy | demand response; demand-side management; DSM; load management | điều chỉnh phụ tải; quản lý nhu cầu điện; quản lý phía nhu cầu; dịch chuyển phụ tải | การตอบสนองด้านความต้องการไฟฟ้า; การจัดการด้านการใช้ไฟฟ้า; ดีมานด์เรสปอนส์; ลดการใช้ไฟฟ้าช่วงพีค
dppa | policy | direct power purchase agreement; DPPA; corporate PPA; direct PPA | cơ chế mua bán điện trực tiếp; mua bán điện trực tiếp; DPPA; hợp đồng mua bán điện trực tiếp | การซื้อขายไฟฟ้าโดยตรง; สัญญาซื้อขายไฟฟ้าโดยตรง; ซื้อขายไฟฟ้าโดยตรง
feed-in-tariff | policy | feed-in tariff; FiT; FIT tariff; adder | giá FIT; cơ chế giá FIT; giá mua điện ưu đãi; biểu giá FIT; giá điện ưu đãi; giá FIT 1 | อัตรารับซื้อไฟฟ้า; ฟีดอินทารีฟ; อัตรารับซื้อไฟฟ้าแบบ Feed-in Tariff; ค่า Adder; ส่วนเพิ่มราคารับซื้อไฟฟ้า
ppa | policy | power purchase agreement; PPA; PPAs; electricity purchase contract | hợp đồng mua bán điện; hợp đồng mua điện; HĐMBĐ | สัญญาซื้อขายไฟฟ้า; สัญญารับซื้อไฟฟ้า; พีพีเอ
renewable-energy-auction | policy | renewable energy auction; competitive bidding; reverse auction; solar auction; power auction | đấu thầu năng lượng tái tạo; đấu giá điện mặt trời; cơ chế đấu thầu; đấu thầu dự án điện; đấu thầu cạnh tranh | ประมูลพลังงานหมุนเวียน; การประมูลโรงไฟฟ้า; เปิดประมูลรับซื้อไฟฟ้า; ประมูลรับซื้อไฟฟ้า; การแข่งขันด้านราคา
electricity-market | policy | electricity market; competitive electricity market; wholesale electricity market; power market | thị trường điện; thị trường điện cạnh tranh; thị trường bán buôn điện; thị trường bán lẻ điện; thị trường phát điện cạnh tranh | ตลาดซื้อขายไฟฟ้า; ตลาดไฟฟ้า; การแข่งขันในกิจการไฟฟ้า
single-buyer | policy | single buyer; electricity monopoly; state power monopoly | người mua duy nhất; độc quyền ngành điện; độc quyền điện; độc quyền truyền tải | ผู้ซื้อรายเดียว; ระบบผู้ซื้อรายเดียว; ผูกขาดกิจการไฟฟ้า; ผูกขาดไฟฟ้า
independent-power-producers | energy | independent power producers; IPP; IPPs; small power producers; SPP; VSPP; private power producers | nhà máy điện độc lập; nhà sản xuất điện độc lập; điện tư nhân; nhà đầu tư tư nhân vào điện | ผู้ผลิตไฟฟ้าอิสระ; ผู้ผลิตไฟฟ้าเอกชนรายใหญ่; ผู้ผลิตไฟฟ้ารายเล็ก; ผู้ผลิตไฟฟ้ารายเล็กมาก; ผู้ผลิตไฟฟ้าเอกชน
power-development-plan | policy | power development plan; PDP8; PDP 8; PDP VIII; Power Development Plan 8; PDP7; national power development plan | Quy hoạch điện VIII; quy hoạch điện; Quy hoạch điện 8; Quy hoạch điện VII; Quy hoạch phát triển điện lực; QHĐ VIII; Quy hoạch điện VII điều chỉnh | แผนพัฒนากำลังผลิตไฟฟ้า; แผนพีดีพี; แผน PDP; แผนพัฒนากำลังการผลิตไฟฟ้า
national-energy-master-plan | policy | national energy master plan; energy master plan; integrated energy plan; energy blueprint | Quy hoạch tổng thể về năng lượng quốc gia; quy hoạch năng lượng quốc gia; quy hoạch tổng thể năng lượng; chiến lược phát triển năng lượng quốc gia | แผนบูรณาการพลังงานระยะยาว; แผนพลังงานแห่งชาติ; แผนแม่บทพลังงาน; แผนพลังงานชาติ
renewable-energy-development-plan | policy | renewable energy development plan; alternative energy development plan; AEDP; renewable energy strategy | chiến lược phát triển năng lượng tái tạo; quy hoạch phát triển năng lượng tái tạo; kế hoạch phát triển năng lượng tái tạo | แผนพัฒนาพลังงานทดแทนและพลังงานทางเลือก; แผน AEDP; แผนพัฒนาพลังงานทดแทน; แผนพัฒนาพลังงานหมุนเวียน
renewable-energy-targets | policy | renewable energy targets; renewable energy share; renewables target; share of renewables | mục tiêu năng lượng tái tạo; tỷ trọng năng lượng tái tạo; tỷ lệ năng lượng tái tạo; tỉ trọng năng lượng tái tạo | เป้าหมายพลังงานหมุนเวียน; สัดส่วนพลังงานหมุนเวียน; เป้าหมายพลังงานทดแทน; สัดส่วนพลังงานทดแทน
electricity-price | energy | electricity price; power price; electricity prices; price of electricity | giá điện; giá bán điện; giá điện sinh hoạt | ราคาค่าไฟฟ้า; ราคาไฟฟ้า; ค่าไฟฟ้าต่อหน่วย
electricity-tariff | energy | electricity tariff; power tariff; retail electricity tariff; tariff structure | biểu giá điện; giá bán lẻ điện; biểu giá bán lẻ điện; cơ cấu biểu giá bán lẻ điện; khung giá điện | อัตราค่าไฟฟ้า; โครงสร้างค่าไฟฟ้า; โครงสร้างอัตราค่าไฟฟ้า; ค่าไฟฟ้าฐาน
electricity-bill | energy | electricity bill; power bill; electricity bills; utility bill | hóa đơn tiền điện; tiền điện; hoá đơn tiền điện; hóa đơn điện | ค่าไฟ; บิลค่าไฟ; ค่าไฟฟ้า; ใบแจ้งค่าไฟฟ้า
electricity-price-hike | policy | electricity price hike; electricity price increase; power tariff increase; electricity price rise | tăng giá điện; điều chỉnh giá điện; giá điện tăng; điều chỉnh tăng giá điện | ขึ้นค่าไฟ; ค่าไฟขึ้น; ขึ้นค่าไฟฟ้า; ค่าไฟแพง; ปรับขึ้นค่าไฟ
fuel-adjustment-charge | policy | fuel adjustment charge; Ft charge; automatic tariff adjustment; Ft | giá điện điều chỉnh theo chi phí đầu vào; điều chỉnh giá điện theo chi phí đầu vào; cơ chế điều chỉnh giá điện | ค่าเอฟที; ค่า Ft; ค่าไฟฟ้าผันแปร; ค่าไฟฟ้าอัตโนมัติ
tiered-pricing | policy | tiered electricity pricing; block tariff; progressive electricity tariff; tiered tariff | giá điện bậc thang; biểu giá bậc thang; bậc thang giá điện; giá điện một giá | อัตราค่าไฟฟ้าแบบก้าวหน้า; ค่าไฟอัตราก้าวหน้า; ค่าไฟแบบขั้นบันได
time-of-use-tariff | policy | time-of-use tariff; TOU tariff; peak and off-peak pricing | giá điện theo thời gian sử dụng; giá điện giờ cao điểm; giờ thấp điểm; biểu giá theo thời gian sử dụng | อัตราค่าไฟฟ้าตามช่วงเวลาของการใช้; ค่าไฟ TOU; อัตรา TOU
electricity-bill-relief | policy | electricity bill relief; free electricity; electricity discounts; power bill support | hỗ trợ giảm giá điện; giảm tiền điện; giảm giá điện; miễn giảm tiền điện; hỗ trợ tiền điện | ไฟฟ้าฟรี; ใช้ไฟฟรี; ลดค่าไฟ; ช่วยค่าไฟ; ลดค่าไฟฟ้า
generation-cost | policy | levelized cost of electricity; LCOE; generation cost; cost of power generation | giá thành sản xuất điện; chi phí sản xuất điện; giá thành điện; chi phí phát điện; giá thành sản xuất kinh doanh điện | ต้นทุนการผลิตไฟฟ้า; ต้นทุนผลิตไฟฟ้า; ต้นทุนค่าไฟฟ้า
electricity-theft | energy | electricity theft; power theft; illegal connections | trộm cắp điện; câu trộm điện; ăn cắp điện; câu móc điện | ลักไฟ; ขโมยไฟ; ลักกระแสไฟฟ้า; ลักลอบใช้ไฟฟ้า
electrical-safety | energy | electrical safety; electrocution; electric shock | an toàn điện; điện giật; tai nạn điện; hành lang an toàn lưới điện | ไฟดูด; ไฟฟ้าดูด; ความปลอดภัยทางไฟฟ้า; ไฟฟ้าช็อต
energy-infrastructure | energy | energy infrastructure; power infrastructure; electricity infrastructure | hạ tầng năng lượng; hạ tầng điện; cơ sở hạ tầng năng lượng; hạ tầng điện lực | โครงสร้างพื้นฐานด้านพลังงาน; โครงสร้างพื้นฐานพลังงาน; โครงสร้างพื้นฐานด้านไฟฟ้า
energy-investment | policy | energy investment; investment in power projects; power sector investment | đầu tư năng lượng; đầu tư vào năng lượng; đầu tư nguồn điện; đầu tư ngành điện; đầu tư phát triển điện | การลงทุนด้านพลังงาน; ลงทุนด้านพลังงาน; ลงทุนโรงไฟฟ้า; ลงทุนธุรกิจพลังงาน
renewable-energy-investment | policy | renewable energy investment; clean energy investment; investment in renewables | đầu tư năng lượng tái tạo; đầu tư điện mặt trời; đầu tư điện gió; đầu tư vào năng lượng tái tạo | ลงทุนพลังงานหมุนเวียน; การลงทุนพลังงานทดแทน; ลงทุนพลังงานทดแทน; ลงทุนพลังงานสะอาด
energy-price | energy | energy prices; energy costs; energy price | giá năng lượng; chi phí năng lượng; giá nhiên liệu đầu vào | ราคาพลังงาน; ต้นทุนพลังงาน; ค่าพลังงาน
energy-crisis | energy | energy crisis; power crisis; fuel crisis | khủng hoảng năng lượng; khủng hoảng điện; khủng hoảng dầu mỏ | วิกฤตพลังงาน; วิกฤติพลังงาน; วิกฤตน้ำมัน
energy-security | energy | energy security; energy independence; security of supply | an ninh năng lượng; đảm bảo an ninh năng lượng; bảo đảm an ninh năng lượng | ความมั่นคงทางพลังงาน; ความมั่นคงด้านพลังงาน; ความมั่นคงทางด้านพลังงาน
energy-transition | energy | energy transition; clean energy transition; transition to clean energy | chuyển đổi năng lượng; chuyển dịch năng lượng; chuyển dịch năng lượng xanh; chuyển đổi năng lượng xanh | การเปลี่ยนผ่านพลังงาน; เปลี่ยนผ่านพลังงาน; การเปลี่ยนผ่านด้านพลังงาน
jetp | policy | Just Energy Transition Partnership; JETP; JET-P | Quan hệ Đối tác Chuyển đổi Năng lượng Công bằng; Đối tác chuyển đổi năng lượng công bằng; JETP; chuyển đổi năng lượng công bằng | ความร่วมมือเพื่อการเปลี่ยนผ่านพลังงานที่เป็นธรรม; การเปลี่ยนผ่านพลังงานที่เป็นธรรม
just-transition | policy | just transition; fair transition | chuyển đổi công bằng; chuyển dịch công bằng | การเปลี่ยนผ่านที่เป็นธรรม; เปลี่ยนผ่านอย่างเป็นธรรม
energy-efficiency | energy | energy efficiency; energy-efficient; efficient energy use | hiệu quả năng lượng; sử dụng năng lượng hiệu quả; hiệu suất năng lượng; sử dụng năng lượng tiết kiệm và hiệu quả | ประสิทธิภาพพลังงาน; ประสิทธิภาพการใช้พลังงาน; ใช้พลังงานอย่างมีประสิทธิภาพ; ประหยัดพลังงานสูง
energy-saving | energy | energy saving; energy conservation; saving energy | tiết kiệm năng lượng; sử dụng năng lượng tiết kiệm | ประหยัดพลังงาน; อนุรักษ์พลังงาน; การอนุรักษ์พลังงาน; การประหยัดพลังงาน
electricity-saving | energy | saving electricity; electricity saving; power saving | tiết kiệm điện; sử dụng điện tiết kiệm; tiết kiệm điện năng | ประหยัดไฟ; ประหยัดไฟฟ้า; ลดการใช้ไฟฟ้า
energy-efficiency-programme | policy | national energy efficiency programme; VNEEP; energy conservation plan; energy efficiency plan | Chương trình quốc gia về sử dụng năng lượng tiết kiệm và hiệu quả; VNEEP; chương trình tiết kiệm năng lượng; chương trình tiết kiệm điện | แผนอนุรักษ์พลังงาน; กองทุนเพื่อส่งเสริมการอนุรักษ์พลังงาน; แผนอนุรักษ์พลังงาน 20 ปี; โครงการประหยัดพลังงาน
energy-labels | energy | energy labels; energy efficiency labels; energy star label; No. 5 label | nhãn năng lượng; dán nhãn năng lượng; nhãn tiết kiệm năng lượng; nhãn năng lượng so sánh | ฉลากประหยัดไฟ; ฉลากประหยัดไฟเบอร์ 5; ฉลากเบอร์ 5; ฉลากประหยัดพลังงาน; ฉลากเบอร์ห้า
meps | policy | minimum energy performance standards; MEPS; energy performance standards | hiệu suất năng lượng tối thiểu; mức hiệu suất năng lượng tối thiểu; tiêu chuẩn hiệu suất năng lượng | มาตรฐานประสิทธิภาพพลังงานขั้นต่ำ; ค่ามาตรฐานประสิทธิภาพพลังงาน
energy-audit | energy | energy audit; energy auditing | kiểm toán năng lượng; kiểm toán năng lượng bắt buộc | การตรวจสอบพลังงาน; ตรวจสอบและรับรองการจัดการพลังงาน; ผู้ตรวจสอบพลังงาน
energy-management | energy | energy management; designated energy users; energy managers | quản lý năng lượng; cơ sở sử dụng năng lượng trọng điểm; hệ thống quản lý năng lượng | การจัดการพลังงาน; ระบบการจัดการพลังงาน; โรงงานควบคุม; อาคารควบคุม
esco | energy | energy service company; ESCO; energy services | công ty dịch vụ năng lượng; dịch vụ năng lượng | ธุรกิจบริการด้านพลังงาน; บริษัทจัดการพลังงาน; ธุรกิจเอสโก้
led-lighting | energy | LED lighting; LED bulbs; energy-saving bulbs; LED lamps | đèn LED; bóng đèn LED; bóng đèn tiết kiệm điện; đèn tiết kiệm điện; chiếu sáng tiết kiệm | หลอดไฟ LED; หลอด LED; หลอดแอลอีดี; หลอดประหยัดไฟ
air-conditioning | energy | air conditioning; air conditioners; cooling | máy điều hòa; máy lạnh; điều hòa nhiệt độ; điều hòa không khí | เครื่องปรับอากาศ; แอร์บ้าน; ระบบปรับอากาศ
green-buildings | energy | green buildings; energy-efficient buildings; green building certification; LEED; green building | công trình xanh; tòa nhà xanh; công trình tiết kiệm năng lượng; kiến trúc xanh; chứng chỉ LEED | อาคารเขียว; อาคารประหยัดพลังงาน; อาคารสีเขียว; อาคารอนุรักษ์พลังงาน
earth-hour | environment | Earth Hour; Earth Hour campaign | Giờ Trái đất; Chiến dịch Giờ Trái đất; Giờ Trái Đất | ปิดไฟ 1 ชั่วโมง; เอิร์ธอาวร์; ปิดไฟหนึ่งชั่วโมง; เอิร์ธ อาวร์
# ---------------------------------------------------------------- energy: transport
electric-vehicles | energy | electric vehicles; EV; EVs; electric cars; electric car | xe điện; ô tô điện; xe ô tô điện; phương tiện chạy điện; xe chạy điện; xe năng lượng mới | รถยนต์ไฟฟ้า; ยานยนต์ไฟฟ้า; รถ EV; รถยนต์อีวี; อีวี
electric-motorbikes | energy | electric motorbikes; electric scooters; e-scooters; electric two-wheelers; e-bikes | xe máy điện; xe đạp điện; xe gắn máy điện | มอเตอร์ไซค์ไฟฟ้า; จักรยานยนต์ไฟฟ้า; จักรยานไฟฟ้า
electric-buses | energy | electric buses; e-buses; electric bus | xe buýt điện; xe bus điện | รถโดยสารไฟฟ้า; รถเมล์ไฟฟ้า; รถบัสไฟฟ้า
ev-charging-stations | energy | EV charging stations; charging stations; charging infrastructure; EV chargers; charging points | trạm sạc; trạm sạc xe điện; trạm sạc ô tô điện; hạ tầng sạc; cột sạc; trụ sạc | สถานีชาร์จ; สถานีอัดประจุไฟฟ้า; สถานีชาร์จรถยนต์ไฟฟ้า; จุดชาร์จ; สถานีชาร์จไฟฟ้า
ev-batteries | energy | EV batteries; battery swapping; electric vehicle batteries | pin xe điện; đổi pin; trạm đổi pin; pin ô tô điện | แบตเตอรี่รถยนต์ไฟฟ้า; สถานีสลับแบตเตอรี่; สลับแบตเตอรี่
hybrid-vehicles | energy | hybrid cars; hybrid vehicles; plug-in hybrid; PHEV | xe hybrid; ô tô hybrid; xe lai điện; xe hybrid cắm sạc | รถยนต์ไฮบริด; ปลั๊กอินไฮบริด; รถไฮบริด
ev-incentives | policy | EV incentives; EV subsidies; electric vehicle incentives; EV 3.0; EV 3.5 | ưu đãi xe điện; chính sách ưu đãi xe điện; miễn lệ phí trước bạ xe điện; hỗ trợ xe điện | มาตรการส่งเสริมรถยนต์ไฟฟ้า; มาตรการ EV 3.0; มาตรการ EV 3.5; เงินอุดหนุนรถยนต์ไฟฟ้า; ส่งเสริมการใช้รถยนต์ไฟฟ้า
fuel-efficiency | energy | fuel efficiency; fuel economy; eco car; fuel-efficient cars | tiêu hao nhiên liệu; xe tiết kiệm nhiên liệu; mức tiêu hao nhiên liệu; tiết kiệm nhiên liệu; tiết kiệm xăng | อีโคคาร์; รถยนต์ประหยัดพลังงาน; ประหยัดน้ำมัน; อัตราสิ้นเปลืองน้ำมัน
vehicle-emission-standards | environment | vehicle emission standards; Euro 4; Euro 5; exhaust emissions; vehicle emissions | tiêu chuẩn khí thải; tiêu chuẩn khí thải Euro 4; tiêu chuẩn khí thải Euro 5; khí thải xe; khí thải phương tiện; kiểm định khí thải | มาตรฐานไอเสีย; มาตรฐานยูโร 5; มาตรฐานยูโร 4; ไอเสียรถยนต์; ควันดำ
green-transport | energy | green transport; sustainable transport; clean transport; green mobility | giao thông xanh; phương tiện xanh; giao thông bền vững; phương tiện giao thông xanh | การขนส่งสีเขียว; ขนส่งที่ยั่งยืน; คมนาคมสีเขียว; การเดินทางที่เป็นมิตรกับสิ่งแวดล้อม
public-transport | policy | public transport; mass transit; public transit; metro | giao thông công cộng; vận tải công cộng; phương tiện công cộng; đường sắt đô thị; tàu điện ngầm | ขนส่งสาธารณะ; ระบบขนส่งมวลชน; ขนส่งมวลชน; รถไฟฟ้าใต้ดิน
# ---------------------------------------------------------------- energy: minerals
critical-minerals | energy | critical minerals; rare earths; rare earth elements | đất hiếm; khoáng sản quan trọng; khoáng sản chiến lược; khoáng sản đất hiếm | แร่หายาก; แร่ธาตุหายาก; แร่ยุทธศาสตร์; แร่แรร์เอิร์ท
lithium | energy | lithium; lithium mining; lithium reserves | lithium; mỏ lithium; pin lithium-ion | ลิเธียม; แร่ลิเธียม
battery-recycling | environment | battery recycling; used batteries; spent batteries | tái chế pin; pin thải; ắc quy thải; pin đã qua sử dụng; thu gom pin | รีไซเคิลแบตเตอรี่; แบตเตอรี่ใช้แล้ว; ซากแบตเตอรี่; แบตเตอรี่เก่า
solar-panel-waste | environment | solar panel waste; end-of-life solar panels; PV waste | rác thải pin mặt trời; chất thải tấm pin mặt trời; xử lý tấm pin mặt trời; pin mặt trời hết hạn | ขยะแผงโซลาร์เซลล์; ซากแผงโซลาร์เซลล์; แผงโซลาร์เซลล์หมดอายุ
mining | environment | mining; mineral extraction; illegal mining; mineral exploitation | khai thác khoáng sản; khai thác khoáng sản trái phép; mỏ khoáng sản; khai thác mỏ | การทำเหมืองแร่; เหมืองแร่; ทำเหมือง; ประทานบัตรเหมืองแร่
gold-mining | environment | gold mining; gold mine; illegal gold mining | khai thác vàng; mỏ vàng; vàng trái phép; đào vàng | เหมืองทอง; เหมืองทองคำ; เหมืองแร่ทองคำ
bauxite-mining | environment | bauxite mining; bauxite; alumina | bô-xít; bauxite; bô xít; khai thác bô-xít; alumina | บอกไซต์; แร่บอกไซต์; อะลูมินา
# ---------------------------------------------------------------- climate
climate-change | climate | climate change; changing climate; climate | biến đổi khí hậu; BĐKH; thay đổi khí hậu; khí hậu biến đổi | การเปลี่ยนแปลงสภาพภูมิอากาศ; สภาพภูมิอากาศเปลี่ยนแปลง; ภูมิอากาศเปลี่ยนแปลง; การเปลี่ยนแปลงภูมิอากาศ
global-warming | climate | global warming; rising global temperatures; warming planet | nóng lên toàn cầu; trái đất nóng lên; ấm lên toàn cầu; hiện tượng nóng lên toàn cầu | ภาวะโลกร้อน; โลกร้อน; อุณหภูมิโลกสูงขึ้น; อุณหภูมิโลกเพิ่มขึ้น
greenhouse-effect | climate | greenhouse effect | hiệu ứng nhà kính | ปรากฏการณ์เรือนกระจก; ภาวะเรือนกระจก
greenhouse-gas-emissions | climate | greenhouse gas emissions; greenhouse gases; GHG emissions; GHG | khí nhà kính; phát thải khí nhà kính; khí thải nhà kính; lượng phát thải khí nhà kính | ก๊าซเรือนกระจก; การปล่อยก๊าซเรือนกระจก; ปล่อยก๊าซเรือนกระจก
carbon-emissions | climate | carbon emissions; CO2 emissions; carbon dioxide; CO2 | phát thải carbon; khí thải carbon; phát thải CO2; khí CO2; phát thải các-bon; khí cacbonic; cacbon điôxít; CO2 | การปล่อยคาร์บอน; ก๊าซคาร์บอนไดออกไซด์; คาร์บอนไดออกไซด์; คาร์บอนไดอ็อกไซด์; ปล่อยคาร์บอน; การปล่อยก๊าซคาร์บอนไดออกไซด์
emissions-reduction | climate | emissions reduction; cutting emissions; emission cuts; climate mitigation; reducing emissions | giảm phát thải; cắt giảm phát thải; giảm nhẹ phát thải khí nhà kính; giảm thiểu phát thải; giảm phát thải khí nhà kính; giảm nhẹ phát thải | ลดการปล่อยก๊าซเรือนกระจก; ลดก๊าซเรือนกระจก; การลดก๊าซเรือนกระจก; ลดการปล่อยคาร์บอน; ลดการปล่อยก๊าซ
net-zero | climate | net zero; net-zero emissions; net zero by 2050; net zero emissions | phát thải ròng bằng 0; phát thải ròng bằng không; net zero; phát thải ròng bằng “0”; Net-zero | การปล่อยก๊าซเรือนกระจกสุทธิเป็นศูนย์; ปล่อยก๊าซเรือนกระจกสุทธิเป็นศูนย์; เน็ตซีโร่; เน็ตซีโร
carbon-neutrality | climate | carbon neutrality; carbon neutral; climate neutrality | trung hòa carbon; trung hòa cacbon; trung hoà carbon; trung hòa các-bon; trung tính carbon | ความเป็นกลางทางคาร์บอน; เป็นกลางทางคาร์บอน; คาร์บอนนิวทรัล
low-carbon | climate | low-carbon economy; low carbon; decarbonisation; decarbonization; decarbonise | carbon thấp; các-bon thấp; kinh tế carbon thấp; khử carbon; phi carbon hóa; cacbon thấp | คาร์บอนต่ำ; สังคมคาร์บอนต่ำ; เศรษฐกิจคาร์บอนต่ำ; ลดคาร์บอน; การลดคาร์บอน
carbon-market | climate | carbon market; emissions trading; ETS; emissions trading scheme; carbon trading | thị trường carbon; thị trường các-bon; thị trường tín chỉ carbon; thị trường cacbon; sàn giao dịch tín chỉ carbon; hệ thống giao dịch phát thải | ตลาดคาร์บอน; ตลาดซื้อขายคาร์บอน; ซื้อขายคาร์บอนเครดิต; ระบบซื้อขายสิทธิการปล่อยก๊าซเรือนกระจก
carbon-credits | climate | carbon credits; carbon credit; carbon offsets; carbon offsetting | tín chỉ carbon; tín chỉ các-bon; tín chỉ cacbon; bù trừ carbon; bù đắp carbon | คาร์บอนเครดิต; เครดิตคาร์บอน; ชดเชยคาร์บอน
carbon-tax | climate | carbon tax; carbon pricing; carbon price | thuế carbon; thuế các-bon; định giá carbon; giá carbon; thuế cacbon | ภาษีคาร์บอน; ราคาคาร์บอน; การกำหนดราคาคาร์บอน
cbam | policy | carbon border adjustment mechanism; CBAM; EU carbon border tax | cơ chế điều chỉnh biên giới carbon; CBAM; thuế carbon biên giới; cơ chế điều chỉnh carbon qua biên giới | มาตรการปรับคาร์บอนก่อนข้ามพรมแดน; มาตรการ CBAM; ภาษีคาร์บอนข้ามพรมแดน
emission-quotas | climate | emission quotas; emission allowances; emissions cap; cap and trade | hạn ngạch phát thải; hạn ngạch phát thải khí nhà kính; phân bổ hạn ngạch | สิทธิในการปล่อยก๊าซเรือนกระจก; โควตาการปล่อยก๊าซ; เพดานการปล่อยก๊าซ
ghg-inventory | climate | greenhouse gas inventory; GHG inventory; emissions inventory; MRV | kiểm kê khí nhà kính; kiểm kê phát thải; kiểm kê phát thải khí nhà kính; đo đạc, báo cáo, thẩm định; MRV | บัญชีก๊าซเรือนกระจก; การจัดทำบัญชีก๊าซเรือนกระจก; การตรวจวัด รายงาน และทวนสอบ
carbon-footprint | climate | carbon footprint; product carbon footprint | dấu chân carbon; dấu chân các-bon; dấu chân cacbon | คาร์บอนฟุตพริ้นท์; ฉลากคาร์บอน; คาร์บอนฟุตพริ้นต์; ร่องรอยคาร์บอน
carbon-capture | climate | carbon capture and storage; carbon capture; CCS; CCUS; carbon capture utilisation and storage | thu giữ carbon; thu giữ và lưu trữ carbon; thu hồi và lưu trữ carbon; thu giữ các-bon; CCS; CCUS | การดักจับและกักเก็บคาร์บอน; ดักจับคาร์บอน; ดักจับและกักเก็บคาร์บอน
carbon-sinks | climate | carbon sinks; carbon sequestration; carbon absorption; forest carbon | hấp thụ carbon; bể hấp thụ carbon; hấp thụ khí nhà kính; hấp thụ các-bon; lưu giữ carbon; hấp thụ CO2 | แหล่งดูดซับคาร์บอน; ดูดซับคาร์บอน; การกักเก็บคาร์บอน; ดูดซับก๊าซคาร์บอนไดออกไซด์; ดูดซับก๊าซเรือนกระจก
blue-carbon | climate | blue carbon; coastal carbon | carbon xanh dương; các-bon xanh dương; carbon xanh lam; các-bon xanh | บลูคาร์บอน; คาร์บอนสีน้ำเงิน
redd-plus | climate | REDD+; REDD plus; reducing emissions from deforestation and forest degradation | REDD+; giảm phát thải từ mất rừng và suy thoái rừng; Chương trình REDD | เรดด์พลัส; การลดการปล่อยก๊าซเรือนกระจกจากการทำลายป่าและความเสื่อมโทรมของป่า; โครงการ REDD
methane | climate | methane; methane emissions; Global Methane Pledge | khí mê-tan; khí metan; mê-tan; metan; khí mêtan | ก๊าซมีเทน; มีเทน
ozone-layer | climate | ozone layer; ozone depletion; Montreal Protocol; HFCs; ozone-depleting substances | tầng ozone; tầng ô-dôn; tầng ôzôn; Nghị định thư Montreal; chất làm suy giảm tầng ô-dôn; HFC | ชั้นโอโซน; พิธีสารมอนทรีออล; สาร CFC; สารทำลายชั้นโอโซน; สาร HFC
cop | climate | COP; UN climate conference; UN Climate Change Conference; COP21; COP26; COP28; COP29; COP30; climate summit | Hội nghị COP; Hội nghị thượng đỉnh về khí hậu; Hội nghị về biến đổi khí hậu của Liên hợp quốc; Hội nghị lần thứ 26; COP21; COP26; COP 26; COP28 | การประชุม COP; การประชุมรัฐภาคีอนุสัญญาสหประชาชาติว่าด้วยการเปลี่ยนแปลงสภาพภูมิอากาศ; ประชุมสุดยอดด้านสภาพภูมิอากาศ; ประชุมโลกร้อน; การประชุมรัฐภาคี
unfccc | climate | UNFCCC; UN Framework Convention on Climate Change; climate convention | Công ước khung của Liên hợp quốc về biến đổi khí hậu; UNFCCC; Công ước khung về biến đổi khí hậu; Công ước khung Liên hợp quốc về biến đổi khí hậu | อนุสัญญาสหประชาชาติว่าด้วยการเปลี่ยนแปลงสภาพภูมิอากาศ; กรอบอนุสัญญาสหประชาชาติว่าด้วยการเปลี่ยนแปลงสภาพภูมิอากาศ
paris-agreement | climate | Paris Agreement; Paris climate accord; Paris climate agreement; Paris accord | Thỏa thuận Paris; Hiệp định Paris; Thoả thuận Paris; Thỏa thuận Paris về biến đổi khí hậu; Hiệp định Paris về biến đổi khí hậu; Thỏa thuận khí hậu Paris | ความตกลงปารีส; ข้อตกลงปารีส; สนธิสัญญาปารีส; ข้อตกลงโลกร้อนปารีส
kyoto-protocol | climate | Kyoto Protocol | Nghị định thư Kyoto | พิธีสารเกียวโต
ndc | climate | nationally determined contribution; NDC; NDCs; climate pledge; national climate pledge | đóng góp do quốc gia tự quyết định; NDC; Đóng góp do quốc gia tự quyết định cập nhật | การมีส่วนร่วมที่ประเทศกำหนด; เป้าหมายการมีส่วนร่วมที่ประเทศกำหนด; เป้าหมาย NDC
climate-target-1-5 | climate | 1.5°C target; 1.5 degrees; 1.5C limit; 2°C limit; well below 2 degrees | 1,5 độ C; 1,5°C; 1.5 độ C; dưới 2 độ C; mức tăng nhiệt độ toàn cầu | 1.5 องศาเซลเซียส; 1.5 องศา; ไม่เกิน 1.5 องศา; ต่ำกว่า 2 องศาเซลเซียส
climate-finance | climate | climate finance; climate funding; Green Climate Fund; climate fund | tài chính khí hậu; tài chính cho biến đổi khí hậu; Quỹ Khí hậu Xanh; quỹ khí hậu; nguồn tài chính khí hậu | การเงินเพื่อสภาพภูมิอากาศ; กองทุนภูมิอากาศสีเขียว; เงินทุนด้านสภาพภูมิอากาศ; กองทุนเพื่อสภาพภูมิอากาศ
loss-and-damage | climate | loss and damage; loss and damage fund | tổn thất và thiệt hại; Quỹ tổn thất và thiệt hại; mất mát và thiệt hại | ความสูญเสียและความเสียหาย; กองทุนความสูญเสียและความเสียหาย
climate-adaptation | climate | climate adaptation; climate change adaptation; adaptation to climate change; adapting to climate change | thích ứng với biến đổi khí hậu; thích ứng biến đổi khí hậu; ứng phó với biến đổi khí hậu; ứng phó biến đổi khí hậu | การปรับตัวต่อการเปลี่ยนแปลงสภาพภูมิอากาศ; ปรับตัวต่อการเปลี่ยนแปลงสภาพภูมิอากาศ; รับมือการเปลี่ยนแปลงสภาพภูมิอากาศ; รับมือกับการเปลี่ยนแปลงสภาพภูมิอากาศ; ปรับตัวรับมือ
climate-resilience | climate | climate resilience; resilience; climate-resilient | khả năng chống chịu; chống chịu với biến đổi khí hậu; thích ứng và chống chịu; khả năng phục hồi | ความยืดหยุ่นต่อสภาพภูมิอากาศ; ความสามารถในการรับมือ; ความสามารถในการฟื้นตัว; ภูมิคุ้มกันต่อภัยพิบัติ
national-adaptation-plan | policy | national adaptation plan; NAP; national climate change strategy | Kế hoạch quốc gia thích ứng với biến đổi khí hậu; Chiến lược quốc gia về biến đổi khí hậu; Kế hoạch hành động quốc gia ứng phó với biến đổi khí hậu | แผนการปรับตัวต่อการเปลี่ยนแปลงสภาพภูมิอากาศแห่งชาติ; แผนแม่บทรองรับการเปลี่ยนแปลงสภาพภูมิอากาศ; แผนแม่บทการเปลี่ยนแปลงสภาพภูมิอากาศ
climate-policy | policy | climate policy; climate law; climate change act; climate legislation | chính sách khí hậu; chính sách ứng phó biến đổi khí hậu; luật biến đổi khí hậu; chính sách về biến đổi khí hậu | นโยบายด้านสภาพภูมิอากาศ; กฎหมายการเปลี่ยนแปลงสภาพภูมิอากาศ; พ.ร.บ.การเปลี่ยนแปลงสภาพภูมิอากาศ; ร่าง พ.ร.บ.การเปลี่ยนแปลงสภาพภูมิอากาศ
climate-action | climate | climate action; tackling climate change; climate response | hành động vì khí hậu; hành động khí hậu; chống biến đổi khí hậu; chống lại biến đổi khí hậu | ปฏิบัติการด้านสภาพภูมิอากาศ; แก้ปัญหาโลกร้อน; แก้ไขปัญหาโลกร้อน; ลดภาวะโลกร้อน; ลดโลกร้อน
climate-crisis | climate | climate crisis; climate emergency | khủng hoảng khí hậu; tình trạng khẩn cấp về khí hậu | วิกฤตสภาพภูมิอากาศ; วิกฤติสภาพภูมิอากาศ; วิกฤตโลกร้อน; ภาวะฉุกเฉินทางสภาพภูมิอากาศ
climate-justice | climate | climate justice; climate equity | công lý khí hậu; công bằng khí hậu | ความยุติธรรมทางสภาพภูมิอากาศ; ความเป็นธรรมทางสภาพภูมิอากาศ; ความยุติธรรมด้านสภาพภูมิอากาศ
climate-risk | climate | climate risk; climate vulnerability; vulnerable to climate change | rủi ro khí hậu; dễ bị tổn thương; bị ảnh hưởng nặng nề của biến đổi khí hậu; chịu ảnh hưởng nặng nề nhất; tổn thương do biến đổi khí hậu | ความเสี่ยงด้านสภาพภูมิอากาศ; ความเปราะบาง; เปราะบางต่อการเปลี่ยนแปลงสภาพภูมิอากาศ; กลุ่มเปราะบาง
climate-scenarios | climate | climate change scenarios; climate projections; climate models | kịch bản biến đổi khí hậu; kịch bản nước biển dâng; mô hình khí hậu | แบบจำลองสภาพภูมิอากาศ; ภาพฉายอนาคตภูมิอากาศ; การคาดการณ์สภาพภูมิอากาศ
climate-migration | climate | climate migration; climate refugees; climate displacement | di cư do biến đổi khí hậu; người tị nạn khí hậu; di dân do biến đổi khí hậu | ผู้ลี้ภัยจากสภาพภูมิอากาศ; ผู้อพยพจากสภาพภูมิอากาศ; ผู้ลี้ภัยภูมิอากาศ
sea-level-rise | climate | sea level rise; rising sea levels; sea-level rise | nước biển dâng; mực nước biển dâng; mực nước biển tăng; nước biển dâng cao | ระดับน้ำทะเลสูงขึ้น; ระดับน้ำทะเลเพิ่มสูงขึ้น; น้ำทะเลสูงขึ้น; ระดับน้ำทะเลเพิ่มขึ้น
high-tides | climate | king tides; high tides; tidal flooding; spring tides | triều cường; đỉnh triều; ngập do triều cường; triều cường dâng cao | น้ำทะเลหนุน; น้ำทะเลหนุนสูง; น้ำขึ้นสูงสุด; น้ำทะเลหนุนสูงสุด
storm-surge | climate | storm surge; large waves; rough seas | nước dâng do bão; nước dâng; sóng lớn; biển động | คลื่นพายุซัดฝั่ง; คลื่นซัดฝั่ง; คลื่นลมแรง; คลื่นสูง
ocean-warming | climate | ocean warming; ocean acidification; marine heatwave; sea surface temperature | axit hóa đại dương; đại dương ấm lên; nhiệt độ nước biển tăng; nhiệt độ mặt nước biển; nước biển ấm lên | ภาวะความเป็นกรดในมหาสมุทร; มหาสมุทรเป็นกรด; อุณหภูมิน้ำทะเลสูงขึ้น; น้ำทะเลอุ่นขึ้น; อุณหภูมิน้ำทะเล
coral-bleaching | climate | coral bleaching; bleached corals | san hô bị tẩy trắng; tẩy trắng san hô; san hô chết; san hô bạc màu | ปะการังฟอกขาว; ปะการังฟอกสี
melting-ice | climate | melting glaciers; melting ice; polar ice melt; Arctic sea ice; ice sheets | băng tan; sông băng tan; băng ở Bắc Cực; sông băng; băng Bắc Cực | ธารน้ำแข็งละลาย; น้ำแข็งขั้วโลกละลาย; น้ำแข็งละลาย; ธารน้ำแข็ง
extreme-weather | climate | extreme weather; extreme weather events; weather extremes | thời tiết cực đoan; hiện tượng thời tiết cực đoan; thiên tai cực đoan; khí hậu cực đoan | สภาพอากาศสุดขั้ว; ภัยพิบัติรุนแรง; สภาพอากาศรุนแรง; สภาพอากาศสุดขีด
erratic-weather | climate | erratic weather; unusual weather; abnormal weather; unseasonal weather | thời tiết bất thường; thời tiết thất thường; diễn biến bất thường; thời tiết diễn biến phức tạp | สภาพอากาศแปรปรวน; อากาศแปรปรวน; ฝนตกผิดฤดู; ลมฟ้าอากาศแปรปรวน
natural-disasters | climate | natural disasters; disasters; natural hazards | thiên tai; thảm họa thiên nhiên; thảm họa tự nhiên | ภัยธรรมชาติ; ภัยพิบัติ; ภัยพิบัติทางธรรมชาติ; สาธารณภัย
disaster-risk-reduction | climate | disaster risk reduction; disaster prevention; disaster preparedness; disaster management | phòng chống thiên tai; phòng, chống thiên tai; giảm nhẹ rủi ro thiên tai; ứng phó thiên tai; phòng, chống thiên tai và tìm kiếm cứu nạn | การลดความเสี่ยงจากภัยพิบัติ; ป้องกันและบรรเทาสาธารณภัย; บรรเทาสาธารณภัย; การจัดการภัยพิบัติ
early-warning | climate | early warning system; early warning; disaster warning | cảnh báo sớm; hệ thống cảnh báo sớm; cảnh báo thiên tai; cảnh báo lũ | ระบบเตือนภัยล่วงหน้า; เตือนภัย; ระบบเตือนภัย; แจ้งเตือนภัย
disaster-relief | climate | disaster relief; flood relief; humanitarian relief; disaster victims | cứu trợ thiên tai; cứu trợ lũ lụt; khắc phục hậu quả thiên tai; khắc phục hậu quả mưa lũ; cứu trợ đồng bào | ช่วยเหลือผู้ประสบภัย; ผู้ประสบภัย; ผู้ประสบอุทกภัย; บรรเทาทุกข์; ถุงยังชีพ
evacuation | climate | evacuation; disaster evacuation; evacuees | sơ tán dân; di dời dân; sơ tán người dân; di dời người dân | อพยพประชาชน; อพยพชาวบ้าน; ศูนย์อพยพ; อพยพผู้ประสบภัย
drought | climate | drought; droughts; dry spell | hạn hán; khô hạn; nắng hạn; hạn mặn; thiếu nước tưới | ภัยแล้ง; แห้งแล้ง; ความแห้งแล้ง; ฝนทิ้งช่วง; หน้าแล้ง; ฤดูแล้ง; ภาวะแล้ง
flood | climate | flood; floods; flooding | lũ lụt; ngập lụt; mưa lũ; nước lũ; lũ lớn; ngập sâu | น้ำท่วม; อุทกภัย; น้ำท่วมหนัก; น้ำท่วมสูง
flash-flood | climate | flash floods; flash flood; mountain torrents | lũ quét; lũ ống; lũ quét, sạt lở đất | น้ำป่าไหลหลาก; น้ำป่า; น้ำป่าทะลัก
flood-season | climate | flood season; annual floods; floodwaters arrive | mùa lũ; mùa nước nổi; lũ về; đỉnh lũ | ฤดูน้ำหลาก; น้ำหลาก; ช่วงน้ำหลาก; มวลน้ำ
urban-flooding | climate | urban flooding; street flooding; waterlogging; inundation | ngập úng; ngập úng đô thị; ngập nước; điểm ngập; ngập đường; ngập nặng | น้ำท่วมขัง; น้ำรอการระบาย; ท่วมขัง; ถนนน้ำท่วม
flood-control | climate | flood control; flood prevention; anti-flooding; dikes; flood defences | chống ngập; chống ngập úng; đê điều; đê biển; dự án chống ngập; kè chống sạt lở; đê bao | ป้องกันน้ำท่วม; คันกั้นน้ำ; ระบบป้องกันน้ำท่วม; ประตูระบายน้ำ; ระบายน้ำ
flood-discharge | climate | flood discharge; dam discharge; reservoir release; spillway release | xả lũ; hồ thủy điện xả lũ; xả tràn; xả nước; vận hành xả lũ | ระบายน้ำจากเขื่อน; การระบายน้ำ; เขื่อนระบายน้ำ; ปล่อยน้ำจากเขื่อน; ระบายน้ำท้ายเขื่อน
dam-safety | climate | dam safety; dam failure; dam break; dam collapse | an toàn đập; vỡ đập; an toàn hồ đập; vỡ đê; sự cố vỡ đập | เขื่อนแตก; ความปลอดภัยของเขื่อน; คันกั้นน้ำแตก; ทำนบแตก
landslide | climate | landslides; landslide; mudslides; mudslide | sạt lở đất; lở đất; sạt lở núi; đất đá sạt lở; sạt lở | ดินถล่ม; ดินโคลนถล่ม; ดินสไลด์; โคลนถล่ม
riverbank-erosion | climate | riverbank erosion; riverbank landslides; river erosion | sạt lở bờ sông; sạt lở bờ kênh; sạt lở bờ sông, bờ biển; xói lở bờ sông | ตลิ่งพัง; กัดเซาะตลิ่ง; ตลิ่งทรุด; การกัดเซาะตลิ่ง
coastal-erosion | climate | coastal erosion; beach erosion; shoreline erosion | xói lở bờ biển; sạt lở bờ biển; xâm thực bờ biển; biển xâm thực | กัดเซาะชายฝั่ง; การกัดเซาะชายฝั่ง; ชายฝั่งถูกกัดเซาะ
saltwater-intrusion | climate | saltwater intrusion; salinity intrusion; salinisation; saline intrusion | xâm nhập mặn; nhiễm mặn; độ mặn; hạn hán và xâm nhập mặn; nước mặn xâm nhập | น้ำเค็มรุก; น้ำทะเลรุก; น้ำเค็มหนุน; ค่าความเค็ม; ความเค็ม
heatwave | climate | heatwave; heat wave; extreme heat; heatwaves | nắng nóng; nắng nóng gay gắt; đợt nắng nóng; nắng nóng kỷ lục; nắng nóng đặc biệt gay gắt | คลื่นความร้อน; อากาศร้อนจัด; ร้อนจัด; อากาศร้อน
record-temperatures | climate | record temperatures; hottest year; record heat; temperature record | nhiệt độ kỷ lục; năm nóng nhất; nóng nhất trong lịch sử; kỷ lục nhiệt độ | อุณหภูมิสูงสุดเป็นประวัติการณ์; ร้อนที่สุด; ปีที่ร้อนที่สุด; ร้อนที่สุดในรอบ
heatstroke | climate | heatstroke; heat stress; heat exhaustion | say nắng; sốc nhiệt; say nóng; đột quỵ do nắng nóng | โรคลมแดด; ฮีทสโตรก; ลมแดด
cold-spell | climate | cold spell; cold wave; severe cold; cold snap | rét đậm; rét hại; rét đậm, rét hại; không khí lạnh; đợt rét | อากาศหนาว; ภัยหนาว; อากาศหนาวเย็น; มวลอากาศเย็น; อากาศหนาวจัด
el-nino | climate | El Niño; El Nino; El Niño phenomenon | El Nino; El Niño; hiện tượng El Nino; Elnino | เอลนีโญ; ปรากฏการณ์เอลนีโญ; เอลนิโญ
la-nina | climate | La Niña; La Nina; La Niña phenomenon | La Nina; La Niña; hiện tượng La Nina; Lanina | ลานีญา; ปรากฏการณ์ลานีญา; ลานิญา
typhoon | climate | typhoon; storm; tropical storm; cyclone; super typhoon; typhoons | cơn bão; siêu bão; mưa bão; bão số; bão nhiệt đới; bão mạnh; bão đổ bộ | พายุ; พายุไต้ฝุ่น; ไต้ฝุ่น; พายุโซนร้อน; พายุไซโคลน
tropical-depression | climate | tropical depression; low-pressure system; low pressure | áp thấp nhiệt đới; vùng áp thấp; áp thấp | พายุดีเปรสชัน; ดีเปรสชัน; หย่อมความกดอากาศต่ำ; ร่องความกดอากาศต่ำ
monsoon | climate | monsoon; monsoon season; rainy season; southwest monsoon | gió mùa; mùa mưa; gió mùa Tây Nam; gió mùa Đông Bắc; mùa mưa bão | มรสุม; ลมมรสุม; ฤดูฝน; มรสุมตะวันตกเฉียงใต้; มรสุมตะวันออกเฉียงเหนือ
heavy-rain | climate | heavy rain; torrential rain; downpour; heavy rainfall | mưa lớn; mưa to; mưa lớn kéo dài; mưa to đến rất to; mưa rất to | ฝนตกหนัก; ฝนตกหนักมาก; ฝนตกหนักถึงหนักมาก; ฝนตกหนักบางแห่ง
thunderstorms | climate | thunderstorms; severe thunderstorms; whirlwinds; tornado; hail; lightning | dông lốc; giông lốc; lốc xoáy; mưa đá; sét đánh; dông sét | พายุฤดูร้อน; พายุฝนฟ้าคะนอง; ลูกเห็บ; ฟ้าผ่า; ลมกระโชกแรง
weather-forecast | climate | weather forecast; meteorology; hydrometeorology; weather service | dự báo thời tiết; khí tượng thủy văn; dự báo khí tượng; khí tượng | พยากรณ์อากาศ; อุตุนิยมวิทยา; กรมอุตุนิยมวิทยา
crop-losses | climate | crop losses; crop failure; crop damage; harvest losses | mất mùa; thiệt hại mùa màng; mùa màng thất bát; lúa bị thiệt hại; hoa màu bị thiệt hại | พืชผลเสียหาย; พื้นที่การเกษตรเสียหาย; ผลผลิตเสียหาย; นาข้าวเสียหาย
food-security | policy | food security; food safety net | an ninh lương thực | ความมั่นคงทางอาหาร; ความมั่นคงด้านอาหาร
climate-smart-agriculture | climate | climate-smart agriculture; climate-resilient agriculture; sustainable agriculture | nông nghiệp thông minh thích ứng với biến đổi khí hậu; nông nghiệp thông minh với khí hậu; nông nghiệp bền vững; nông nghiệp thích ứng | เกษตรที่ปรับตัวต่อสภาพภูมิอากาศ; เกษตรกรรมยั่งยืน; เกษตรยั่งยืน; เกษตรอัจฉริยะต่อสภาพภูมิอากาศ
low-emission-rice | climate | low-emission rice; alternate wetting and drying; AWD; one million hectares of low-emission rice | lúa phát thải thấp; lúa chất lượng cao và phát thải thấp; 1 triệu ha lúa; tưới ngập khô xen kẽ; ướt khô xen kẽ | ข้าวคาร์บอนต่ำ; ปลูกข้าวแบบเปียกสลับแห้ง; นาเปียกสลับแห้ง; ทำนาเปียกสลับแห้ง
urban-heat-island | climate | urban heat island; heat island effect | đảo nhiệt đô thị; hiệu ứng đảo nhiệt; đảo nhiệt | เกาะความร้อนในเมือง; ปรากฏการณ์เกาะความร้อน
# ---------------------------------------------------------------- environment: air
air-pollution | environment | air pollution; air pollutants; polluted air | ô nhiễm không khí; ô nhiễm không khí nghiêm trọng; không khí ô nhiễm | มลพิษทางอากาศ; มลภาวะทางอากาศ; อากาศเป็นพิษ; มลพิษอากาศ
air-quality | environment | air quality; air quality index; AQI | chất lượng không khí; chỉ số chất lượng không khí; chỉ số AQI; AQI | คุณภาพอากาศ; ดัชนีคุณภาพอากาศ; ค่า AQI
pm25 | environment | PM2.5; PM 2.5; PM2.5 dust; fine particulate matter PM2.5 | bụi PM2.5; PM2.5; bụi mịn PM2.5; PM 2.5; bụi PM 2.5 | ฝุ่น PM2.5; ฝุ่น PM 2.5; ฝุ่นละออง PM2.5; ฝุ่นละอองขนาดเล็ก PM2.5; ฝุ่นละออง PM 2.5
fine-dust | environment | fine dust; particulate matter; dust pollution; PM10; ultrafine dust | bụi mịn; ô nhiễm bụi; bụi PM10; bụi lơ lửng; bụi siêu mịn | ฝุ่นละออง; ฝุ่นละอองขนาดเล็ก; ฝุ่นพิษ; ฝุ่น PM10; ฝุ่นจิ๋ว
haze | environment | haze; smog; smoke haze; hazy | khói mù; sương mù quang hóa; mù khô; khói bụi; sương mù ô nhiễm | หมอกควัน; ปัญหาหมอกควัน; หมอกควันไฟป่า; ควันพิษ
transboundary-haze | environment | transboundary haze; ASEAN Agreement on Transboundary Haze Pollution; cross-border haze | khói mù xuyên biên giới; ô nhiễm khói mù xuyên biên giới; Hiệp định ASEAN về ô nhiễm khói mù xuyên biên giới | หมอกควันข้ามแดน; ความตกลงอาเซียนว่าด้วยมลพิษจากหมอกควันข้ามแดน; มลพิษหมอกควันข้ามแดน
open-burning | environment | open burning; crop burning; stubble burning; agricultural burning; straw burning | đốt rơm rạ; đốt đồng; đốt rác lộ thiên; đốt rác; đốt nương rẫy | การเผาในที่โล่ง; เผาในที่โล่ง; เผาตอซัง; เผาอ้อย; เผาขยะ
sulphur-dioxide | environment | sulphur dioxide; sulfur dioxide; SO2; nitrogen oxides; NOx | khí SO2; lưu huỳnh đioxit; SO2; khí NO2; nitơ oxit | ซัลเฟอร์ไดออกไซด์; ก๊าซซัลเฟอร์ไดออกไซด์; ไนโตรเจนไดออกไซด์; ออกไซด์ของไนโตรเจน
emissions | environment | emissions; exhaust fumes; pollutant emissions; exhaust gases | khí thải; phát thải; xả khí thải; khí xả | การปล่อยมลพิษ; ไอเสีย; ก๊าซเสีย; มลพิษจากไอเสีย
industrial-emissions | environment | industrial emissions; factory emissions; smokestack emissions; stack emissions | khí thải công nghiệp; khói thải; ống khói; khí thải nhà máy | มลพิษจากโรงงาน; ควันจากโรงงาน; ปล่องควัน; ไอเสียจากโรงงาน
odour-pollution | environment | odour pollution; bad smell; stench; odor | mùi hôi; mùi hôi thối; ô nhiễm mùi; bốc mùi | กลิ่นเหม็น; ส่งกลิ่นเหม็น; เหม็นเน่า
noise-pollution | environment | noise pollution; noise | ô nhiễm tiếng ồn; tiếng ồn | มลพิษทางเสียง; เสียงรบกวน; เสียงดังรบกวน
environmental-monitoring | environment | environmental monitoring; air quality monitoring; monitoring stations | quan trắc môi trường; trạm quan trắc; quan trắc tự động; quan trắc không khí | ตรวจวัดคุณภาพอากาศ; สถานีตรวจวัดคุณภาพอากาศ; ตรวจวัดคุณภาพสิ่งแวดล้อม; การเฝ้าระวังคุณภาพสิ่งแวดล้อม
# ---------------------------------------------------------------- environment: forests, land, nature
forest-fires | environment | forest fires; wildfires; forest fire; bushfires; wildfire | cháy rừng; nguy cơ cháy rừng; phòng cháy chữa cháy rừng; vụ cháy rừng; PCCC rừng | ไฟป่า; ไฟไหม้ป่า; เผาป่า; ดับไฟป่า
peatland | environment | peatland; peat fires; peat swamp forest; melaleuca forest | than bùn; cháy rừng tràm; rừng tràm; đất than bùn | ป่าพรุ; ไฟป่าพรุ; พื้นที่พรุ
deforestation | environment | deforestation; forest loss; forest destruction; forest clearing | phá rừng; mất rừng; chặt phá rừng; tàn phá rừng; phá rừng trái phép | การทำลายป่า; ตัดไม้ทำลายป่า; ทำลายป่า; ป่าไม้ถูกทำลาย
illegal-logging | environment | illegal logging; timber smuggling; rosewood smuggling | khai thác gỗ trái phép; lâm tặc; gỗ lậu; vận chuyển gỗ trái phép | ลักลอบตัดไม้; ตัดไม้เถื่อน; ไม้พะยูง; ไม้เถื่อน; ลักลอบตัดไม้พะยูง
forest-encroachment | environment | forest encroachment; land encroachment; encroachment on forest land | lấn chiếm đất rừng; lấn chiếm rừng; xâm chiếm đất rừng; chiếm đất rừng | บุกรุกป่า; บุกรุกพื้นที่ป่า; บุกรุกที่ดินป่าไม้; รุกป่า
reforestation | environment | reforestation; afforestation; tree planting; forest restoration | trồng rừng; trồng cây xanh; trồng mới rừng; phục hồi rừng; trồng cây gây rừng; tái trồng rừng | ปลูกป่า; การปลูกป่า; ฟื้นฟูป่า; ปลูกต้นไม้
forest-protection | environment | forest protection; forest management; forest cover | bảo vệ rừng; quản lý rừng; độ che phủ rừng; bảo vệ và phát triển rừng; giữ rừng | อนุรักษ์ป่า; รักษาป่า; พื้นที่ป่าไม้; ป่าสงวนแห่งชาติ; ป้องกันรักษาป่า
community-forests | environment | community forests; community forestry; community forest | rừng cộng đồng; giao rừng cho cộng đồng; quản lý rừng cộng đồng | ป่าชุมชน; พ.ร.บ.ป่าชุมชน; การจัดการป่าชุมชน
natural-forests | environment | natural forests; primary forest; protection forests; special-use forests; watershed forests | rừng tự nhiên; rừng phòng hộ; rừng đặc dụng; rừng nguyên sinh; rừng đầu nguồn | ป่าธรรมชาติ; ป่าต้นน้ำ; ป่าดิบ; ป่าอนุรักษ์
forest-environmental-services | policy | payments for forest environmental services; forest environmental services; payment for ecosystem services | chi trả dịch vụ môi trường rừng; dịch vụ môi trường rừng; tiền dịch vụ môi trường rừng | ค่าตอบแทนคุณค่าระบบนิเวศ; การจ่ายค่าตอบแทนการให้บริการระบบนิเวศ; บริการระบบนิเวศ
national-parks | environment | national parks; nature reserves; protected areas; wildlife sanctuaries | vườn quốc gia; khu bảo tồn thiên nhiên; khu bảo tồn; khu dự trữ sinh quyển | อุทยานแห่งชาติ; เขตรักษาพันธุ์สัตว์ป่า; พื้นที่คุ้มครอง; เขตห้ามล่าสัตว์ป่า
biodiversity | environment | biodiversity; biological diversity; loss of biodiversity | đa dạng sinh học; suy giảm đa dạng sinh học | ความหลากหลายทางชีวภาพ; ความหลากหลายทางชีวภาพลดลง
ecosystems | environment | ecosystems; ecosystem; ecological balance | hệ sinh thái; cân bằng sinh thái; môi trường sinh thái | ระบบนิเวศ; สมดุลธรรมชาติ; สมดุลของระบบนิเวศ
nature-conservation | environment | nature conservation; wildlife conservation; species conservation | bảo tồn thiên nhiên; bảo tồn động vật hoang dã; bảo tồn đa dạng sinh học; bảo tồn loài | อนุรักษ์ธรรมชาติ; อนุรักษ์สัตว์ป่า; การอนุรักษ์ทรัพยากรธรรมชาติ; อนุรักษ์พันธุ์สัตว์
wildlife | environment | wildlife; wild animals | động vật hoang dã; thú rừng; động vật rừng | สัตว์ป่า; สัตว์ป่าคุ้มครอง
endangered-species | environment | endangered species; rare animals; threatened species; Red List | động vật quý hiếm; loài nguy cấp; động vật hoang dã quý hiếm; Sách Đỏ; nguy cơ tuyệt chủng; loài nguy cấp, quý, hiếm | สัตว์ใกล้สูญพันธุ์; สัตว์ป่าสงวน; ใกล้สูญพันธุ์; สัตว์หายาก
wildlife-trafficking | environment | wildlife trafficking; illegal wildlife trade; wildlife smuggling; poaching | buôn bán động vật hoang dã; vận chuyển động vật hoang dã trái phép; buôn lậu động vật hoang dã; săn bắt động vật hoang dã; nuôi nhốt động vật hoang dã trái phép | ค้าสัตว์ป่า; ลักลอบค้าสัตว์ป่า; การค้าสัตว์ป่าผิดกฎหมาย; ล่าสัตว์ป่า; ลักลอบล่าสัตว์
ivory-rhino-horn | environment | ivory; rhino horn; ivory smuggling; rhino horn trafficking | ngà voi; sừng tê giác; buôn lậu ngà voi | งาช้าง; นอแรด; ลักลอบค้างาช้าง
pangolins | environment | pangolins; pangolin trafficking; pangolin | tê tê; vảy tê tê | ตัวลิ่น; ตัวนิ่ม; เกล็ดลิ่น
elephants | environment | elephants; wild elephants; human-elephant conflict; elephant conservation | voi rừng; voi hoang dã; đàn voi; bảo tồn voi; voi nhà | ช้างป่า; โขลงช้างป่า; ช้างป่าบุก; อนุรักษ์ช้าง
tigers | environment | tigers; tiger conservation; tiger farms; Tiger Temple | con hổ; loài hổ; nuôi nhốt hổ; cọp; hổ Đông Dương; hổ Bengal | เสือโคร่ง; วัดเสือ; ลูกเสือโคร่ง; อนุรักษ์เสือ
sea-turtles | environment | sea turtles; marine turtles; turtle nesting | rùa biển; đồi mồi; rùa biển đẻ trứng | เต่าทะเล; เต่ากระ; เต่ามะเฟือง
dugongs-dolphins | environment | dugongs; dolphins; whales; marine mammals | bò biển; cá heo; cá voi; dugong | พะยูน; โลมา; วาฬ; ปลาโลมา; สัตว์ทะเลหายาก
cites | environment | CITES; Convention on International Trade in Endangered Species | Công ước CITES; CITES; Công ước về buôn bán quốc tế các loài động, thực vật hoang dã nguy cấp | อนุสัญญาไซเตส; ไซเตส; อนุสัญญาว่าด้วยการค้าระหว่างประเทศซึ่งชนิดสัตว์ป่าและพืชป่าที่ใกล้จะสูญพันธุ์
invasive-species | environment | invasive species; alien species; invasive alien species | sinh vật ngoại lai; loài ngoại lai xâm hại; sinh vật ngoại lai xâm hại; ốc bươu vàng | เอเลี่ยนสปีชีส์; ชนิดพันธุ์ต่างถิ่น; ชนิดพันธุ์ต่างถิ่นรุกราน; ปลาหมอคางดำ
land-degradation | environment | land degradation; soil degradation; desertification; soil erosion | thoái hóa đất; sa mạc hóa; suy thoái đất; xói mòn đất; hoang mạc hóa | ความเสื่อมโทรมของดิน; ดินเสื่อมโทรม; การแปรสภาพเป็นทะเลทราย; การชะล้างพังทลายของดิน; ดินเสื่อม
soil-pollution | environment | soil pollution; soil contamination; contaminated land | ô nhiễm đất; đất bị ô nhiễm; ô nhiễm đất đai | การปนเปื้อนในดิน; มลพิษในดิน; ดินปนเปื้อน; ปนเปื้อนในดิน
land-subsidence | environment | land subsidence; ground subsidence; sinking land; subsidence | sụt lún; sụt lún đất; lún sụt; sụt lún đồng bằng; lún nền | แผ่นดินทรุด; ดินทรุด; การทรุดตัวของแผ่นดิน; พื้นดินทรุด
natural-resources | environment | natural resources; resource depletion | tài nguyên thiên nhiên; cạn kiệt tài nguyên; khai thác tài nguyên | ทรัพยากรธรรมชาติ; ทรัพยากรธรรมชาติและสิ่งแวดล้อม
urban-green-space | environment | urban green space; urban trees; green space; parks; tree felling | cây xanh; mảng xanh; không gian xanh; cây xanh đô thị; chặt hạ cây xanh; công viên cây xanh | พื้นที่สีเขียว; ต้นไม้ใหญ่; สวนสาธารณะ; ตัดต้นไม้
ecotourism | environment | ecotourism; eco-tourism; nature tourism | du lịch sinh thái; du lịch xanh; du lịch bền vững | การท่องเที่ยวเชิงนิเวศ; ท่องเที่ยวเชิงนิเวศ; ท่องเที่ยวเชิงอนุรักษ์
# ---------------------------------------------------------------- environment: water, rivers, sea
water-pollution | environment | water pollution; river pollution; polluted rivers; polluted water | ô nhiễm nguồn nước; ô nhiễm nước; ô nhiễm sông; sông ô nhiễm; ô nhiễm kênh rạch; nước ô nhiễm | มลพิษทางน้ำ; น้ำเน่าเสีย; แม่น้ำเน่าเสีย; น้ำเน่า; คุณภาพน้ำเสื่อมโทรม
wastewater | environment | wastewater; sewage; effluent; wastewater treatment | nước thải; xử lý nước thải; nước thải công nghiệp; nước thải sinh hoạt; hệ thống xử lý nước thải | น้ำเสีย; บำบัดน้ำเสีย; ระบบบำบัดน้ำเสีย; ปล่อยน้ำเสีย
illegal-discharge | environment | illegal discharge; pollution incident; toxic discharge; dumping waste | xả thải trái phép; xả thải ra môi trường; sự cố môi trường; xả thải; chôn lấp chất thải trái phép | ลักลอบปล่อยน้ำเสีย; ลักลอบทิ้งกากอุตสาหกรรม; ลักลอบทิ้งขยะ; ปล่อยน้ำเสียลงแม่น้ำ
mass-fish-deaths | environment | mass fish deaths; fish kills; dead fish | cá chết hàng loạt; cá chết; cá chết trắng; cá chết bất thường | ปลาตาย; ปลาตายเป็นจำนวนมาก; ปลาตายยกบ่อ; ปลาลอยตาย
water-quality | environment | water quality; water monitoring | chất lượng nước; chất lượng nguồn nước; quan trắc nước | คุณภาพน้ำ; ตรวจคุณภาพน้ำ; ค่าออกซิเจนในน้ำ
water-shortage | environment | water shortage; water scarcity; lack of water; water shortages | thiếu nước; thiếu nước sinh hoạt; khan hiếm nước; thiếu nước ngọt; khát nước | ขาดแคลนน้ำ; น้ำไม่พอ; ขาดน้ำ; ปัญหาขาดแคลนน้ำ; ขาดแคลนน้ำอุปโภคบริโภค
water-resources | environment | water resources; water security; water resources management; water management | tài nguyên nước; an ninh nguồn nước; quản lý tài nguyên nước; an ninh nước; nguồn nước | ทรัพยากรน้ำ; บริหารจัดการน้ำ; การบริหารจัดการน้ำ; ความมั่นคงด้านน้ำ
clean-water | environment | clean water; drinking water; water supply; tap water | nước sạch; nước sinh hoạt; cấp nước; nước uống; nước máy | น้ำสะอาด; น้ำดื่ม; น้ำประปา; น้ำอุปโภคบริโภค
groundwater | environment | groundwater; aquifer; groundwater extraction; underground water | nước ngầm; khai thác nước ngầm; nước dưới đất; tầng chứa nước | น้ำบาดาล; น้ำใต้ดิน; บ่อบาดาล
water-saving | environment | water saving; water conservation; saving water | tiết kiệm nước; sử dụng nước tiết kiệm; sử dụng nước tiết kiệm, hiệu quả | ประหยัดน้ำ; ใช้น้ำอย่างประหยัด; ใช้น้ำอย่างรู้คุณค่า
water-storage | environment | water storage; rainwater harvesting; water retention; retention ponds | trữ nước; tích trữ nước; trữ nước mưa; tích nước; hồ điều tiết | กักเก็บน้ำ; เก็บกักน้ำ; แก้มลิง; แหล่งกักเก็บน้ำ; สระเก็บน้ำ
reservoirs | environment | reservoirs; reservoir; dam reservoir; irrigation reservoir | hồ chứa; hồ chứa nước; hồ thủy lợi; hồ đập | อ่างเก็บน้ำ; เขื่อนกักเก็บน้ำ; เขื่อนเก็บน้ำ
reservoir-levels | environment | reservoir levels; dam water levels; water storage levels; dead water level | mực nước hồ; mực nước hồ chứa; mực nước chết; dung tích hồ; mực nước các hồ | ปริมาณน้ำในเขื่อน; ระดับน้ำในเขื่อน; ปริมาณน้ำในอ่างเก็บน้ำ; น้ำในเขื่อน; ปริมาณน้ำใช้การ
irrigation | environment | irrigation; irrigation works; irrigation system | thủy lợi; công trình thủy lợi; tưới tiêu; hệ thống thủy lợi; thuỷ lợi | ชลประทาน; ระบบชลประทาน; การชลประทาน; น้ำชลประทาน
river-basin | environment | river basin; watershed; catchment | lưu vực sông; lưu vực; thượng nguồn sông | ลุ่มน้ำ; ลุ่มแม่น้ำ; พื้นที่ลุ่มน้ำ
mekong-river | environment | Mekong River; Mekong; Mekong basin; Lower Mekong | sông Mekong; sông Mê Kông; Mê Công; Mekong; sông Mê Công; lưu vực sông Mekong | แม่น้ำโขง; ลุ่มน้ำโขง; ลุ่มแม่น้ำโขง; น้ำโขง
mekong-delta | environment | Mekong Delta; Mekong River Delta; Cuu Long Delta | Đồng bằng sông Cửu Long; ĐBSCL; đồng bằng sông Mekong; vùng ĐBSCL; miền Tây Nam Bộ | สามเหลี่ยมปากแม่น้ำโขง; ปากแม่น้ำโขง; ดินดอนสามเหลี่ยมปากแม่น้ำโขง
mekong-water-levels | environment | Mekong water levels; low Mekong water; Mekong drought | mực nước sông Mekong; mực nước sông Mê Kông; sông Mekong cạn; mực nước sông Cửu Long | ระดับน้ำโขง; ระดับน้ำในแม่น้ำโขง; น้ำโขงลด; น้ำโขงแห้ง; น้ำโขงขึ้น
mekong-lancang-cooperation | policy | Mekong–Lancang cooperation; Lancang-Mekong Cooperation; Mekong cooperation | Hợp tác Mekong - Lan Thương; Mekong - Lan Thương; hợp tác Mekong; Hợp tác Mê Kông - Lan Thương | ความร่วมมือแม่โขง-ล้านช้าง; แม่โขง-ล้านช้าง; ความร่วมมือลุ่มน้ำโขง
river-sand-mining | environment | river sand mining; illegal sand mining; sand dredging; sand mining | khai thác cát; khai thác cát trái phép; cát tặc; hút cát; khai thác cát lòng sông | ดูดทราย; การดูดทราย; ทรายแม่น้ำ; ลักลอบดูดทราย; ขุดทราย
wetlands | environment | wetlands; Ramsar sites; Ramsar | đất ngập nước; khu Ramsar; Ramsar; vùng đất ngập nước | พื้นที่ชุ่มน้ำ; แรมซาร์; พื้นที่ชุ่มน้ำที่มีความสำคัญ
mangroves | environment | mangroves; mangrove forests; mangrove forest | rừng ngập mặn; rừng đước; rừng phòng hộ ven biển; cây ngập mặn | ป่าชายเลน; ป่าโกงกาง; ต้นโกงกาง
coral-reefs | environment | coral reefs; corals; coral reef | rạn san hô; san hô; hệ sinh thái san hô | แนวปะการัง; ปะการัง; ปะการังเทียม
seagrass | environment | seagrass; seagrass beds; seagrass meadows | thảm cỏ biển; cỏ biển; thảm cỏ biển ven bờ | หญ้าทะเล; แหล่งหญ้าทะเล; แนวหญ้าทะเล
marine-environment | environment | marine environment; marine pollution; ocean pollution; sea pollution | môi trường biển; ô nhiễm biển; ô nhiễm môi trường biển; tài nguyên biển | สิ่งแวดล้อมทางทะเล; มลพิษทางทะเล; ทรัพยากรทางทะเล; ทรัพยากรทางทะเลและชายฝั่ง
marine-protected-areas | environment | marine protected areas; marine conservation; marine parks; marine reserves | khu bảo tồn biển; bảo tồn biển; khu bảo tồn biển Hòn Mun | อุทยานแห่งชาติทางทะเล; พื้นที่คุ้มครองทางทะเล; อนุรักษ์ทะเล; อนุรักษ์ทรัพยากรทางทะเล
iuu-fishing | environment | illegal fishing; IUU fishing; illegal, unreported and unregulated fishing; destructive fishing | khai thác IUU; thẻ vàng IUU; khai thác hải sản bất hợp pháp; đánh bắt bất hợp pháp; chống khai thác IUU; đánh bắt hủy diệt | ประมงผิดกฎหมาย; การทำประมงผิดกฎหมาย; ไอยูยู; ใบเหลือง IUU; ประมง IUU
overfishing | environment | overfishing; fish stocks; depleted fisheries; aquatic resources | khai thác thủy sản quá mức; cạn kiệt nguồn lợi thủy sản; nguồn lợi thủy sản; bảo vệ nguồn lợi thủy sản | ทรัพยากรสัตว์น้ำ; ทำประมงเกินขนาด; สัตว์น้ำลดลง; ประมงเกินขนาด
algal-bloom | environment | algal bloom; red tide; plankton bloom; harmful algae | tảo nở hoa; thủy triều đỏ; tảo độc; tảo nở hoa bất thường | แพลงก์ตอนบลูม; น้ำทะเลเปลี่ยนสี; ขี้ปลาวาฬ; สาหร่ายบลูม
water-hyacinth | environment | water hyacinth; floating weeds | lục bình; bèo tây; bèo lục bình | ผักตบชวา; วัชพืชน้ำ
# ---------------------------------------------------------------- environment: waste and pollution
environmental-pollution | environment | environmental pollution; pollution; polluting | ô nhiễm môi trường; gây ô nhiễm; gây ô nhiễm môi trường; ô nhiễm nghiêm trọng | มลพิษ; มลภาวะ; มลพิษสิ่งแวดล้อม; ปัญหามลพิษ
environmental-protection | environment | environmental protection; protecting the environment; Law on Environmental Protection | bảo vệ môi trường; Luật Bảo vệ môi trường; BVMT; công tác bảo vệ môi trường | การอนุรักษ์สิ่งแวดล้อม; รักษาสิ่งแวดล้อม; คุ้มครองสิ่งแวดล้อม; พ.ร.บ.ส่งเสริมและรักษาคุณภาพสิ่งแวดล้อมแห่งชาติ; อนุรักษ์สิ่งแวดล้อม
eia | environment | environmental impact assessment; EIA; EHIA; environmental assessment | đánh giá tác động môi trường; ĐTM; báo cáo đánh giá tác động môi trường; báo cáo ĐTM | การประเมินผลกระทบสิ่งแวดล้อม; อีไอเอ; รายงานอีไอเอ; รายงาน EIA; รายงาน EHIA
environmental-violations | environment | environmental violations; environmental fines; environmental crime | vi phạm môi trường; vi phạm về bảo vệ môi trường; vi phạm pháp luật về môi trường; xử phạt vi phạm hành chính trong lĩnh vực bảo vệ môi trường; tội phạm môi trường | ความผิดด้านสิ่งแวดล้อม; ละเมิดกฎหมายสิ่งแวดล้อม; คดีสิ่งแวดล้อม; อาชญากรรมสิ่งแวดล้อม
polluter-pays | policy | polluter pays principle; polluter pays | người gây ô nhiễm phải trả tiền; nguyên tắc người gây ô nhiễm phải trả tiền; người gây ô nhiễm phải trả | ผู้ก่อมลพิษเป็นผู้จ่าย; หลักการผู้ก่อมลพิษเป็นผู้จ่าย
environmental-fees | policy | environmental protection fees; waste collection fees; wastewater fees | phí bảo vệ môi trường; phí thu gom rác; phí vệ sinh; phí bảo vệ môi trường đối với nước thải | ค่าธรรมเนียมเก็บขยะ; ค่าเก็บขยะ; ค่าธรรมเนียมบำบัดน้ำเสีย
plastic-waste | environment | plastic waste; plastic pollution; plastics; plastic litter | rác thải nhựa; chất thải nhựa; ô nhiễm nhựa; ô nhiễm rác thải nhựa; rác nhựa | ขยะพลาสติก; มลพิษพลาสติก; ขยะประเภทพลาสติก
single-use-plastics | environment | single-use plastics; plastic bags; plastic straws; styrofoam boxes | nhựa dùng một lần; túi nilon; túi ni lông; ống hút nhựa; túi ni-lông; hộp xốp; túi nylon | พลาสติกใช้ครั้งเดียว; ถุงพลาสติก; หลอดพลาสติก; กล่องโฟม; งดใช้ถุงพลาสติก
marine-litter | environment | marine litter; marine debris; ocean plastic; marine plastic | rác thải biển; rác thải nhựa đại dương; rác thải nhựa trên biển; rác thải đại dương | ขยะทะเล; ขยะในทะเล; ขยะพลาสติกในทะเล; ขยะทางทะเล
bioplastics | environment | bioplastics; biodegradable plastics; compostable plastics | nhựa sinh học; nhựa phân hủy sinh học; túi phân hủy sinh học; nhựa tự hủy | พลาสติกชีวภาพ; พลาสติกย่อยสลายได้; ไบโอพลาสติก; พลาสติกย่อยสลายได้ทางชีวภาพ
microplastics | environment | microplastics; microplastic; plastic particles | vi nhựa; hạt vi nhựa; vi hạt nhựa | ไมโครพลาสติก; อนุภาคพลาสติก
solid-waste | environment | solid waste; municipal waste; household waste; garbage; trash; rubbish | rác thải sinh hoạt; chất thải rắn sinh hoạt; chất thải rắn; rác sinh hoạt; rác thải | ขยะมูลฝอย; ขยะชุมชน; ขยะครัวเรือน; ขยะ
waste-management | environment | waste management; waste collection; waste treatment; garbage collection | quản lý chất thải; xử lý rác thải; thu gom rác; xử lý chất thải; thu gom, xử lý rác thải | การจัดการขยะ; การกำจัดขยะ; บริหารจัดการขยะ; เก็บขยะ; จัดการขยะ
landfill | environment | landfill; landfills; dumpsite; garbage dump | bãi rác; bãi chôn lấp; chôn lấp rác; bãi rác Đa Phước; bãi rác Nam Sơn; chôn lấp | หลุมฝังกลบ; บ่อขยะ; ฝังกลบขยะ; กองขยะ; ฝังกลบ
waste-incineration | environment | waste incineration; incinerator; incinerators; burning waste | lò đốt rác; nhà máy đốt rác; đốt rác thải; công nghệ đốt rác | เตาเผาขยะ; โรงเผาขยะ; การเผาขยะ
waste-sorting | environment | waste sorting; waste separation; source separation; sorting rubbish | phân loại rác; phân loại rác tại nguồn; phân loại chất thải; phân loại chất thải rắn sinh hoạt | คัดแยกขยะ; การคัดแยกขยะ; แยกขยะ; ขยะรีไซเคิล
hazardous-waste | environment | hazardous waste; toxic waste; industrial waste; chemical waste | chất thải nguy hại; chất thải công nghiệp; chất thải độc hại; rác thải công nghiệp | ขยะอันตราย; ของเสียอันตราย; กากอุตสาหกรรม; ขยะพิษ; กากของเสีย
e-waste | environment | electronic waste; e-waste; waste electronics | rác thải điện tử; chất thải điện tử; phế liệu điện tử | ขยะอิเล็กทรอนิกส์; ซากผลิตภัณฑ์เครื่องใช้ไฟฟ้า; ซากอิเล็กทรอนิกส์
medical-waste | environment | medical waste; hospital waste; infectious waste | chất thải y tế; rác thải y tế; chất thải lây nhiễm | ขยะติดเชื้อ; ขยะทางการแพทย์; มูลฝอยติดเชื้อ
scrap-imports | environment | scrap imports; imported waste; waste imports; imported scrap | nhập khẩu phế liệu; phế liệu nhập khẩu; nhập khẩu phế liệu nhựa; container phế liệu | นำเข้าขยะ; นำเข้าเศษพลาสติก; ขยะนำเข้า; นำเข้าขยะอิเล็กทรอนิกส์
recycling | environment | recycling; recycle; recycled materials | tái chế; tái chế rác; tái chế chất thải; tái sử dụng | รีไซเคิล; การรีไซเคิล; นำกลับมาใช้ใหม่; นำมาใช้ซ้ำ
circular-economy | policy | circular economy; circularity | kinh tế tuần hoàn; mô hình kinh tế tuần hoàn | เศรษฐกิจหมุนเวียน
bcg-economy | policy | Bio-Circular-Green economy; BCG model; BCG economy | mô hình kinh tế BCG; kinh tế sinh học - tuần hoàn - xanh; kinh tế BCG | เศรษฐกิจชีวภาพ เศรษฐกิจหมุนเวียน และเศรษฐกิจสีเขียว; โมเดลเศรษฐกิจ BCG; เศรษฐกิจ BCG; บีซีจีโมเดล
extended-producer-responsibility | policy | extended producer responsibility; EPR; producer responsibility | trách nhiệm mở rộng của nhà sản xuất; trách nhiệm mở rộng của nhà sản xuất, nhập khẩu | ความรับผิดชอบของผู้ผลิตที่ขยายขอบเขต; การขยายความรับผิดชอบของผู้ผลิต
pesticides | environment | pesticides; agrochemicals; paraquat; glyphosate; chemical fertilisers | thuốc bảo vệ thực vật; thuốc trừ sâu; hóa chất nông nghiệp; thuốc diệt cỏ; glyphosate | สารเคมีกำจัดศัตรูพืช; ยาฆ่าแมลง; พาราควอต; ไกลโฟเซต; สารเคมีเกษตร
organic-farming | environment | organic farming; organic agriculture; organic produce | nông nghiệp hữu cơ; canh tác hữu cơ; sản phẩm hữu cơ | เกษตรอินทรีย์; ผลิตภัณฑ์อินทรีย์
heavy-metals | environment | heavy metals; lead poisoning; mercury; arsenic; cadmium | kim loại nặng; nhiễm chì; thủy ngân; thạch tín; nhiễm asen; cadimi | โลหะหนัก; สารตะกั่ว; สารปรอท; สารหนู; แคดเมียม
chemical-leaks | environment | chemical leaks; toxic gas leak; chemical spill; ammonia leak | rò rỉ hóa chất; rò rỉ khí độc; rò rỉ khí amoniac; khí độc | สารเคมีรั่วไหล; ก๊าซพิษรั่ว; แอมโมเนียรั่ว; ก๊าซรั่ว; สารเคมีรั่ว
dioxin | environment | dioxin; Agent Orange; dioxin contamination | dioxin; chất độc da cam; nhiễm dioxin; chất độc da cam/dioxin | ไดออกซิน; สารไดออกซิน; ฝนเหลือง
asbestos | environment | asbestos; asbestos roofing | amiăng; a-mi-ăng; amiang; tấm lợp amiăng | แร่ใยหิน; ใยหิน
# ---------------------------------------------------------------- policy and economy
sustainable-development | policy | sustainable development; sustainability; SDGs; Sustainable Development Goals | phát triển bền vững; mục tiêu phát triển bền vững; SDG; các Mục tiêu phát triển bền vững | การพัฒนาที่ยั่งยืน; ความยั่งยืน; เป้าหมายการพัฒนาที่ยั่งยืน; พัฒนาอย่างยั่งยืน
green-growth | policy | green growth; green growth strategy | tăng trưởng xanh; chiến lược tăng trưởng xanh; Chiến lược quốc gia về tăng trưởng xanh | การเติบโตสีเขียว; เติบโตสีเขียว; การเติบโตแบบสีเขียว
green-economy | policy | green economy | kinh tế xanh; nền kinh tế xanh | เศรษฐกิจสีเขียว
green-transition | policy | green transition; green transformation; going green | chuyển đổi xanh; chuyển dịch xanh; xanh hóa; chuyển đổi kép | การเปลี่ยนผ่านสีเขียว; เปลี่ยนผ่านสู่สีเขียว; เปลี่ยนผ่านสู่เศรษฐกิจสีเขียว
green-finance | policy | green finance; green credit; sustainable finance; green banking | tài chính xanh; tín dụng xanh; ngân hàng xanh; tài chính bền vững | การเงินสีเขียว; สินเชื่อสีเขียว; การเงินที่ยั่งยืน; สินเชื่อเพื่อสิ่งแวดล้อม
green-bonds | policy | green bonds; green bond; sustainability bonds | trái phiếu xanh; trái phiếu bền vững | พันธบัตรสีเขียว; กรีนบอนด์; หุ้นกู้สีเขียว; พันธบัตรเพื่อความยั่งยืน
esg | policy | ESG; environmental, social and governance; ESG reporting | ESG; môi trường, xã hội và quản trị; tiêu chuẩn ESG; báo cáo ESG | อีเอสจี; สิ่งแวดล้อม สังคม และธรรมาภิบาล; หลัก ESG; มาตรฐาน ESG
green-taxonomy | policy | green taxonomy; ASEAN taxonomy; taxonomy for sustainable finance | phân loại xanh; danh mục phân loại xanh; Bộ tiêu chí phân loại xanh | อนุกรมวิธานสีเขียว; มาตรฐานการจัดกลุ่มกิจกรรมทางเศรษฐกิจที่คำนึงถึงสิ่งแวดล้อม
greenwashing | policy | greenwashing; green washing | tẩy xanh; quảng cáo xanh sai sự thật | ฟอกเขียว; การฟอกเขียว
green-jobs | policy | green jobs; green employment; green skills | việc làm xanh; kỹ năng xanh | งานสีเขียว; อาชีพสีเขียว
eco-industrial-parks | policy | eco-industrial parks; eco-industrial park; green industrial parks | khu công nghiệp sinh thái; khu công nghiệp xanh | นิคมอุตสาหกรรมเชิงนิเวศ; เมืองอุตสาหกรรมเชิงนิเวศ; อุตสาหกรรมสีเขียว
smart-city | policy | smart city; smart cities; smart urban development | thành phố thông minh; đô thị thông minh | เมืองอัจฉริยะ; สมาร์ทซิตี้; สมาร์ทซิตี
green-city | policy | green city; eco-city; livable city; sustainable city | thành phố xanh; đô thị xanh; đô thị sinh thái; thành phố đáng sống | เมืองสีเขียว; เมืองน่าอยู่; เมืองนิเวศ
environmental-awareness | environment | environmental awareness; green living; green lifestyle; eco-friendly | ý thức bảo vệ môi trường; sống xanh; lối sống xanh; thân thiện với môi trường; nâng cao nhận thức về môi trường | จิตสำนึกรักษ์สิ่งแวดล้อม; รักษ์โลก; เป็นมิตรกับสิ่งแวดล้อม; รักษ์สิ่งแวดล้อม
world-environment-day | environment | World Environment Day; Environment Day | Ngày Môi trường thế giới; Ngày Môi trường Thế giới 5/6; Tháng hành động vì môi trường | วันสิ่งแวดล้อมโลก; วันสิ่งแวดล้อมไทย
nature-based-solutions | climate | nature-based solutions; NbS; ecosystem-based adaptation | giải pháp dựa vào thiên nhiên; giải pháp dựa trên thiên nhiên; thích ứng dựa vào hệ sinh thái | การแก้ปัญหาโดยใช้ธรรมชาติเป็นพื้นฐาน; แนวทางที่อาศัยธรรมชาติ; การปรับตัวโดยใช้ระบบนิเวศ
energy-policy | policy | energy policy; national energy policy; energy strategy | chính sách năng lượng; chính sách phát triển năng lượng; chiến lược năng lượng; định hướng chiến lược phát triển năng lượng quốc gia | นโยบายพลังงาน; นโยบายด้านพลังงาน; ยุทธศาสตร์พลังงาน
energy-law | policy | energy law; Electricity Law; petroleum law; renewable energy law | Luật Điện lực; luật điện lực; Luật Dầu khí; luật năng lượng tái tạo; Luật Sử dụng năng lượng tiết kiệm và hiệu quả | พ.ร.บ.การประกอบกิจการพลังงาน; กฎหมายพลังงาน; พ.ร.บ.ปิโตรเลียม; กฎหมายปิโตรเลียม; พ.ร.บ.การส่งเสริมการอนุรักษ์พลังงาน
energy-regulator | policy | energy regulator; electricity regulator; regulatory commission; electricity regulatory authority | Cục Điều tiết điện lực; điều tiết điện lực; cơ quan điều tiết điện lực | คณะกรรมการกำกับกิจการพลังงาน; กกพ.; เรกูเลเตอร์; หน่วยงานกำกับกิจการพลังงาน
asean-energy-cooperation | policy | ASEAN energy cooperation; regional energy cooperation; energy cooperation | hợp tác năng lượng ASEAN; hợp tác năng lượng khu vực; hợp tác về năng lượng; hợp tác năng lượng | ความร่วมมือด้านพลังงานอาเซียน; ความร่วมมือด้านพลังงาน; ความร่วมมือทางด้านพลังงาน
apaec | policy | ASEAN Plan of Action for Energy Cooperation; APAEC; APAEC 2016-2025 | Kế hoạch hành động hợp tác năng lượng ASEAN; APAEC; Kế hoạch Hành động ASEAN về Hợp tác Năng lượng | แผนปฏิบัติการอาเซียนว่าด้วยความร่วมมือด้านพลังงาน; แผนปฏิบัติการความร่วมมือด้านพลังงานอาเซียน; แผน APAEC
asean-centre-for-energy | policy | ASEAN Centre for Energy; ACE; ASEAN Center for Energy | Trung tâm Năng lượng ASEAN | ศูนย์พลังงานอาเซียน
trans-asean-gas-pipeline | energy | Trans-ASEAN Gas Pipeline; TAGP; ASEAN gas pipeline | Đường ống dẫn khí xuyên ASEAN; đường ống khí xuyên ASEAN | ท่อส่งก๊าซธรรมชาติอาเซียน; โครงการท่อส่งก๊าซข้ามอาเซียน; ท่อส่งก๊าซอาเซียน
"""

# ---------------------------------------------------------------- building


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def parse_concepts(table: str = CONCEPTS) -> list[dict]:
    """Parse the table into dicts (slug, category, en/vi/th: list of forms, main first)."""
    concepts = []
    for lineno, raw in enumerate(table.splitlines(), 1):
        line = nfc(raw).strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|")]
        if len(parts) != 5:
            raise ValueError(f"line {lineno}: expected 5 '|'-separated columns, got {len(parts)}: {line[:60]}")
        slug, category, *langs = parts
        concept = {"slug": slug, "category": category}
        for lang, column in zip(("en", "vi", "th"), langs, strict=True):
            forms, seen = [], set()
            for form in column.split(";"):
                form = " ".join(form.split())
                key = form.casefold()
                if form and key not in seen:  # no repeats, and no variant repeating the main name
                    seen.add(key)
                    forms.append(form)
            if not forms:
                raise ValueError(f"{slug}: no {lang} name")
            concept[lang] = forms
        concepts.append(concept)
    validate(concepts)
    return concepts


def validate(concepts: list[dict]) -> None:
    slugs, names = set(), set()
    for c in concepts:
        slug = c["slug"]
        if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", slug) or len(slug) > 100:
            raise ValueError(f"bad slug {slug!r}")
        if slug in slugs:
            raise ValueError(f"duplicate slug {slug!r}")
        slugs.add(slug)
        if c["category"] not in CATEGORIES:
            raise ValueError(f"{slug}: bad category {c['category']!r}")
        if c["en"][0].casefold() in names:
            raise ValueError(f"{slug}: duplicate English name {c['en'][0]!r}")
        names.add(c["en"][0].casefold())
        for lang in ("en", "vi", "th"):
            for form in c[lang]:
                if len(form) > 200:
                    raise ValueError(f"{slug}: {lang} form longer than 200 chars")
                if any(unicodedata.category(ch)[0] == "C" for ch in form):
                    raise ValueError(f"{slug}: control/format character in {form!r}")
        if any(THAI_RE.search(f) for f in c["vi"] + c["en"]):
            raise ValueError(f"{slug}: Thai script in an English/Vietnamese form")
        if not all(THAI_RE.search(f) for f in c["th"]):
            raise ValueError(f"{slug}: a Thai form without Thai script: {c['th']}")


def fixture_objects(concepts: list[dict]) -> list[dict]:
    objects = []
    for pk, c in enumerate(concepts, 1):
        objects.append(
            {
                "model": "archive.concept",
                "pk": pk,
                "fields": {
                    "slug": c["slug"],
                    "category": c["category"],
                    "name_en": c["en"][0],
                    "name_vi": c["vi"][0],
                    "name_th": c["th"][0],
                    "variants_en": "\n".join(c["en"][1:]),
                    "variants_vi": "\n".join(c["vi"][1:]),
                    "variants_th": "\n".join(c["th"][1:]),
                    "created": NOW,
                    "updated": NOW,
                },
            }
        )
    return objects


def render(concepts: list[dict] | None = None) -> str:
    objects = fixture_objects(concepts if concepts is not None else parse_concepts())
    return nfc(json.dumps(objects, ensure_ascii=False, indent=1)) + "\n"


def build(path: Path | str = FIXTURE) -> int:
    """Write the fixture to `path`; return the number of concepts."""
    concepts = parse_concepts()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(render(concepts).encode("utf-8"))
    return len(concepts)


# ---------------------------------------------------------------- corpus check


def _trie_pattern(words: list[str]) -> str:
    """A regex matching any of `words`, built as a trie (longest alternative first)."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def rec(node: dict) -> str:
        end = "" in node
        branches = [re.escape(ch) + rec(child) for ch, child in sorted(node.items()) if ch != ""]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            body = "(?:" + body + ")?"
        return body

    return rec(trie)


class FormCounter:
    """Counts, per form, the documents containing it (case-insensitive substring).

    One pass per document: a trie regex inside a lookahead reports, at every
    position, the longest form starting there; forms that are substrings of a
    found form are then added (they occur too), which makes the set exact.
    """

    def __init__(self, forms: list[str]):
        self.forms = sorted({f.casefold() for f in forms if f})
        self.regex = re.compile("(?=(" + _trie_pattern(self.forms) + "))")
        self.contained = {f: [g for g in self.forms if g != f and g in f] for f in self.forms}
        self.counts = dict.fromkeys(self.forms, 0)
        self.documents = 0

    def feed(self, text: str) -> None:
        self.documents += 1
        found = {m.group(1) for m in self.regex.finditer(nfc(text).casefold()) if m.group(1)}
        for f in list(found):
            found.update(self.contained[f])
        for f in found:
            self.counts[f] += 1

    def count(self, form: str) -> int:
        return self.counts.get(form.casefold(), 0)


def iter_vi_documents(path: Path = VI_CORPUS):
    with tarfile.open(path, "r:xz") as tar:
        for member in tar:
            if member.isfile() and member.name.endswith(".txt"):
                yield tar.extractfile(member).read().decode("utf-8", errors="replace")


TH_TEXT_KEYS = ("title", "description", "keywords", "content")


def iter_th_documents(path: Path = TH_CORPUS, broken: list | None = None):
    with tarfile.open(path, "r:xz") as tar:
        for member in tar:
            if not (member.isfile() and member.name.endswith(".json")):
                continue
            try:
                data = json.loads(tar.extractfile(member).read().decode("utf-8"))
            except (ValueError, UnicodeDecodeError):
                if broken is not None:
                    broken.append(member.name)
                continue
            yield "\n".join(str(data.get(k) or "") for k in TH_TEXT_KEYS)


def check_corpora(out=sys.stdout, counts_json: Path | None = None) -> dict:
    concepts = parse_concepts()
    vi = FormCounter([f for c in concepts for f in c["vi"]])
    th = FormCounter([f for c in concepts for f in c["th"]])
    t0 = time.monotonic()
    for text in iter_vi_documents():
        vi.feed(text)
    t1 = time.monotonic()
    broken: list[str] = []
    for text in iter_th_documents(broken=broken):
        th.feed(text)
    t2 = time.monotonic()
    print(f"vi: {vi.documents} documents, {len(vi.forms)} forms, {t1 - t0:.0f}s", file=out)
    print(
        f"th: {th.documents} documents, {len(th.forms)} forms, {t2 - t1:.0f}s; broken JSON skipped: {broken}", file=out
    )
    both = vi_found = th_found = 0
    report = {}
    for c in concepts:
        vc = {f: vi.count(f) for f in c["vi"]}
        tc = {f: th.count(f) for f in c["th"]}
        has_vi, has_th = any(vc.values()), any(tc.values())
        vi_found += has_vi
        th_found += has_th
        both += has_vi and has_th
        report[c["slug"]] = {"vi": vc, "th": tc}
        flag = ("" if has_vi else " NO-VI") + ("" if has_th else " NO-TH")
        print(f"{c['slug']}{flag}", file=out)
        print("  vi: " + "; ".join(f"{f} {n}" for f, n in vc.items()), file=out)
        print("  th: " + "; ".join(f"{f} {n}" for f, n in tc.items()), file=out)
    summary = (
        f"{len(concepts)} concepts; {vi_found} with a Vietnamese form found in baomoi-vi, "
        f"{th_found} with a Thai form found in dailynews-th, {both} with both."
    )
    print(summary, file=out)
    if counts_json:
        Path(counts_json).write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    return {"concepts": len(concepts), "vi": vi_found, "th": th_found, "both": both}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, default=FIXTURE, help="where to write the fixture")
    parser.add_argument(
        "--check-corpora",
        action="store_true",
        help="count the articles containing each vi/th form (reads both corpora once)",
    )
    parser.add_argument("--counts-json", type=Path, help="with --check-corpora: also dump the counts as JSON")
    args = parser.parse_args(argv)
    if args.check_corpora:
        check_corpora(counts_json=args.counts_json)
        return
    n = build(args.output)
    print(f"wrote {n} concepts to {args.output}")


if __name__ == "__main__":
    main()
