#!/usr/bin/env python
"""Write three invented Japanese municipal plan documents (test material).

  (a) kirigasawa_jisatsu_taisaku_2ki.html
        霧ヶ沢町 第2期自殺対策計画 -- CMS web page
  (b) shinonomehara_jyuseikatsu_chojumyoka.pdf
        東雲原市 住生活基本計画（第2次）・公営住宅等長寿命化計画 -- reportlab PDF
  (c) kusuura_chukatsu_2ki.docx
        楠浦市 中心市街地活性化基本計画（第2期） -- Word .docx (ENDED 令和7年3月)

All towns, people, addresses and phone numbers are invented.

usage: python make_invented24.py OUTPUT_DIR
"""
import os
import sys

FONT_PATH = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"

HTML_NAME = "kirigasawa_jisatsu_taisaku_2ki.html"
PDF_NAME = "shinonomehara_jyuseikatsu_chojumyoka.pdf"
DOCX_NAME = "kusuura_chukatsu_2ki.docx"


# ---------------------------------------------------------------------------
# (a) 霧ヶ沢町 第2期自殺対策計画 : CMS web page
# ---------------------------------------------------------------------------

HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>第2期霧ヶ沢町自殺対策計画を策定しました - 霧ヶ沢町ホームページ</title>
<meta name="description" content="霧ヶ沢町では、令和6年度から令和10年度までを計画期間とする第2期霧ヶ沢町自殺対策計画を策定しました。">
<link rel="stylesheet" href="/shared/templates/free/css/common.css">
<link rel="stylesheet" href="/shared/templates/free/css/print.css" media="print">
<script src="/shared/js/jquery.js"></script>
<script src="/shared/js/textsize.js"></script>
</head>
<body class="page-free">
<div id="tmp_wrapper">
<noscript><p>このサイトではJavaScriptを使用したコンテンツ・機能を提供しています。JavaScriptを有効にするとご利用いただけます。</p></noscript>
<p class="skip"><a href="#tmp_contents">本文へスキップします。</a></p>

<header id="tmp_header">
  <div class="container">
    <div id="tmp_hlogo"><a href="/"><img src="/shared/images/header/logo.png" alt="霧ヶ沢町"><span>霧ヶ沢町ホームページ</span></a></div>
    <ul id="tmp_hnavi_s">
      <li><a href="/sitemap.html">サイトマップ</a></li>
      <li><a href="/foreign/index.html" lang="en">Foreign Language</a></li>
      <li><a href="/soshiki/index.html">組織から探す</a></li>
    </ul>
    <div id="tmp_means">
      <p>文字サイズ <a href="javascript:void(0);" class="ts_normal">標準</a> <a href="javascript:void(0);" class="ts_large">拡大</a></p>
      <p>背景色 <a href="javascript:void(0);">白</a> <a href="javascript:void(0);">黒</a> <a href="javascript:void(0);">青</a></p>
    </div>
    <form id="tmp_gsearch" action="/search/result.html" method="get">
      <label for="tmp_query">サイト内検索</label>
      <input id="tmp_query" type="text" name="q" placeholder="キーワードを入力">
      <input type="submit" value="検索">
    </form>
  </div>
  <nav id="tmp_gnavi">
    <ul>
      <li><a href="/kurashi/index.html">くらし・手続き</a></li>
      <li><a href="/kosodate/index.html">子育て・教育</a></li>
      <li><a href="/kenko/index.html">健康・福祉</a></li>
      <li><a href="/sangyo/index.html">産業・観光</a></li>
      <li><a href="/chosei/index.html">町政情報</a></li>
      <li><a href="/bosai/index.html">防災・安全</a></li>
    </ul>
  </nav>
</header>

<div id="tmp_pankuzu">
  <p><a href="/">ホーム</a> &gt; <a href="/kenko/index.html">健康・福祉</a> &gt; <a href="/kenko/kenkodukuri/index.html">健康づくり</a> &gt; <a href="/kenko/kenkodukuri/kokoro/index.html">こころの健康</a> &gt; 第2期霧ヶ沢町自殺対策計画を策定しました</p>
</div>

<div id="tmp_wrap_main" class="column_lnavi">
<main id="tmp_main">
<div id="tmp_contents">

<h1>第2期霧ヶ沢町自殺対策計画を策定しました</h1>
<div class="update">
  <p>ページ番号：3417</p>
  <p>更新日：2024年3月29日</p>
</div>

<p>町では、平成31年3月に「霧ヶ沢町自殺対策計画」を策定し、誰も自殺に追い込まれることのない町を目指して取組を進めてきました。第1期計画の期間が令和5年度で終了することから、これまでの取組の評価と、令和4年10月に閣議決定された新たな自殺総合対策大綱を踏まえ、「第2期霧ヶ沢町自殺対策計画」を策定しました。</p>

<h2>計画の概要</h2>
<h3>1 計画の位置づけ</h3>
<p>本計画は、自殺対策基本法第13条第2項に定める「市町村自殺対策計画」です。「第6次霧ヶ沢町総合計画」を上位計画とし、「健康きりがさわ21（第3次）」や「霧ヶ沢町地域福祉計画」などの関連計画と整合を図っています。</p>
<h3>2 計画の期間</h3>
<p>令和6年度（2024年度）から令和10年度（2028年度）までの5年間です。国の大綱の見直しや社会情勢の変化などにより、必要に応じて見直しを行います。</p>
<h3>3 基本理念</h3>
<p class="catch"><strong>「つながりで いのちを支える 霧ヶ沢」</strong></p>
<p>自殺は、その多くが追い込まれた末の死であり、防ぐことのできる社会的な問題です。町・関係機関・地域・住民が連携し、「生きることの包括的な支援」として自殺対策を推進します。</p>

<h2>霧ヶ沢町の自殺をめぐる現状</h2>
<ul>
  <li>平成30年から令和4年までの5年間に、町内で14人の方が自殺により亡くなっています（厚生労働省「地域における自殺の基礎資料」）。</li>
  <li>5年間の平均の自殺死亡率（人口10万人当たり）は24.6で、全国（16.4）や県（19.8）を上回っています。</li>
  <li>性別では男性が10人と全体の約7割を占め、年代別では60歳以上が8人と半数を超えています。</li>
  <li>原因・動機別では「健康問題」が最も多く、次いで「経済・生活問題」、「家庭問題」の順となっています。</li>
  <li>令和5年度の住民意識調査では、「この1年以内に本気で自殺したいと考えたことがある」と回答した人が6.8%いました。</li>
  <li>いのち支える自殺対策推進センターの「地域自殺実態プロファイル」では、本町の重点パッケージとして「高齢者」「生活困窮者」「勤務・経営」が推奨されています。</li>
</ul>
<p>なお、第1期計画で掲げた7項目の数値目標のうち、達成は3項目、改善したものの未達成が2項目、悪化が2項目でした。</p>

<h2>施策の体系</h2>
<p>国が示す「地域自殺対策政策パッケージ」に基づき、すべての市町村で取り組む5つの基本施策と、本町の実情に応じた3つの重点施策により取組を進めます。</p>
<h3>基本施策</h3>
<ol>
  <li>地域におけるネットワークの強化</li>
  <li>自殺対策を支える人材の育成</li>
  <li>住民への啓発と周知</li>
  <li>生きることの促進要因への支援</li>
  <li>児童生徒のSOSの出し方に関する教育</li>
</ol>
<h3>重点施策</h3>
<ol>
  <li>高齢者への支援</li>
  <li>生活困窮者への支援</li>
  <li>勤務・経営問題への支援（町内事業所・農業者を含む）</li>
</ol>
<h3>主な取組</h3>
<ul>
  <li>ゲートキーパー養成講座を年2回以上開催し、役場の全職員、民生委員・児童委員、理容・美容店や薬局など住民と接する機会の多い事業者に受講を呼びかけます。</li>
  <li>毎月第3水曜日に、保健センターで「こころの健康相談」（精神科医・公認心理師による相談、予約制・無料）を行います。</li>
  <li>9月の自殺予防週間と3月の自殺対策強化月間に、広報「きりがさわ」、町公式LINE、町立図書館の特設展示などで相談窓口を周知します。</li>
  <li>「霧ヶ沢町見守りネットワーク」の協定締結事業所（令和5年度末現在42事業所）と連携し、高齢者の見守り活動を続けます。</li>
  <li>町内の全小中学校（小学校2校・中学校1校）で、SOSの出し方に関する授業を実施します。</li>
</ul>

<h2>数値目標</h2>
<table class="datatable">
<caption>第2期計画の数値目標</caption>
<thead>
<tr><th scope="col">区分</th><th scope="col">指標</th><th scope="col">基準値</th><th scope="col">目標値（令和10年度）</th></tr>
</thead>
<tbody>
<tr><th scope="row">全体目標</th><td>自殺死亡率（人口10万人当たり、5年平均）</td><td>24.6（平成30年～令和4年）</td><td>17.2以下（令和6年～令和10年）</td></tr>
<tr><th scope="row" rowspan="5">取組目標</th><td>ゲートキーパー養成講座の受講者数（累計）</td><td>312人（令和4年度末）</td><td>600人</td></tr>
<tr><td>相談窓口を知っている住民の割合</td><td>38.5%（令和5年度調査）</td><td>60%以上</td></tr>
<tr><td>悩みを相談できる人がいる住民の割合</td><td>71.2%（令和5年度調査）</td><td>80%以上</td></tr>
<tr><td>SOSの出し方に関する教育を実施している学校数</td><td>1校（令和4年度）</td><td>3校（全校）</td></tr>
<tr><td>見守りネットワーク協定締結事業所数</td><td>42事業所（令和5年度末）</td><td>55事業所</td></tr>
</tbody>
</table>
<p class="note">※自殺死亡率は、人口規模が小さく年ごとの変動が大きいため、5年間の平均値で評価します。国の大綱の目標（令和8年までに平成27年比30%以上減少）を踏まえて設定しました。</p>

<h2>相談窓口</h2>
<p>ひとりで悩まず、まずはご相談ください。相談は無料で、秘密は守られます。</p>
<table class="datatable">
<caption>主な相談窓口一覧</caption>
<thead>
<tr><th scope="col">相談内容</th><th scope="col">相談窓口</th><th scope="col">電話番号</th><th scope="col">受付時間</th></tr>
</thead>
<tbody>
<tr><td>こころの健康、眠れない、気分が落ち込む</td><td>霧ヶ沢町保健センター（健康福祉課 保健予防係）</td><td>0287-64-3181</td><td>月曜日～金曜日 8時30分～17時15分</td></tr>
<tr><td>高齢者の生活・介護の悩み</td><td>霧ヶ沢町地域包括支援センター</td><td>0287-64-3190</td><td>月曜日～金曜日 8時30分～17時15分</td></tr>
<tr><td>生活費・借金・仕事がない</td><td>霧ヶ沢町社会福祉協議会 くらしサポートセンター</td><td>0287-64-5520</td><td>月曜日～金曜日 9時～17時</td></tr>
<tr><td>子どもの悩み、いじめ、不登校</td><td>霧ヶ沢町教育相談室「ひだまり」</td><td>0287-64-2275</td><td>月曜日～金曜日 9時～16時（学校休業日を除く）</td></tr>
<tr><td>事業の経営、資金繰り</td><td>霧ヶ沢町商工会</td><td>0287-64-2033</td><td>月曜日～金曜日 8時30分～17時</td></tr>
<tr><td>夜間・休日のこころの悩み</td><td>こころの健康相談統一ダイヤル</td><td>0570-064-556</td><td>受付時間は都道府県により異なります</td></tr>
</tbody>
</table>
<p class="note">※「こころの健康相談」（毎月第3水曜日）は予約制です。保健センターへお電話でお申し込みください。</p>

<h2>策定の経過</h2>
<table class="datatable">
<thead>
<tr><th scope="col">時期</th><th scope="col">内容</th></tr>
</thead>
<tbody>
<tr><td>令和5年7月3日～7月21日</td><td>こころの健康に関する住民意識調査（町内在住の20歳以上1,500人を無作為抽出、回収率41.3%）</td></tr>
<tr><td>令和5年8月24日</td><td>第1回霧ヶ沢町自殺対策推進委員会（第1期計画の評価）</td></tr>
<tr><td>令和5年11月16日</td><td>第2回霧ヶ沢町自殺対策推進委員会（計画素案の検討）</td></tr>
<tr><td>令和6年1月9日～2月8日</td><td>パブリックコメント（2人から3件の意見）</td></tr>
<tr><td>令和6年2月22日</td><td>第3回霧ヶ沢町自殺対策推進委員会（計画案の承認）</td></tr>
<tr><td>令和6年3月</td><td>計画策定</td></tr>
</tbody>
</table>
<p>霧ヶ沢町自殺対策推進委員会は、医師会、警察署、民生委員児童委員協議会、商工会、学校長会などの代表13人で構成しています（委員長：那須野中央病院 精神科部長 高森 直樹）。</p>

<h2>用語の説明</h2>
<dl>
  <dt>ゲートキーパー</dt>
  <dd>悩んでいる人に気づき、声をかけ、話を聞いて、必要な支援につなげ、見守る人のことです。特別な資格は必要ありません。</dd>
  <dt>自殺死亡率</dt>
  <dd>人口10万人当たりの自殺者数のことです。</dd>
  <dt>地域自殺実態プロファイル</dt>
  <dd>いのち支える自殺対策推進センターが、市区町村ごとの自殺の実態を分析して提供している資料です。</dd>
</dl>

<h2>計画書のダウンロード</h2>
<ul class="objectlink">
  <li class="pdf"><a href="/material/files/group/7/jisatsutaisaku2_honpen.pdf">第2期霧ヶ沢町自殺対策計画（本編）（PDF：2.4MB）</a></li>
  <li class="pdf"><a href="/material/files/group/7/jisatsutaisaku2_gaiyo.pdf">第2期霧ヶ沢町自殺対策計画（概要版）（PDF：680KB）</a></li>
</ul>
<p>計画書は、役場1階の健康福祉課窓口、保健センター、町立図書館でもご覧いただけます。</p>
<div class="plugin">
  <p>PDF形式のファイルをご利用するためには、「Adobe Acrobat Reader」が必要です。お持ちでない方は、アドビ社のサイトからダウンロード（無料）してください。</p>
</div>

<div id="tmp_inquiry">
  <div id="tmp_inquiry_ttl"><p>このページに関するお問い合わせ</p></div>
  <div id="tmp_inquiry_cnt">
    <p>健康福祉課 保健予防係（霧ヶ沢町保健センター）<br>
    〒329-2841 霧ヶ沢町大字本郷1520番地<br>
    電話番号：0287-64-3181<br>
    ファクス番号：0287-64-3189</p>
    <p class="inquiry_btn"><a href="/cgi-bin/inquiry.php/12?page_no=3417">お問い合わせフォーム</a></p>
  </div>
</div>

</div><!-- /tmp_contents -->
</main>

<aside id="tmp_lnavi">
  <div id="tmp_lnavi_ttl"><p><a href="/kenko/kenkodukuri/kokoro/index.html">こころの健康</a></p></div>
  <div id="tmp_lnavi_cnt">
    <ul>
      <li><a href="/kenko/kenkodukuri/kokoro/soudan.html">こころの健康相談</a></li>
      <li><a href="/kenko/kenkodukuri/kokoro/gatekeeper.html">ゲートキーパー養成講座</a></li>
      <li><a href="/kenko/kenkodukuri/kokoro/jisatsutaisaku2.html">第2期霧ヶ沢町自殺対策計画を策定しました</a></li>
    </ul>
  </div>
</aside>
</div>

<div id="tmp_pagetop"><a href="#tmp_wrapper">このページの先頭へ戻る</a></div>

<footer id="tmp_footer">
  <ul id="tmp_fnavi">
    <li><a href="/about/site.html">このサイトについて</a></li>
    <li><a href="/about/privacy.html">個人情報の取り扱い</a></li>
    <li><a href="/about/accessibility.html">ウェブアクセシビリティ方針</a></li>
    <li><a href="/about/link.html">リンク集</a></li>
  </ul>
  <div id="tmp_footer_cnt">
    <p class="name">霧ヶ沢町役場</p>
    <address>〒329-2892 霧ヶ沢町大字本郷1番地1　電話番号：0287-64-1111（代表）</address>
    <p>開庁時間：月曜日から金曜日の午前8時30分から午後5時15分まで（祝日・休日、年末年始を除く）</p>
  </div>
  <p id="tmp_copyright" lang="en">Copyright &copy; Kirigasawa Town. All Rights Reserved.</p>
</footer>
</div><!-- /tmp_wrapper -->
</body>
</html>
"""


def write_html(directory):
    with open(os.path.join(directory, HTML_NAME), "w", encoding="utf-8") as f:
        f.write(HTML)


# ---------------------------------------------------------------------------
# (b) 東雲原市 住生活基本計画・公営住宅等長寿命化計画 : reportlab PDF
# ---------------------------------------------------------------------------

PDF_TITLE = "東雲原市住生活基本計画（第2次）・東雲原市公営住宅等長寿命化計画"


def write_pdf(directory):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    if "IPAexGothic" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("IPAexGothic", FONT_PATH))
    F = "IPAexGothic"

    body = ParagraphStyle("body", fontName=F, fontSize=9.5, leading=15.5,
                          wordWrap="CJK", firstLineIndent=9.5, spaceAfter=3)
    plain = ParagraphStyle("plain", parent=body, firstLineIndent=0)
    item = ParagraphStyle("item", parent=body, firstLineIndent=-9.5,
                          leftIndent=19)
    note = ParagraphStyle("note", parent=body, fontSize=8, leading=12,
                          firstLineIndent=0, leftIndent=4)
    h1 = ParagraphStyle("h1", fontName=F, fontSize=15, leading=22,
                        spaceBefore=4, spaceAfter=10, textColor=colors.white,
                        backColor=colors.HexColor("#2f5d8a"), borderPadding=4)
    h2 = ParagraphStyle("h2", fontName=F, fontSize=11.5, leading=17,
                        spaceBefore=8, spaceAfter=4,
                        textColor=colors.HexColor("#1f3f66"))
    h3 = ParagraphStyle("h3", fontName=F, fontSize=10, leading=15,
                        spaceBefore=4, spaceAfter=2)
    cell = ParagraphStyle("cell", fontName=F, fontSize=8, leading=11,
                          wordWrap="CJK")
    cellc = ParagraphStyle("cellc", parent=cell, alignment=TA_CENTER)
    scell = ParagraphStyle("scell", parent=cell, fontSize=7.5, leading=10)
    scellc = ParagraphStyle("scellc", parent=scell, alignment=TA_CENTER)
    toc = ParagraphStyle("toc", fontName=F, fontSize=10.5, leading=20)

    def P(t, st=body):
        return Paragraph(t, st)

    def C(t, center=False, small=False):
        if small:
            return Paragraph(t, scellc if center else scell)
        return Paragraph(t, cellc if center else cell)

    head_bg = colors.HexColor("#dfe8f2")

    def grid(data, widths, header_rows=1, spans=(), extra=()):
        t = Table(data, colWidths=widths, repeatRows=header_rows)
        st = [
            ("FONTNAME", (0, 0), (-1, -1), F),
            ("FONTSIZE", (0, 0), (-1, -1), 8),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#555555")),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]
        if header_rows:
            st.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), head_bg))
        for a, b in spans:
            st.append(("SPAN", a, b))
        st.extend(extra)
        t.setStyle(TableStyle(st))
        return t

    def on_first(canv, doc):
        pass

    def on_later(canv, doc):
        canv.saveState()
        canv.setFont(F, 7.5)
        canv.setFillColor(colors.HexColor("#444444"))
        canv.drawString(20 * mm, A4[1] - 12 * mm, PDF_TITLE)
        canv.setStrokeColor(colors.HexColor("#2f5d8a"))
        canv.setLineWidth(0.6)
        canv.line(20 * mm, A4[1] - 13.5 * mm, A4[0] - 20 * mm, A4[1] - 13.5 * mm)
        canv.setFont(F, 9)
        canv.drawCentredString(A4[0] / 2, 10 * mm, f"- {doc.page - 1} -")
        canv.restoreState()

    story = []

    # ---- cover --------------------------------------------------------------
    cover_t = ParagraphStyle("ct", fontName=F, fontSize=22, leading=34,
                             alignment=TA_CENTER)
    cover_s = ParagraphStyle("cs", fontName=F, fontSize=13, leading=22,
                             alignment=TA_CENTER)
    story += [Spacer(1, 60 * mm),
              P("東雲原市住生活基本計画（第2次）", cover_t),
              P("東雲原市公営住宅等長寿命化計画", cover_t),
              Spacer(1, 8 * mm),
              P("～ 住み継ぎ、つながる 東雲原のすまい ～", cover_s),
              Spacer(1, 70 * mm),
              P("令和5年3月", cover_s),
              P("東雲原市", cover_s),
              PageBreak()]

    # ---- 目次 -----------------------------------------------------------------
    story += [P("目　次", h1)]
    for line in [
        "第1章　計画の概要 ・・・・・・・・・・・・・・・・・・・・・ 2",
        "第2章　住宅・住環境の現状と課題 ・・・・・・・・・・・・・ 2",
        "第3章　基本理念と基本目標 ・・・・・・・・・・・・・・・・ 2",
        "第4章　施策の展開 ・・・・・・・・・・・・・・・・・・・・ 3",
        "第5章　公営住宅等長寿命化計画 ・・・・・・・・・・・・・・ 4",
        "第6章　成果指標 ・・・・・・・・・・・・・・・・・・・・・ 5",
        "資料編　1 策定経過　2 用語解説 ・・・・・・・・・・・・・・ 5",
    ]:
        story.append(P(line, toc))
    story.append(PageBreak())

    # ---- 第1章 ----------------------------------------------------------------
    story += [
        P("第1章　計画の概要", h1),
        P("1　計画策定の目的", h2),
        P("本市では、平成25年3月に「東雲原市住生活基本計画」を策定し、住宅政策を進めてきました。この間、人口減少と少子高齢化の進行、空き家の増加、頻発する自然災害など、住まいを取り巻く状況は大きく変化しています。また、国は令和3年3月に新たな住生活基本計画（全国計画）を閣議決定しました。"),
        P("こうした状況を踏まえ、市民の住生活の安定の確保と向上を図る施策を総合的に推進するため、「東雲原市住生活基本計画（第2次）」を策定するとともに、市営住宅の計画的な維持管理を図るため、「東雲原市公営住宅等長寿命化計画」を一体的に見直しました。"),
        P("2　計画の位置づけ", h2),
        P("本計画は、住生活基本法に基づく県住生活基本計画を踏まえ、「第5次東雲原市総合計画」を上位計画とし、「東雲原市都市計画マスタープラン」「東雲原市空家等対策計画」などの関連計画と連携する住宅政策の基本計画です。公営住宅等長寿命化計画は、国の「公営住宅等長寿命化計画策定指針（改定）」（平成28年8月）に基づくものです。"),
        P("3　計画期間", h2),
        P("令和5年度（2023年度）から令和14年度（2032年度）までの10年間とします。なお、社会経済情勢の変化等を踏まえ、おおむね5年後の令和9年度に中間見直しを行います。"),
    ]

    # ---- 第2章 ----------------------------------------------------------------
    story += [
        P("第2章　住宅・住環境の現状と課題", h1),
        P("1　人口・世帯", h2),
        P("(1)　本市の人口は68,420人（令和2年国勢調査）で、平成22年の74,105人から10年間で約7.7％減少しています。", item),
        P("(2)　世帯数は27,915世帯と増加傾向にある一方、1世帯当たり人員は2.45人まで減少しています。", item),
        P("(3)　65歳以上の単身世帯は3,842世帯で、10年前の約1.4倍となっています。", item),
        P("2　住宅ストック", h2),
        P("(1)　持ち家率は68.4％で、県平均（66.1％）をやや上回っています。", item),
        P("(2)　空き家率は14.1％（平成30年住宅・土地統計調査）で、このうち賃貸用・売却用等を除く「その他の空き家」が6.3％を占めています。", item),
        P("(3)　住宅の耐震化率は84.7％（令和2年度推計）にとどまっています。", item),
        P("3　住宅政策の課題", h2),
        P("課題1　子育て世帯・若年世帯が住みたくなる住まいの確保", item),
        P("課題2　高齢者・障がい者等が安心して暮らせる住まいの確保", item),
        P("課題3　空き家の増加への対応と既存住宅の活用", item),
        P("課題4　災害に強く、環境にやさしい住まいづくり", item),
        P("課題5　市営住宅の老朽化への対応", item),
    ]

    # ---- 第3章・第4章 ----------------------------------------------------------
    story += [
        P("第3章　基本理念と基本目標", h1),
        P("基本理念　「住み継ぎ、つながる 東雲原のすまい」", h3),
        P("基本目標1　子育て世帯・若年世帯が住みやすい住まいづくり", item),
        P("基本目標2　誰もが安心して暮らせる住まいのセーフティネットの構築", item),
        P("基本目標3　空き家の活用と良質な住宅ストックの形成", item),
        P("基本目標4　安全・安心で環境にやさしい住環境の形成", item),
        Spacer(1, 4 * mm),
        P("第4章　施策の展開", h1),
        P("表4-1　基本目標ごとの主な施策", h3),
    ]
    data = [
        [C("基本目標", True), C("主な施策", True)],
        [C("1 子育て・若年世帯"), C("(1) 子育て世帯住宅取得支援（市外から転入する子育て世帯に最大50万円を補助する「しののめ住まいる補助金」）<br/>(2) 三世代同居・近居の支援")],
        [C("2 住宅セーフティネット"), C("(1) 市営住宅の適切な供給<br/>(2) 東雲原市居住支援協議会の設立（令和6年度予定）<br/>(3) 高齢者住宅のバリアフリー改修補助")],
        [C("3 空き家・住宅ストック"), C("(1) 空き家バンクの充実<br/>(2) 空き家改修補助（上限30万円）<br/>(3) 管理不全空き家の所有者への指導")],
        [C("4 安全・環境"), C("(1) 木造住宅の無料耐震診断と耐震改修補助（上限100万円）<br/>(2) ZEH・省エネ改修の促進")],
    ]
    story.append(grid(data, [38 * mm, 132 * mm]))

    # ---- 第5章 ----------------------------------------------------------------
    story += [
        PageBreak(),
        P("第5章　公営住宅等長寿命化計画", h1),
        P("1　市営住宅の現状", h2),
        P("本市は、令和4年4月1日現在、8団地566戸の市営住宅を管理しています。このうち、耐用年限の2分の1を経過した住戸は416戸で全体の約7割を占め、浜通団地と桜木町団地の84戸は耐用年限を経過しています。"),
        P("表5-1　市営住宅団地一覧と今後の方針（令和4年4月1日現在）", h3),
    ]
    rows = [
        ["1", "緑ヶ丘団地", "緑ヶ丘二丁目8番", "120", "昭和52～55", "中層耐火造・4階", "長寿命化型改善", "令和7～10年度"],
        ["2", "桜木町団地", "桜木町三丁目14番", "48", "昭和46", "簡易耐火造・2階", "用途廃止", "令和6年度～"],
        ["3", "西原団地", "西原一丁目21番", "96", "昭和60～62", "中層耐火造・5階", "長寿命化型改善", "令和11～13年度"],
        ["4", "浜通団地", "浜通三丁目5番", "36", "昭和43", "木造・平屋", "用途廃止", "令和5～7年度"],
        ["5", "東雲台団地", "東雲台一丁目2番", "150", "平成8～11", "中層耐火造・5階", "維持管理", "－"],
        ["6", "本町第二団地", "本町四丁目10番", "60", "昭和49", "中層耐火造・4階", "建替", "令和8～11年度"],
        ["7", "新田団地", "新田町1番", "24", "平成17", "木造・2階", "維持管理", "－"],
        ["8", "北浦団地", "北浦二丁目7番", "32", "昭和56", "簡易耐火造・2階", "用途廃止", "令和9年度～"],
    ]
    def S(t, center=True):
        return C(t, center, small=True)

    data = [
        [S("No."), S("団地名"), S("所在地"), S("管理戸数"),
         S("建設年度"), S("構造・階数"), S("今後の方針"), ""],
        ["", "", "", "", "", "", S("事業手法"), S("実施予定時期")],
    ]
    for r in rows:
        data.append([S(r[0]), S(r[1], False), S(r[2], False), S(r[3]), S(r[4]),
                     S(r[5], False), S(r[6]), S(r[7])])
    data.append([S("合計"), "", "", S("566"), "", "", "", ""])
    spans = [((c, 0), (c, 1)) for c in range(6)] + [((6, 0), (7, 0)),
                                                   ((0, 10), (2, 10)),
                                                   ((4, 10), (7, 10))]
    story.append(grid(data, [8 * mm, 21 * mm, 28 * mm, 15 * mm, 19 * mm,
                             27 * mm, 24 * mm, 26 * mm],
                      header_rows=2, spans=spans))
    story += [
        P("※管理戸数の単位は戸。建設年度は和暦年度。構造のうち「簡易耐火造」は簡易耐火構造を示す。", note),
        P("※桜木町団地及び北浦団地の入居者は、建替後の本町第二団地への移転を基本とします。浜通団地は政策空家とし、令和7年度までに除却します。", note),
        P("2　将来の必要管理戸数", h2),
        P("著しい困窮年収未満世帯数の推計により、計画期間の最終年度である令和14年度の必要管理戸数をおおむね480戸と設定します。本町第二団地は、桜木町団地・北浦団地を集約して建て替え、現在の60戸を90戸とします。"),
        P("3　事業手法の選定結果", h2),
        P("国の指針に基づく1次判定（団地の社会的特性・住棟の物理的特性）、2次判定（ライフサイクルコストの比較）、3次判定（団地の集約・再編の検討）の結果、事業手法は次のとおりとしました。"),
        P("・維持管理　2団地174戸　・長寿命化型改善　2団地216戸　・建替　1団地60戸　・用途廃止　3団地116戸", plain),
        P("4　長寿命化のための維持管理", h2),
        P("建築基準法第12条に基づく法定点検に加え、日常点検を年1回実施し、外壁改修、屋上防水、給水管の更新などの予防保全的な改修を計画的に行います。長寿命化型改善によるライフサイクルコストの縮減効果は、緑ヶ丘団地で年平均約1,240千円、西原団地で年平均約980千円と試算しています。"),
        P("5　市営住宅の管理", h2),
        P("市営住宅の入居者募集は年4回（5月・8月・11月・2月）行います。募集案内、入居手続き及び修繕の受付は、指定管理者である東雲原ハウジングサービス株式会社が運営する「東雲原市住宅管理センター」が行います。"),
    ]

    # ---- 第6章 ----------------------------------------------------------------
    story += [
        PageBreak(),
        P("第6章　成果指標", h1),
        P("計画の進捗を把握するため、次の成果指標を設定します。中間見直し時と計画期間終了時に達成状況を検証します。"),
        P("表6-1　成果指標", h3),
    ]
    kpi = [
        ["1", "子育て世帯における誘導居住面積水準達成率", "48.2%", "平成30年", "55%"],
        ["2", "高齢者の居住する住宅の一定のバリアフリー化率", "41.6%", "平成30年", "60%"],
        ["3", "住宅の耐震化率", "84.7%", "令和2年度", "95%"],
        ["4", "その他の空き家率", "6.3%", "平成30年", "6.5%以下"],
        ["5", "空き家バンクの成約件数（累計）", "27件", "令和3年度", "100件"],
        ["6", "市営住宅の長寿命化型改善の実施戸数（累計）", "0戸", "令和4年度", "216戸"],
        ["7", "住まいの満足度（「満足」「やや満足」の割合）", "62.0%", "令和4年度", "70%"],
    ]
    data = [
        [C("No.", True), C("指標", True), C("基準値", True), "", C("目標値（令和14年度）", True)],
        ["", "", C("数値", True), C("時点", True), ""],
    ]
    for r in kpi:
        data.append([C(r[0], True), C(r[1]), C(r[2], True), C(r[3], True), C(r[4], True)])
    story.append(grid(data, [10 * mm, 78 * mm, 22 * mm, 24 * mm, 36 * mm],
                      header_rows=2,
                      spans=[((0, 0), (0, 1)), ((1, 0), (1, 1)),
                             ((2, 0), (3, 0)), ((4, 0), (4, 1))]))
    story += [
        P("※1～4は住宅・土地統計調査等、7は住まいに関する市民アンケート（令和4年度）による。", note),
    ]

    # ---- 資料編 ----------------------------------------------------------------
    story += [
        Spacer(1, 6 * mm),
        P("資料編", h1),
        P("1　策定経過", h2),
    ]
    hist = [
        ["令和4年6月30日", "第1回東雲原市住生活基本計画策定委員会（現状と課題）"],
        ["令和4年7月15日～8月5日", "住まいに関する市民アンケート（配布2,000件、回収812件、回収率40.6%）"],
        ["令和4年9月29日", "第2回策定委員会（基本理念・基本目標）"],
        ["令和4年11月24日", "第3回策定委員会（計画素案、長寿命化計画の事業手法）"],
        ["令和4年12月15日～令和5年1月16日", "パブリックコメント（2人から5件の意見）"],
        ["令和5年2月9日", "第4回策定委員会（計画案の承認）"],
        ["令和5年3月28日", "計画策定・公表"],
    ]
    data = [[C("年月日", True), C("内容", True)]] + [[C(a), C(b)] for a, b in hist]
    story.append(grid(data, [52 * mm, 118 * mm]))
    story += [
        P("策定委員会は、学識経験者、建築・不動産関係団体、福祉関係団体、公募市民など12人の委員で構成しました（委員長：北辰学院大学建築学部 教授 杉本 和臣）。", note),
        P("2　用語解説", h2),
        P("誘導居住面積水準：多様なライフスタイルを想定した場合に、豊かな住生活の実現に必要と考えられる住宅の面積の水準。都市居住型（4人世帯で95㎡）と一般型（4人世帯で125㎡）がある。", item),
        P("一定のバリアフリー化：2か所以上の手すりの設置又は屋内の段差解消に該当すること。", item),
        P("長寿命化型改善：耐久性の向上など予防保全的な観点から改修を行い、住棟の長寿命化を図るもの。", item),
        P("ライフサイクルコスト（LCC）：建物の建設から維持管理、解体までの全期間に要する費用の総額。", item),
        P("住宅確保要配慮者：低額所得者、被災者、高齢者、障がい者、子育て世帯など、住宅の確保に特に配慮を要する者。", item),
        P("居住支援協議会：住宅確保要配慮者の民間賃貸住宅への円滑な入居を促進するため、地方公共団体、不動産関係団体、居住支援団体等が連携して設立する協議会。", item),
        PageBreak(),
        Spacer(1, 185 * mm),
    ]
    colophon = [
        [C(PDF_TITLE + "<br/>令和5年3月発行<br/>発行：東雲原市　編集：東雲原市 都市整備部 建築住宅課<br/>"
           "〒369-1192 東雲原市本町一丁目1番1号<br/>電話：0493-41-2284（直通）　FAX：0493-41-2299<br/>"
           "市営住宅の入居・修繕に関するお問い合わせ：東雲原市住宅管理センター<br/>"
           "電話：0493-41-5570（平日8時30分～17時15分）")],
    ]
    story.append(grid(colophon, [170 * mm], header_rows=0,
                      extra=[("BOX", (0, 0), (-1, -1), 0.8, colors.black)]))

    path = os.path.join(directory, PDF_NAME)
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm,
                            rightMargin=20 * mm, topMargin=20 * mm,
                            bottomMargin=18 * mm, title=PDF_TITLE,
                            author="東雲原市", subject="住生活基本計画")
    doc.build(story, onFirstPage=on_first, onLaterPages=on_later)


# ---------------------------------------------------------------------------
# (c) 楠浦市 中心市街地活性化基本計画（第2期） : Word .docx (ENDED)
# ---------------------------------------------------------------------------

DOCX_TITLE = "楠浦市中心市街地活性化基本計画（第2期）"


def write_docx(directory):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt, RGBColor

    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin, sec.bottom_margin = Mm(22), Mm(20)
    sec.different_first_page_header_footer = True

    def set_font(style, name="ＭＳ 明朝", size=None):
        style.font.name = name
        rpr = style.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = OxmlElement("w:rFonts")
            rpr.append(rfonts)
        rfonts.set(qn("w:eastAsia"), name)
        if size:
            style.font.size = Pt(size)

    set_font(doc.styles["Normal"], "ＭＳ 明朝", 10.5)
    for lvl, size in ((1, 15), (2, 12.5), (3, 11)):
        st = doc.styles[f"Heading {lvl}"]
        set_font(st, "ＭＳ ゴシック", size)
        st.font.color.rgb = RGBColor(0, 0, 0)
        st.font.bold = True

    # running header / footer with page number
    hp = sec.header.paragraphs[0]
    hp.text = DOCX_TITLE
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run()
    for tag, attr in (("w:fldChar", "begin"), ("w:instrText", None),
                      ("w:fldChar", "separate")):
        el = OxmlElement(tag)
        if attr:
            el.set(qn("w:fldCharType"), attr)
        else:
            el.set(qn("xml:space"), "preserve")
            el.text = " PAGE "
        r._r.append(el)
    fp.add_run("1")
    r3 = fp.add_run()
    el = OxmlElement("w:fldChar")
    el.set(qn("w:fldCharType"), "end")
    r3._r.append(el)

    def para(text, bold=False, size=None, align=None, indent=True):
        p = doc.add_paragraph()
        run = p.add_run(("　" if indent else "") + text)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if align is not None:
            p.alignment = align
        return p

    def item(text):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Mm(6)
        p.paragraph_format.first_line_indent = Mm(-4)
        p.add_run(text)
        return p

    def shade(cell, color="D9E2F3"):
        tcpr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), color)
        tcpr.append(shd)

    def table(rows, widths, header_rows=1, font=8.5):
        t = doc.add_table(rows=len(rows), cols=len(widths))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                c = t.cell(i, j)
                c.width = Mm(widths[j])
                if val is None:
                    continue
                c.text = val
                for p in c.paragraphs:
                    for run in p.runs:
                        run.font.size = Pt(font)
                        if i < header_rows:
                            run.bold = True
                if i < header_rows:
                    shade(c)
        return t

    def merge_v(t, col, r0, r1):
        t.cell(r0, col).merge(t.cell(r1, col))

    def page_break():
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # ---- cover ------------------------------------------------------------------
    for _ in range(6):
        doc.add_paragraph()
    para(DOCX_TITLE, bold=True, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para("～港と駅をつなぐ、歩いて楽しいまちなか～", size=13,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    doc.add_paragraph()
    para("〔計画期間：令和元年12月～令和7年3月〕", size=12,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    for _ in range(8):
        doc.add_paragraph()
    for line in ("令和元年11月29日 認定", "令和4年3月25日 変更認定",
                 "令和7年6月 最終フォローアップ結果追記"):
        para(line, size=11, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    doc.add_paragraph()
    para("楠浦市", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    page_break()

    p = para("※本計画は、令和7年3月31日をもって計画期間が終了しました。目標の達成状況は第7章に掲載しています。",
             bold=True, indent=False)

    # ---- 第1章 ----------------------------------------------------------------
    doc.add_heading("第1章　中心市街地の活性化に関する基本的な方針", level=1)
    doc.add_heading("1　楠浦市の概要", level=2)
    para("本市は県の南西部に位置し、楠浦湾に面した港町として発展してきた。人口は98,740人（令和元年10月1日現在推計）で、平成17年をピークに減少が続いている。")
    doc.add_heading("2　中心市街地の現状", level=2)
    item("(1)　昭和50年代をピークに、郊外への大型商業施設の立地などにより中心市街地の商業機能が低下し、平成29年2月には核店舗であった「楠浦丸栄百貨店」が閉店した。")
    item("(2)　休日の歩行者・自転車通行量は、平成20年の23,410人から平成30年には14,820人へと約37％減少している。")
    item("(3)　中心商店街の空き店舗率は18.6％（平成30年度）で、5年前に比べ4.2ポイント上昇している。")
    doc.add_heading("3　第1期計画の検証", level=2)
    para("第1期計画（平成24年3月～平成29年3月）では3つの目標指標を設定したが、目標を達成したのは居住人口の1指標のみであった。特に、核となる集客施設の整備が遅れたことが、通行量の減少に歯止めがかからなかった要因と考えられる。")
    doc.add_heading("4　基本方針", level=2)
    item("方針1　港と駅をつなぐ、歩いて楽しいまちなか")
    item("方針2　住みたくなる、暮らしやすいまちなか")
    item("方針3　挑戦が生まれる、にぎわいのまちなか")

    # ---- 第2章 ----------------------------------------------------------------
    doc.add_heading("第2章　中心市街地の位置及び区域", level=1)
    para("JR楠浦駅から楠浦港までの約1.5kmを軸とする区域で、面積は約118haである。本町商店街、中央通り商店街、港町商店街の3商店街を含む。")

    # ---- 第3章 ----------------------------------------------------------------
    doc.add_heading("第3章　中心市街地の活性化の目標", level=1)
    para("基本方針に対応して3つの目標を定め、それぞれに数値目標を設定する。")
    item("目標1　歩いて楽しいまちなか　→　休日の歩行者・自転車通行量")
    item("目標2　住みたくなるまちなか　→　中心市街地の居住人口")
    item("目標3　にぎわいのまちなか　→　中心商店街の空き店舗率、まちなか交流施設の年間利用者数")

    # ---- 第4章 ----------------------------------------------------------------
    doc.add_heading("第4章　目標を達成するための事業", level=1)
    para("表4-1　主な事業一覧", bold=True, indent=False)
    ev = [
        ["区分", "事業名", "事業内容", "実施主体", "実施時期"],
        ["市街地の整備改善", "楠浦駅前広場再整備事業", "駅前ロータリーの再配置と歩行者空間の拡充", "楠浦市", "令和2～4年度"],
        [None, "中央通り歩道拡幅・無電柱化事業", "中央通り約420mの歩道拡幅と電線の地中化", "楠浦市", "令和2～5年度"],
        ["都市福利施設の整備", "旧丸栄百貨店跡地複合施設整備事業", "図書館分館・子育て支援センター・交流ホールを備えた複合施設「くすのきテラス」の整備", "株式会社まちづくり楠浦", "令和3～5年度"],
        [None, "港町多世代交流拠点整備事業", "空き倉庫を改修した交流拠点「みなと蔵」の整備", "楠浦市", "令和4～5年度"],
        ["街なか居住の推進", "まちなか住まい支援事業", "区域内で住宅を取得・賃借する世帯への補助", "楠浦市", "令和2～6年度"],
        [None, "本町三丁目地区優良建築物等整備事業", "共同住宅（42戸）と店舗の複合ビルの整備", "本町三丁目共同建替組合", "令和3～5年度"],
        ["商業の活性化", "チャレンジショップ事業", "空き店舗を活用した創業希望者の試行出店の支援", "楠浦商工会議所", "令和2～6年度"],
        [None, "楠浦みなと朝市", "毎月第2日曜日に楠浦港岸壁で開催する朝市", "楠浦みなと朝市実行委員会", "令和元年度～"],
        [None, "タウンマネージャー配置事業", "協議会へのタウンマネージャー1人の配置", "楠浦市中心市街地活性化協議会", "令和2～6年度"],
        ["公共交通の利便性の増進", "まちなか循環バス運行事業", "駅・港・くすのきテラスを結ぶ循環バス「くすまるバス」（1周約25分、運賃100円）", "楠浦市・楠浦交通株式会社", "令和2年度～"],
    ]
    t = table(ev, [24, 38, 52, 30, 22])
    for col_rows in ((1, 2), (3, 4), (5, 6), (7, 9)):
        merge_v(t, 0, *col_rows)
    for i in range(1, len(ev)):
        for p_ in t.cell(i, 0).paragraphs:
            for run in p_.runs:
                run.font.size = Pt(8.5)
    para("※港町多世代交流拠点整備事業は、令和4年3月25日の変更認定により追加した。", size=9, indent=False)

    # ---- 第5章 ----------------------------------------------------------------
    doc.add_heading("第5章　推進体制", level=1)
    para("楠浦市中心市街地活性化協議会（平成23年10月設立、委員22人）が、基本計画の作成及び実施について意見を述べるとともに、民間事業の調整を行う。協議会の会長は楠浦商工会議所会頭が務め、事務局は楠浦商工会議所と株式会社まちづくり楠浦が共同で担う。市役所内には、市長を本部長とする「楠浦市中心市街地活性化推進本部」を設置する。")

    # ---- 第6章 ----------------------------------------------------------------
    doc.add_heading("第6章　計画期間及び策定経過", level=1)
    doc.add_heading("1　計画期間", level=2)
    para("令和元年12月から令和7年3月までの5年4か月とする。")
    doc.add_heading("2　策定経過", level=2)
    hist = [
        ["年月日", "内容"],
        ["平成31年2月", "まちなか来街者アンケート調査（回答1,126人）"],
        ["令和元年6月13日", "楠浦市中心市街地活性化協議会（計画素案の協議）"],
        ["令和元年7月22日～8月21日", "パブリックコメント（意見7件）"],
        ["令和元年9月12日", "協議会から市長へ意見書を提出"],
        ["令和元年10月4日", "内閣総理大臣に認定を申請"],
        ["令和元年11月29日", "内閣総理大臣の認定"],
        ["令和4年3月25日", "変更認定（港町多世代交流拠点整備事業の追加など）"],
    ]
    table(hist, [50, 116])

    # ---- 第7章 ----------------------------------------------------------------
    doc.add_heading("第7章　目標の達成状況（最終フォローアップ）", level=1)
    para("令和7年5月に実施した最終フォローアップの結果は次のとおりである。")
    kpi = [
        ["目標", "目標指標", "基準値", "目標値", "最新値", "評価"],
        [None, None, "（時点）", "（令和6年度）", "（時点）", None],
        ["目標1", "休日の歩行者・自転車通行量（主要8地点合計）", "14,820人/日（平成30年）", "17,500人/日", "15,960人/日（令和6年）", "未達成"],
        ["目標2", "中心市街地の居住人口", "6,412人（平成31年1月）", "6,600人", "6,687人（令和7年1月）", "達成"],
        ["目標3", "中心商店街の空き店舗率", "18.6%（平成30年度）", "12.0%", "13.9%（令和6年度）", "未達成"],
        [None, "まちなか交流施設の年間利用者数", "－（施設整備前）", "120,000人", "134,520人（令和6年度）", "達成"],
    ]
    t = table(kpi, [16, 46, 30, 24, 32, 16], header_rows=2)
    for col in (0, 1, 5):
        merge_v(t, col, 0, 1)
    merge_v(t, 0, 4, 5)
    for i, j in ((0, 0), (0, 1), (0, 5), (4, 0)):
        c = t.cell(i, j)
        c.text = ""
        run = c.paragraphs[0].add_run(kpi[i][j])
        run.font.size = Pt(8.5)
        run.bold = i == 0
    item("(1)　歩行者・自転車通行量は、新型コロナウイルス感染症の影響で令和2年に11,230人まで落ち込んだ。令和5年10月のくすのきテラス開業後は回復傾向にあるが、目標には届かなかった。")
    item("(2)　居住人口は、本町三丁目の共同住宅の完成（令和6年2月）やまちなか住まい支援事業（補助実績156件）により、目標を達成した。")
    item("(3)　空き店舗率は、チャレンジショップから14店舗が本出店に至るなど改善したが、目標には届かなかった。")
    item("(4)　くすのきテラスとみなと蔵の利用者は合計で134,520人となり、目標を上回った。")
    doc.add_heading("今後の取組", level=2)
    para("第3期計画の認定申請は行わず、今後は「楠浦市立地適正化計画」及び協議会の自主的な取組により、まちなかの活性化を継続する。くすまるバスと楠浦みなと朝市は計画期間終了後も継続している。")

    # ---- 用語解説 --------------------------------------------------------------
    doc.add_heading("用語解説", level=1)
    terms = [
        ("中心市街地活性化基本計画", "中心市街地の活性化に関する法律に基づき市町村が作成し、内閣総理大臣の認定を受ける計画。認定を受けると国の重点的な支援を受けることができる。"),
        ("中心市街地活性化協議会", "同法第15条に基づき、商工会議所やまちづくり会社などが組織する協議会。"),
        ("タウンマネージャー", "中心市街地の活性化に向けて、関係者の調整や事業の企画・運営を専門的に担う人材。"),
        ("歩行者・自転車通行量", "調査地点を通過する歩行者と自転車の数。本計画では、毎年10月の第3日曜日の9時から19時までの10時間、主要8地点で計測した合計値。"),
        ("空き店舗率", "中心商店街の店舗数（空き店舗を含む）に占める空き店舗の割合。"),
        ("フォローアップ", "認定基本計画の事業の進捗状況や目標の達成状況を毎年度調査・評価し、公表すること。"),
    ]
    for term, desc in terms:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Mm(6)
        p.paragraph_format.first_line_indent = Mm(-4)
        rr = p.add_run("【" + term + "】")
        rr.bold = True
        p.add_run(desc)

    # ---- 問い合わせ --------------------------------------------------------------
    doc.add_paragraph()
    contact = doc.add_table(rows=1, cols=1)
    contact.style = "Table Grid"
    contact.cell(0, 0).text = (
        "【お問い合わせ先】\n"
        "楠浦市 産業振興部 商工観光課 まちなか活性化係\n"
        "〒759-4192 楠浦市中央通二丁目3番1号\n"
        "電話：0836-31-4472　FAX：0836-31-4480\n"
        "楠浦市中心市街地活性化協議会 事務局（楠浦商工会議所 中小企業相談所）\n"
        "電話：0836-31-2100")

    doc.core_properties.title = DOCX_TITLE
    doc.core_properties.author = "楠浦市"
    doc.save(os.path.join(directory, DOCX_NAME))


def write(directory: str) -> None:
    os.makedirs(directory, exist_ok=True)
    write_html(directory)
    write_pdf(directory)
    write_docx(directory)


if __name__ == "__main__":
    write(sys.argv[1])
